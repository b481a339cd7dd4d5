import type { HarvestReport, TableRound } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

const cell = (r: TableRound | undefined, f: ReportFormat): string =>
  !r ? '' : r.ideas > 0 ? `${f.number(r.notes)} + ${f.number(r.ideas)}` : f.number(r.notes);

/** 1, 2, 3, 5, 7, 8 → "1–3, 5, 7–8". */
export function ranges(numbers: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] ?? 0) + 1) j++;
    out.push(j > i ? `${numbers[i]}–${numbers[j]}` : String(numbers[i]));
    i = j + 1;
  }
  return out.join(', ');
}

/** People, tables and how much each table wrote in each round. */
export function participationBlocks(r: HarvestReport, f: ReportFormat, n: number): Block[] {
  const p = r.participation;
  const room = r.filing.peopleInRoom;
  const facts = [
    // People counted in the room, when the facilitator gave it; the app itself only knows the phones.
    ...(room !== null ? [{ label: f.t('harvest.participation.room'), value: f.number(room) }] : []),
    { label: f.t('harvest.participation.joined'), value: f.number(p.participantsJoined) },
    { label: f.t('harvest.participation.peak'), value: f.number(p.peakConnected) },
    {
      label: f.t('harvest.participation.tables'),
      value: f.t('harvest.participation.tablesValue', { hosted: p.hostedTables, tables: p.tableCount }),
    },
    { label: f.t('harvest.participation.notes'), value: f.number(p.notes) },
    { label: f.t('harvest.participation.ideas'), value: f.number(p.ideas) },
    { label: f.t('harvest.participation.starred'), value: f.number(p.starred) },
    { label: f.t('harvest.participation.summaries'), value: f.number(p.summaries) },
  ];
  if (p.ideasPending > 0) facts.push({ label: f.t('harvest.participation.pending'), value: f.number(p.ideasPending) });
  if (p.ideasRejected > 0)
    facts.push({ label: f.t('harvest.participation.rejected'), value: f.number(p.ideasRejected) });
  const anyIdeas = p.tables.some((t) => t.ideas > 0);
  // Tables nobody used would fill the table with zeros; they are named in one line instead.
  const used = p.tables.filter((t) => t.hosted || t.notes + t.ideas > 0 || t.seated > 0);
  const unused = p.tables.filter((t) => !used.includes(t)).map((t) => t.table);
  return [
    {
      kind: 'heading',
      level: 2,
      text: f.t('harvest.appendix.n', { n, title: f.t('harvest.participation.perTable') }),
      id: 'participation',
      newPage: true,
    },
    { kind: 'facts', items: facts },
    ...(anyIdeas ? [{ kind: 'paragraph' as const, text: f.t('harvest.participation.cellHelp'), muted: true }] : []),
    {
      kind: 'table',
      header: [
        f.t('harvest.col.table'),
        f.t('harvest.col.host'),
        ...p.rounds.map((n) => f.t('round.n', { n })),
        f.t('harvest.col.total'),
      ],
      numeric: [true, false, ...p.rounds.map(() => true), true],
      rows: used.map((t) => [
        f.number(t.table),
        t.host ?? (t.hosted ? f.t('harvest.host.unnamed') : '–'),
        ...p.rounds.map((n) =>
          cell(
            t.rounds.find((x) => x.round === n),
            f,
          ),
        ),
        cell({ round: 0, notes: t.notes, ideas: t.ideas }, f),
      ]),
    },
    ...(unused.length
      ? [
          {
            kind: 'paragraph' as const,
            text: f.t('harvest.participation.unused', { tables: ranges(unused) }),
            muted: true,
          },
        ]
      : []),
  ];
}
