import type { ThemesMessage } from '@kafe/shared/protocol';
import type { Theme, ThemeInputNote, ThemeLanguage } from '@kafe/shared/themes/index';
import type { WorkshopRegistry } from '../workshops/registry.js';
import type { WorkshopRuntime } from '../workshops/runtime.js';
import { ThemeCache } from './cache.js';
import { Debouncer } from './debounce.js';
import { Generations } from './generations.js';
import { themeImpact, themeInput } from './questionNotes.js';

/** Computes one question's themes, off the event loop (the worker pool's `themes`). */
export type ComputeThemes = (notes: ThemeInputNote[], language: ThemeLanguage) => Promise<Theme[]>;

export interface ThemeServiceDeps {
  registry: WorkshopRegistry;
  compute: ComputeThemes;
  /** Sends a question's new themes to whoever may see them (facilitator and screens). */
  publish: (workshopId: string, message: ThemesMessage) => void;
  debounceMs?: number;
  maxWaitMs?: number;
  now?: () => number;
}

const key = (workshopId: string, questionId: string): string => `${workshopId}\u0000${questionId}`;
const ofWorkshop =
  (workshopId: string) =>
  (k: string): boolean =>
    k.startsWith(`${workshopId}\u0000`);

/**
 * Live themes: recomputes a question's themes shortly after its notes change, caches them, and publishes them when
 * they differ from what was sent before. Clients lay the facilitator's curation over them themselves.
 */
export class ThemeService {
  private readonly cache = new ThemeCache();
  private readonly debouncer: Debouncer;
  private readonly generations = new Generations();
  private closed = false;

  constructor(private readonly deps: ThemeServiceDeps) {
    this.debouncer = new Debouncer(deps.debounceMs ?? 400, deps.maxWaitMs ?? 1500, deps.now);
    deps.registry.onAppend((runtime, event, before) => {
      const impact = themeImpact(event, before, runtime.state);
      for (const questionId of impact.questionIds) {
        const k = key(runtime.id, questionId);
        if (impact.urgent) {
          // A note that left the screen: drop the cached themes now, so a screen connecting meanwhile gets fresh
          // ones, and let no computation already under way (it may hold the note's words) publish.
          this.cache.delete(runtime.id, questionId);
          this.generations.invalidate(k);
        }
        this.debouncer.schedule(k, () => void this.recompute(runtime, questionId), impact.urgent);
      }
    });
    deps.registry.onEvict((workshopId) => this.forget(workshopId));
  }

  /** A workshop left memory: its themes, pending recomputes and generations go; computes under way find it evicted. */
  private forget(workshopId: string): void {
    this.cache.forget(workshopId);
    this.debouncer.cancelWhere(ofWorkshop(workshopId));
    this.generations.forgetWhere(ofWorkshop(workshopId));
  }

  /**
   * Sends a socket that just connected the themes of every question: cached ones at once, missing ones (in question
   * order) as they are computed. A missing one is cached only when no recompute is due or under way: the cache holds
   * what every connected socket has, so that recompute must still find it different and publish to the others.
   */
  async snapshot(runtime: WorkshopRuntime, send: (message: ThemesMessage) => void): Promise<void> {
    const missing: { questionId: string; themes: Promise<Theme[] | null> }[] = [];
    for (const q of runtime.state.definition?.questions ?? []) {
      const cached = this.cache.get(runtime.id, q.id);
      if (cached) send({ questionId: q.id, themes: cached });
      else missing.push({ questionId: q.id, themes: this.computeFor(runtime, q.id) });
    }
    for (const { questionId, themes } of missing) {
      const ready = await themes;
      if (ready) send({ questionId, themes: ready });
    }
  }

  close(): void {
    this.closed = true;
    this.debouncer.close();
  }

  /** The input is read now, from the state as it is; only the computing happens elsewhere. */
  private async compute(runtime: WorkshopRuntime, questionId: string): Promise<Theme[]> {
    const notes = themeInput(runtime.state, questionId);
    // No notes, no themes: not worth a trip to another thread (every new workshop's questions start so).
    if (notes.length === 0) return [];
    return this.deps.compute(notes, runtime.state.definition?.language ?? 'nb');
  }

  /** One newcomer's themes of a question; null when they should not be sent (stale, or the service closed). */
  private async computeFor(runtime: WorkshopRuntime, questionId: string): Promise<Theme[] | null> {
    const k = key(runtime.id, questionId);
    const generation = this.generations.begin(k, false);
    let themes: Theme[];
    try {
      themes = await this.compute(runtime, questionId);
    } catch (err) {
      // Closing rejects what the worker pool still had: not worth a line in the log.
      if (this.closed) return null;
      console.error(`themes of ${questionId} could not be computed:`, err);
      return [];
    }
    // Stale: a note left the screen meanwhile, and the recompute that follows publishes to this socket's rooms too.
    if (this.closed || runtime.evicted || this.generations.isStale(k, generation)) return null;
    // Newer themes were published meanwhile, perhaps before this socket joined: send those instead.
    if (this.generations.isSuperseded(k, generation)) return this.cache.get(runtime.id, questionId) ?? themes;
    if (!this.debouncer.isPending(k) && !this.generations.isRecomputing(k)) {
      this.cache.set(runtime.id, questionId, themes);
      this.generations.applied(k, generation);
    }
    return themes;
  }

  private async recompute(runtime: WorkshopRuntime, questionId: string): Promise<void> {
    const k = key(runtime.id, questionId);
    const generation = this.generations.begin(k, true);
    let themes: Theme[];
    try {
      themes = await this.compute(runtime, questionId);
    } catch (err) {
      // The wall and the log are unaffected; the themes just stay as they were until the next change.
      if (!this.closed) console.error(`themes of ${questionId} could not be computed:`, err);
      return;
    } finally {
      // A workshop let go meanwhile has no generations left to count down (and must not get them back).
      if (!runtime.evicted) this.generations.endRecompute(k);
    }
    if (
      this.closed ||
      runtime.evicted ||
      this.generations.isStale(k, generation) ||
      this.generations.isSuperseded(k, generation)
    )
      return;
    const previous = this.cache.get(runtime.id, questionId);
    this.cache.set(runtime.id, questionId, themes);
    this.generations.applied(k, generation);
    if (previous && JSON.stringify(previous) === JSON.stringify(themes)) return;
    this.deps.publish(runtime.id, { questionId, themes });
  }
}
