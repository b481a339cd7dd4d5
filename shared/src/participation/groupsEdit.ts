import type { Language } from '../agenda.js';
import { isStorableText } from '../text.js';
import {
  DEFAULT_PARTICIPANT_GROUPS,
  duplicateLabel,
  GROUP_LIMITS,
  OTHERS_KEY,
  type ParticipantGroup,
} from './groups.js';

/**
 * The organiser's draft of the participant groups: whether phones are asked at all, and the list (kept while the
 * question is off, so turning it on again brings the list back).
 */
export interface GroupsDraft {
  ask: boolean;
  groups: ParticipantGroup[];
}

/** A definition's groups as a draft: none named means the default ones; an empty list means "do not ask". */
export function draftOf(participantGroups: readonly ParticipantGroup[] | undefined): GroupsDraft {
  if (participantGroups === undefined) return { ask: true, groups: [...DEFAULT_PARTICIPANT_GROUPS] };
  if (participantGroups.length === 0) return { ask: false, groups: [...DEFAULT_PARTICIPANT_GROUPS] };
  return { ask: true, groups: [...participantGroups] };
}

/** The draft as the definition stores it: names trimmed; [] when phones are not asked. */
export function groupsOfDraft(draft: GroupsDraft): ParticipantGroup[] {
  if (!draft.ask) return [];
  return draft.groups.map((g) => ({
    key: g.key,
    labels: { nb: g.labels.nb.trim(), nn: g.labels.nn.trim(), en: g.labels.en.trim() },
  }));
}

/** Whether two lists name the same groups in the same order (undefined is the default list). */
export function sameGroups(
  a: readonly ParticipantGroup[] | undefined,
  b: readonly ParticipantGroup[] | undefined,
): boolean {
  const x = a ?? DEFAULT_PARTICIPANT_GROUPS;
  const y = b ?? DEFAULT_PARTICIPANT_GROUPS;
  return (
    x.length === y.length &&
    x.every((g, i) => {
      const h = y[i];
      return (
        h !== undefined && g.key === h.key && (['nb', 'nn', 'en'] as const).every((l) => g.labels[l] === h.labels[l])
      );
    })
  );
}

/**
 * A new name for group `index`, typed in `language`. It becomes the group's name in every language: the organiser
 * writes in one, and a translation of the old name would show a phone in another language a group that no longer
 * exists. Typing a default group's own name back restores its translations. The key stays, so a phone that already
 * chose the group keeps its choice under the new name.
 */
export function renameGroup(
  groups: readonly ParticipantGroup[],
  index: number,
  name: string,
  language: Language,
): ParticipantGroup[] {
  return groups.map((g, i) => {
    if (i !== index) return g;
    const original = DEFAULT_PARTICIPANT_GROUPS.find((d) => d.key === g.key);
    if (original && original.labels[language] === name.trim()) return { key: g.key, labels: { ...original.labels } };
    return { key: g.key, labels: { nb: name, nn: name, en: name } };
  });
}

/** A new, unnamed group at the end, with a key no other group has (a phone's choice is stored by key). */
export function addGroup(groups: readonly ParticipantGroup[]): ParticipantGroup[] {
  const taken = new Set([...groups.map((g) => g.key), OTHERS_KEY]);
  let n = groups.length + 1;
  while (taken.has(`gruppe-${n}`)) n++;
  return [...groups, { key: `gruppe-${n}`, labels: { nb: '', nn: '', en: '' } }];
}

export function removeGroup(groups: readonly ParticipantGroup[], index: number): ParticipantGroup[] {
  return groups.filter((_, i) => i !== index);
}

/** Group `index` one place up (-1) or down (+1); at either end nothing moves. */
export function moveGroup(groups: readonly ParticipantGroup[], index: number, by: -1 | 1): ParticipantGroup[] {
  const to = index + by;
  const moving = groups[index];
  const other = groups[to];
  if (!moving || !other) return [...groups];
  const next = [...groups];
  next[index] = other;
  next[to] = moving;
  return next;
}

/** What is wrong with a draft, in terms the editor can say in any language (the schema says the same in English). */
export type GroupProblem =
  | { kind: 'none' }
  | { kind: 'tooMany'; max: number }
  | { kind: 'empty'; n: number }
  | { kind: 'tooLong'; n: number; max: number }
  | { kind: 'unstorable'; n: number }
  | { kind: 'duplicate'; name: string };

/** The draft's problems, numbering groups from 1 as the editor shows them; none when it can be saved. */
export function groupProblems(draft: GroupsDraft, language: Language): GroupProblem[] {
  if (!draft.ask) return [];
  const problems: GroupProblem[] = [];
  if (draft.groups.length === 0) problems.push({ kind: 'none' });
  if (draft.groups.length > GROUP_LIMITS.groups) problems.push({ kind: 'tooMany', max: GROUP_LIMITS.groups });
  draft.groups.forEach((g, i) => {
    const name = g.labels[language].trim();
    if (name === '') problems.push({ kind: 'empty', n: i + 1 });
    else if (name.length > GROUP_LIMITS.label) problems.push({ kind: 'tooLong', n: i + 1, max: GROUP_LIMITS.label });
    else if (!isStorableText(name)) problems.push({ kind: 'unstorable', n: i + 1 });
  });
  const same = duplicateLabel(draft.groups, language);
  if (same !== null) problems.push({ kind: 'duplicate', name: same });
  return problems;
}
