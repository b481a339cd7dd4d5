import type { AgendaRow, HarvestReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

function actual(row: AgendaRow, f: ReportFormat): { start: string; length: string; delay: string } {
  if (row.actualStartAt === null) return { start: f.t('harvest.agenda.notRun'), length: '', delay: '' };
  const length = row.actualMin === null ? '' : f.number(row.actualMin);
  return {
    start: f.time(row.actualStartAt),
    length: row.status === 'current' ? `${length} (${f.t('harvest.agenda.running')})` : length,
    delay: row.startDelayMin === null ? '' : f.delay(row.startDelayMin),
  };
}

/** The agenda as planned against what happened: start, length and delay of each segment; messages shown on the screen. */
export function agendaBlocks(r: HarvestReport, f: ReportFormat, n: number): Block[] {
  const { agenda } = r;
  const notes: Block[] = [];
  if (agenda.status === 'notStarted')
    notes.push({ kind: 'paragraph', text: f.t('harvest.agenda.notStarted'), muted: true });
  if (agenda.startedOffPlan) {
    const { startedAt, plannedAt } = agenda.startedOffPlan;
    const withYear = f.year(startedAt) !== f.year(plannedAt);
    notes.push({
      kind: 'paragraph',
      text: `${f.t('harvest.agenda.startedOffPlan', {
        actualDay: f.dayMonth(startedAt, withYear),
        actualTime: f.time(startedAt),
        plannedDay: f.dayMonth(plannedAt, withYear),
        plannedTime: f.time(plannedAt),
      })} ${f.t('harvest.agenda.startedOffPlan.delays')}`,
      muted: true,
    });
  } else if (agenda.planShiftMin !== 0) {
    const key = agenda.planShiftMin > 0 ? 'harvest.agenda.shiftedLater' : 'harvest.agenda.shiftedEarlier';
    notes.push({ kind: 'paragraph', text: f.t(key, { min: f.number(Math.abs(agenda.planShiftMin)) }), muted: true });
  }
  return [
    {
      kind: 'heading',
      level: 2,
      text: f.t('harvest.appendix.n', { n, title: f.t('harvest.agenda') }),
      id: 'agenda',
      newPage: true,
    },
    ...notes,
    {
      kind: 'table',
      header: [
        f.t('harvest.col.segment'),
        f.t('harvest.col.plannedStart'),
        f.t('harvest.col.actualStart'),
        f.t('harvest.col.plannedMin'),
        f.t('harvest.col.actualMin'),
        f.t('harvest.col.delay'),
      ],
      numeric: [false, true, true, true, true, true],
      widths: [3.6, 1.1, 1.1, 1.1, 1.1, 1.3],
      rows: agenda.rows.map((row) => {
        const a = actual(row, f);
        const title = row.round === null ? row.title : `${row.title} (${f.t('round.n', { n: row.round })})`;
        return [title, f.time(row.plannedStartAt), a.start, f.number(row.plannedMin), a.length, a.delay];
      }),
    },
    ...(r.appendix.messages.length
      ? [
          { kind: 'heading' as const, level: 3 as const, text: f.t('harvest.appendix.messages') },
          { kind: 'list' as const, items: r.appendix.messages.map((m) => ({ text: m.text, meta: f.time(m.at) })) },
        ]
      : []),
  ];
}
