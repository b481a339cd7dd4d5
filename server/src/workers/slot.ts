import type { ResourceLimits, Worker } from 'node:worker_threads';
import type { Job, JobReply, JobRequest, JobResult } from './protocol.js';
import { spawnWorker } from './spawn.js';

interface Pending {
  resolve(result: JobResult): void;
  reject(err: Error): void;
}

/** One worker thread and the requests it still owes. When the thread dies, every one of them is rejected. */
export class WorkerSlot {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private dead = false;

  constructor(script: URL, resourceLimits: ResourceLimits | undefined, onDeath: (slot: WorkerSlot) => void) {
    this.worker = spawnWorker(script, resourceLimits);
    // Idle threads never keep the process alive; one with work does (see send and settle).
    this.worker.unref();
    this.worker.on('message', (reply: JobReply) => {
      const pending = this.settle(reply.id);
      if (!pending) return;
      if (reply.ok) {
        pending.resolve(reply.result);
        return;
      }
      const err = new Error(reply.error.message);
      // The worker's stack says where the job failed; this thread's would only say where the reply arrived.
      if (reply.error.stack) err.stack = reply.error.stack;
      pending.reject(err);
    });
    const die = (err: Error): void => {
      if (!this.dead) onDeath(this);
      this.dead = true;
      this.failAll(err);
    };
    // 'error' (an uncaught exception, out of memory) is followed by 'exit'; either way the thread is gone.
    this.worker.on('error', die);
    this.worker.on('exit', (code) => die(new Error(`a worker thread stopped (exit code ${code})`)));
  }

  get load(): number {
    return this.pending.size;
  }

  send(id: number, job: Job): Promise<JobResult> {
    return new Promise<JobResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) this.worker.ref();
      try {
        // Structured clone copies `job` here, on the caller's thread; that part is not off the event loop.
        this.worker.postMessage({ id, job } satisfies JobRequest);
      } catch (err) {
        this.settle(id)?.reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  /** Rejects what is pending with `err` and ends the thread. */
  async terminate(err: Error): Promise<void> {
    this.dead = true;
    this.failAll(err);
    await this.worker.terminate();
  }

  private failAll(err: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(err);
  }

  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    if (pending && this.pending.size === 0) this.worker.unref();
    return pending;
  }
}
