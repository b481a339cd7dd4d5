import type { HarvestReport, NoteReport, QuestionReport } from '../types.js';
import type { Block, ListItem } from './blocks.js';
import { guillemets, type ReportFormat } from './format.js';
import { coverageSentence } from './coverage.js';
import { gistBlocks } from './mainPoints.js';
import { themeQuotes } from './themeQuotes.js';
import { themesByRank } from './themeOrder.js';
import { voteBlocks } from './votes.js';

/** "Bord 3, runde 2", or just "Bord 3" for a question asked in one round. */
export function place(f: ReportFormat, table: number, round: number, rounds: number): string {
  const t = f.t('table.n', { n: table });
  return rounds > 1 ? `${t}, ${f.t('round.n', { n: round }).toLowerCase()}` : t;
}

/** A starred note: where it was said, and that it came from a phone. */
function insightItem(n: NoteReport, f: ReportFormat, rounds: number): ListItem {
  const meta = [
    place(f, n.table, n.round, rounds),
    ...(n.authorRole === 'participant' ? [f.t('harvest.note.idea')] : []),
  ];
  return { text: n.text, meta: meta.join(' · ') };
}

/**
 * The themes as a table: how many tables and notes raised each, and two or three notes that say it in their words.
 * The caption says whether the facilitator shaped them (theme.curated) or they are the text analysis's grouping as it
 * came, and how many of the question's notes they hold.
 */
function themeBlocks(q: QuestionReport, f: ReportFormat): Block[] {
  if (q.themes.length === 0) return [{ kind: 'paragraph', text: f.t('harvest.themes.none'), muted: true }];
  const caption = [f.t(q.curated ? 'harvest.themes.help' : 'harvest.themes.helpAuto'), coverageSentence([q], f)];
  return [
    { kind: 'paragraph', text: caption.join(' '), muted: true },
    {
      kind: 'table',
      header: [
        f.t('harvest.col.theme'),
        f.t('harvest.col.tables'),
        f.t('harvest.col.count'),
        f.t('harvest.col.quotes'),
      ],
      numeric: [false, true, true, false],
      widths: [2.2, 0.8, 0.9, 6],
      rows: themesByRank(q.themes).map((t) => [
        t.pinned ? `${t.label} (${f.t('harvest.themes.pinned')})` : t.label,
        f.number(t.tables.length),
        f.number(t.count),
        themeQuotes(t, q)
          .map((text) => guillemets(text))
          .join('\n'),
      ]),
    },
  ];
}

/**
 * One question, on a page of its own: its main points (or, without themes, a few of its notes), themes with quotes, starred insights, the hosts' summaries and
 * the vote on it. Every note is in the appendix.
 */
export function questionBlocks(q: QuestionReport, f: ReportFormat, totalTables: number): Block[] {
  const rounds = q.rounds.length;
  const intro = rounds
    ? f.t(rounds === 1 ? 'harvest.question.metaOne' : 'harvest.question.meta', {
        rounds: q.rounds.join(', '),
        notes: f.number(q.noteCount),
        tables: f.number(q.tableCount),
      })
    : f.t('harvest.question.notAsked');
  return [
    {
      kind: 'heading',
      level: 2,
      text: f.t('harvest.question', { n: q.number, text: q.text }),
      id: `q-${q.number}`,
      newPage: true,
    },
    { kind: 'paragraph', text: intro, muted: true },
    { kind: 'heading', level: 3, text: f.t('harvest.mainPoints') },
    ...gistBlocks(q, totalTables, f),
    { kind: 'heading', level: 3, text: f.t('harvest.themes') },
    ...themeBlocks(q, f),
    { kind: 'heading', level: 3, text: f.t('harvest.insights') },
    q.insights.length
      ? { kind: 'list', items: q.insights.map((n) => insightItem(n, f, rounds)) }
      : { kind: 'paragraph', text: f.t('harvest.insights.none'), muted: true },
    { kind: 'heading', level: 3, text: f.t('harvest.summaries') },
    q.summaries.length
      ? {
          kind: 'list',
          items: q.summaries.map((s) => ({
            text: s.text,
            meta: [place(f, s.table, s.round, rounds), ...(s.host ? [s.host] : [])].join(' · '),
          })),
        }
      : { kind: 'paragraph', text: f.t('harvest.summaries.none'), muted: true },
    ...(q.vote ? voteBlocks(q.vote, f) : []),
  ];
}

export function questionsBlocks(r: HarvestReport, f: ReportFormat): Block[] {
  return r.questions.flatMap((q) => questionBlocks(q, f, r.appendix.tables));
}
