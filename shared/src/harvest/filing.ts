import type { Language } from '../agenda.js';
import { translate } from '../i18n/index.js';
import type { WorkshopState } from '../state.js';
import { methodParagraph } from './method.js';
import { inLanguage, ownPurpose } from './templateTexts.js';
import type { FilingReport } from './types.js';

/**
 * The report's filing frame: what the facilitator filled in, with a default for the rest. The purpose is what was
 * written for this workshop: the frame's, else the one the organiser gave when creating it; the template's example
 * purpose is never this workshop's (empty: the first page says it is not filled in). The method falls back to the
 * paragraph generated from the agenda, with the tables that took part (`tablesUsed`, as the participation counts
 * them: a report whose method said «10 bord» beside «ved 3 bord» on its first page read as two workshops).
 */
export function filingReport(state: WorkshopState, language: Language, tablesUsed: number): FilingReport {
  const def = state.definition;
  if (!def) throw new Error('the workshop has no definition yet');
  const frame = state.filing;
  const method = frame?.method.trim() ?? '';
  return {
    reference: frame?.reference ?? '',
    organisation: frame?.organisation ?? '',
    unit: frame?.unit ?? '',
    author: frame?.author ?? '',
    // The starter workshop files the template's purpose as its own frame: in a nynorsk report it reads nynorsk.
    purpose: inLanguage(frame?.purpose.trim() ?? '', language) || ownPurpose(def.purpose),
    method:
      method ||
      methodParagraph(
        def,
        {
          votes: Object.keys(state.votes).length,
          evaluated: def.settings.evaluation.length > 0,
          tables: tablesUsed,
        },
        (key, vars) => translate(language, key, vars),
      ),
    methodGenerated: method === '',
    nextSteps: (frame?.nextSteps ?? []).map(({ what, who, due }) => ({ what, who, due })),
    peopleInRoom: frame?.peopleInRoom ?? null,
  };
}
