import type { ThemesMessage } from '@kafe/shared/protocol';
import { computeThemes, type Theme } from '@kafe/shared/themes/index';
import type { WorkshopRegistry } from '../workshops/registry.js';
import type { WorkshopRuntime } from '../workshops/runtime.js';
import { Debouncer } from './debounce.js';
import { themeImpact, themeInput } from './questionNotes.js';

export interface ThemeServiceDeps {
  registry: WorkshopRegistry;
  /** Sends a question's new themes to whoever may see them (facilitator and screens). */
  publish: (workshopId: string, message: ThemesMessage) => void;
  debounceMs?: number;
  maxWaitMs?: number;
  now?: () => number;
}

const key = (workshopId: string, questionId: string): string => `${workshopId}\u0000${questionId}`;

/**
 * Live themes: recomputes a question's themes shortly after its notes change, caches them, and publishes them when
 * they differ from what was sent before. Clients lay the facilitator's curation over them themselves.
 */
export class ThemeService {
  /** workshop → question → the themes every connected facilitator and screen has now. */
  private readonly cache = new Map<string, Map<string, Theme[]>>();
  private readonly debouncer: Debouncer;

  constructor(private readonly deps: ThemeServiceDeps) {
    this.debouncer = new Debouncer(deps.debounceMs ?? 400, deps.maxWaitMs ?? 1500, deps.now);
    deps.registry.onAppend((runtime, event, before) => {
      const impact = themeImpact(event, before, runtime.state);
      for (const questionId of impact.questionIds) {
        // A note that left the screen: drop the cached themes now, so a screen connecting meanwhile gets fresh ones.
        if (impact.urgent) this.questions(runtime.id).delete(questionId);
        this.debouncer.schedule(key(runtime.id, questionId), () => this.recompute(runtime, questionId), impact.urgent);
      }
    });
  }

  /** The themes of every question of a workshop, for a socket that just connected (missing ones computed now). */
  snapshot(runtime: WorkshopRuntime): ThemesMessage[] {
    const questions = runtime.state.definition?.questions ?? [];
    return questions.map((q) => ({ questionId: q.id, themes: this.questions(runtime.id).get(q.id) ?? this.computeFor(runtime, q.id) }));
  }

  close(): void {
    this.debouncer.close();
  }

  private questions(workshopId: string): Map<string, Theme[]> {
    let byQuestion = this.cache.get(workshopId);
    if (!byQuestion) {
      byQuestion = new Map();
      this.cache.set(workshopId, byQuestion);
    }
    return byQuestion;
  }

  private compute(runtime: WorkshopRuntime, questionId: string): Theme[] {
    const state = runtime.state;
    return computeThemes(themeInput(state, questionId), { language: state.definition?.language ?? 'nb' });
  }

  /**
   * Themes for one newcomer. Cached only when no recompute is due: the cache holds what every connected socket has,
   * so a due recompute must still find it different and publish to the others.
   */
  private computeFor(runtime: WorkshopRuntime, questionId: string): Theme[] {
    let themes: Theme[];
    try {
      themes = this.compute(runtime, questionId);
    } catch (err) {
      console.error(`themes of ${questionId} could not be computed:`, err);
      return [];
    }
    if (!this.debouncer.isPending(key(runtime.id, questionId))) this.questions(runtime.id).set(questionId, themes);
    return themes;
  }

  private recompute(runtime: WorkshopRuntime, questionId: string): void {
    const previous = this.questions(runtime.id).get(questionId);
    let themes: Theme[];
    try {
      themes = this.compute(runtime, questionId);
    } catch (err) {
      // The wall and the log are unaffected; the themes just stay as they were until the next change.
      console.error(`themes of ${questionId} could not be computed:`, err);
      return;
    }
    this.questions(runtime.id).set(questionId, themes);
    if (previous && JSON.stringify(previous) === JSON.stringify(themes)) return;
    this.deps.publish(runtime.id, { questionId, themes });
  }
}
