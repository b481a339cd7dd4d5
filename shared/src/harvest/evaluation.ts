import type { Language } from '../agenda.js';
import type { WorkshopState } from '../state.js';
import { inLanguage } from './templateTexts.js';
import type { EvaluationItemReport, EvaluationReport } from './types.js';

/**
 * The evaluation per item: how many answered, the average and spread of scale items, every open answer (sorted), and
 * for an indicator where it stood before and where it should get to.
 */
export function evaluationReport(state: WorkshopState, language: Language): EvaluationReport {
  const items = state.definition?.settings.evaluation ?? [];
  const answerSets = Object.values(state.evaluation.answers);
  return {
    respondents: answerSets.filter((a) => Object.keys(a).length > 0).length,
    joined: Object.keys(state.participants).length,
    open: state.evaluation.open,
    items: items.map((item): EvaluationItemReport => {
      const given = answerSets.map((a) => a[item.id]).filter((v) => v !== undefined);
      const base = { id: item.id, kind: item.kind, text: inLanguage(item.text, language) };
      if (item.kind === 'scale') {
        const scores = given.filter((v): v is number => typeof v === 'number' && v >= 1 && v <= 5);
        const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
        for (const s of scores) distribution[s - 1] = (distribution[s - 1] ?? 0) + 1;
        const average = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
        const name = item.indicator?.trim();
        return {
          ...base,
          count: scores.length,
          average,
          distribution,
          answers: [],
          indicator: name
            ? { name: inLanguage(name, language), baseline: item.baseline ?? null, target: item.target ?? null }
            : null,
        };
      }
      // Alphabetical, not in the order people answered: that order would tie one person's answers across items.
      const answers = given
        .filter((v): v is string => typeof v === 'string')
        .map((v) => v.trim())
        .filter(Boolean)
        .sort((a, b) => a.localeCompare(b, 'nb', { numeric: true }));
      return { ...base, count: answers.length, average: null, distribution: null, answers, indicator: null };
    }),
  };
}
