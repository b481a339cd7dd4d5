import type { Theme } from '@kafe/shared/themes/index';

/** workshop → question → the themes every connected facilitator and screen has now. */
export class ThemeCache {
  private readonly byWorkshop = new Map<string, Map<string, Theme[]>>();

  get(workshopId: string, questionId: string): Theme[] | undefined {
    return this.byWorkshop.get(workshopId)?.get(questionId);
  }

  set(workshopId: string, questionId: string, themes: Theme[]): void {
    let byQuestion = this.byWorkshop.get(workshopId);
    if (!byQuestion) {
      byQuestion = new Map();
      this.byWorkshop.set(workshopId, byQuestion);
    }
    byQuestion.set(questionId, themes);
  }

  delete(workshopId: string, questionId: string): void {
    this.byWorkshop.get(workshopId)?.delete(questionId);
  }

  /** Every question's themes of a workshop that left memory. */
  forget(workshopId: string): void {
    this.byWorkshop.delete(workshopId);
  }
}
