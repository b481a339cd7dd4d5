import type { Language, Question } from '../agenda.js';
import { summaryKey } from '../reducer.js';
import type { Note } from '../note.js';
import type { WorkshopState } from '../state.js';
import { roundSegments } from '../rounds.js';
import { isOnScreen } from '../themes/curate.js';
import { questionPoints } from '../themes/mainPoints.js';
import { isCurated, questionThemes } from './themes.js';
import type { NoteGroup, NoteReport, QuestionReport, SummaryReport } from './types.js';

const byPlace = (a: { table: number; round: number }, b: { table: number; round: number }): number =>
  a.table - b.table || a.round - b.round;

function groupNotes(notes: readonly NoteReport[], hostOf: (table: number) => string | null): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  for (const n of notes) {
    const key = `${n.table}:${n.round}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { table: n.table, round: n.round, host: hostOf(n.table), notes: [] }));
    g.notes.push(n);
  }
  const sorted = [...groups.values()].sort(byPlace);
  for (const g of sorted) g.notes.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return sorted;
}

/** One question: its themes, starred insights, the hosts' summaries of its rounds and every note by table and round. */
export function questionReport(
  state: WorkshopState,
  question: Question,
  index: number,
  notes: readonly Note[],
  edited: ReadonlySet<string>,
  language: Language,
): Omit<QuestionReport, 'vote'> {
  const def = state.definition;
  const rounds = def ? roundSegments(def.agenda).flatMap((s, i) => (s.questionId === question.id ? [i + 1] : [])) : [];
  const mine = notes.filter((n) => n.questionId === question.id);
  const { themes, themeOf } = questionThemes(state, mine, question.id, language);
  const hostOf = (table: number): string | null => state.hostNames[table]?.trim() || null;

  const reports = mine.map((n): NoteReport => ({
    id: n.id,
    questionId: n.questionId,
    round: n.round,
    table: n.table,
    authorRole: n.source,
    text: n.text,
    createdAt: n.createdAt,
    starred: n.starred,
    onScreen: isOnScreen(n),
    pending: false,
    edited: edited.has(n.id),
    themeKey: themeOf.get(n.id)?.key ?? null,
    themeLabel: themeOf.get(n.id)?.label ?? null,
  }));
  const groups = groupNotes(reports, hostOf);

  const summaries: SummaryReport[] = [];
  const tables = def?.tables ?? 0;
  for (const round of rounds) {
    for (let table = 1; table <= tables; table++) {
      const s = state.summaries[summaryKey(table, round)];
      if (s && s.text.trim()) summaries.push({ table, round, host: hostOf(table), text: s.text.trim(), at: s.at });
    }
  }
  summaries.sort(byPlace);

  return {
    questionId: question.id,
    number: index + 1,
    text: question.text,
    rounds,
    themes,
    curated: isCurated(state.curation[question.id]),
    mainPoints: questionPoints(
      question.id,
      themes.map((t) => ({ key: t.key, label: t.label, tables: t.tables, notes: t.count })),
    ),
    // As the projector's wrap-up shows them: a starred note the facilitator hid is not an insight the room saw.
    insights: groups.flatMap((g) => g.notes.filter((n) => n.starred && n.onScreen)),
    summaries,
    groups,
    noteCount: reports.length,
    tableCount: new Set(reports.map((n) => n.table)).size,
  };
}
