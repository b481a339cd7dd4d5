import type { Language } from '../agenda.js';
import { translate } from '../i18n/index.js';
import type { WorkshopState } from '../state.js';
import { methodParagraph } from './method.js';
import { inLanguage } from './templateTexts.js';
import type { FilingReport } from './types.js';

/**
 * The report's filing frame: what the facilitator filled in, with a default for the rest. The purpose falls back to
 * the workshop's own (in the report's language when it is the template's), the method to the paragraph generated
 * from the agenda.
 */
export function filingReport(state: WorkshopState, language: Language): FilingReport {
  const def = state.definition;
  if (!def) throw new Error('the workshop has no definition yet');
  const frame = state.filing;
  const method = frame?.method.trim() ?? '';
  return {
    reference: frame?.reference ?? '',
    organisation: frame?.organisation ?? '',
    unit: frame?.unit ?? '',
    author: frame?.author ?? '',
    purpose: frame?.purpose.trim() || inLanguage(def.purpose.trim(), language),
    method:
      method ||
      methodParagraph(
        def,
        { votes: Object.keys(state.votes).length, evaluated: def.settings.evaluation.length > 0 },
        (key, vars) => translate(language, key, vars),
      ),
    methodGenerated: method === '',
    nextSteps: (frame?.nextSteps ?? []).map(({ what, who, due }) => ({ what, who, due })),
  };
}
