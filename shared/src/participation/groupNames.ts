import type { Language } from '../agenda.js';
import type { ParticipantGroup } from './groups.js';

/**
 * Each group's name (by key) as a page in `language` shows it. Names differ only in the workshop's own language, the
 * one the organiser sees and types (duplicateLabel): in another, the organiser's own group may share its name with a
 * default group's translation (a bokmål workshop's 'Leiar' beside 'Leder', which is 'Leiar' in nynorsk). Such groups
 * are named as in the workshop's language instead, so a phone never offers two choices it cannot tell apart and a
 * report never counts two groups under one name.
 */
export function groupNames(
  groups: readonly Pick<ParticipantGroup, 'key' | 'labels'>[],
  language: Language,
  workshopLanguage: Language,
): Map<string, string> {
  const fold = (name: string): string => name.trim().toLowerCase();
  const uses = new Map<string, number>();
  for (const g of groups) uses.set(fold(g.labels[language]), (uses.get(fold(g.labels[language])) ?? 0) + 1);
  return new Map(
    groups.map((g) => {
      const shared = (uses.get(fold(g.labels[language])) ?? 0) > 1;
      return [g.key, shared ? g.labels[workshopLanguage] : g.labels[language]];
    }),
  );
}
