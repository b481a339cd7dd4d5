import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import type { StoredEvent } from '@kafe/shared/events';
import type { WorkshopState } from '@kafe/shared/state';
import type { Theme, ThemeInputNote, ThemeLanguage } from '@kafe/shared/themes/index';
import type { ExportFile, ExportRequest } from '../export/formats.js';
import type { Job, JobResult } from './protocol.js';
import { WorkerSlot } from './slot.js';

export interface WorkerPoolOptions {
  /** Threads. Each is a V8 heap of its own and the server is I/O-bound otherwise: one or two is plenty. */
  size?: number;
  /** The worker's entry point; tests swap in one that can crash. */
  script?: URL;
  resourceLimits?: ResourceLimits;
}

// The .ts sources start the .ts worker (through tsx), the build its .js: whichever this module itself is.
const ownExtension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
const defaultScript = new URL(`./heavyWork.worker.${ownExtension}`, import.meta.url);
/**
 * From the sources (tests, benches) a thread compiles its TypeScript as it boots, which takes seconds on a busy
 * machine: there threads start with the pool, as they always did, so a test's first themes are not late. The built
 * server starts them on demand (see WorkerPool).
 */
const startsEagerly = ownExtension === 'ts';

/**
 * CPU-heavy work (theme recomputes, document exports) on a few worker threads, so the event loop keeps answering
 * sockets meanwhile. A thread starts when a page first connects (warm) or a job first needs it, not with the server:
 * each costs ~45 MB of RSS (its own V8 heap, the export and themes code), which an idle server need not pay. A dead
 * one is replaced the same way, when a job next needs it (never in a loop: a thread that cannot even start fails that
 * job). A crash or close rejects the requests that thread had: nothing ever hangs.
 */
export class WorkerPool {
  private readonly slots: (WorkerSlot | null)[];
  private readonly script: URL;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions = {}) {
    this.script = options.script ?? defaultScript;
    // On 2 cores, one thread: the other core stays with the event loop.
    const size = options.size ?? Math.max(1, Math.min(2, availableParallelism() - 1));
    this.slots = Array.from({ length: size }, () => (startsEagerly ? this.spawn() : null));
  }

  async themes(notes: ThemeInputNote[], language: ThemeLanguage): Promise<Theme[]> {
    const result = await this.run({ kind: 'themes', notes, language });
    if (result.kind !== 'themes') throw new Error(`a themes job answered with ${result.kind}`);
    return result.themes;
  }

  async exportWorkshop(
    state: WorkshopState,
    events: readonly StoredEvent[],
    request: ExportRequest,
  ): Promise<ExportFile> {
    const result = await this.run({ kind: 'export', state, events, request });
    if (result.kind !== 'export') throw new Error(`an export job answered with ${result.kind}`);
    const { body } = result.file;
    // A view on the same bytes (no copy): Express sends a Buffer as bytes, but a bare Uint8Array as JSON.
    return {
      ...result.file,
      body: typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength),
    };
  }

  /**
   * Starts the first thread now if none runs, so the first job does not wait for its boot (~0.2 s, seconds on a busy
   * machine). Called when a page connects: a workshop is being run, and themes or an export may follow.
   */
  warm(): void {
    if (!this.closed && this.slots.length > 0 && !this.slots.some((s) => s !== null)) this.slots[0] = this.spawn();
  }

  /** Sends a job to the thread with the fewest outstanding (a thread not started yet has none). */
  run(job: Job): Promise<JobResult> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    let index = 0;
    for (let i = 1; i < this.slots.length; i++)
      if ((this.slots[i]?.load ?? 0) < (this.slots[index]?.load ?? 0)) index = i;
    const slot = (this.slots[index] ??= this.spawn());
    return slot.send(this.nextId++, job);
  }

  /** Terminates every thread; requests still running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0).filter((s): s is WorkerSlot => s !== null);
    await Promise.all(slots.map((s) => s.terminate(new Error('the worker pool is closed'))));
  }

  private spawn(): WorkerSlot {
    return new WorkerSlot(this.script, this.options.resourceLimits, (dead) => {
      const index = this.slots.indexOf(dead);
      if (index >= 0) this.slots[index] = null;
    });
  }
}
