import type { GroupCount } from '../../participation/report.js';
import type { HarvestReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

/**
 * Participation and the evaluation by participant group: who took part (phones that said their group, and the hosts'
 * headcounts per round) and the evaluation's averages by group. Groups under five are merged into "andre" so nobody
 * can be singled out; a section with nothing left to show by group is left out.
 */
export function groupsBlocks(r: HarvestReport, f: ReportFormat): Block[] {
  const g = r.groups;
  if (g.phones.length === 0 && g.tables.length === 0 && g.evaluation.length === 0) return [];
  const name = (c: GroupCount): string => c.label ?? f.t('groups.others');
  const counts = (rows: GroupCount[]): Block => ({
    kind: 'table',
    header: [f.t('groups.report.group'), f.t('groups.report.people')],
    numeric: [false, true],
    rows: rows.map((c) => [name(c), f.number(c.count)]),
  });
  return [
    { kind: 'heading', level: 2, text: f.t('groups.report.title'), id: 'groups' },
    { kind: 'paragraph', text: f.t('groups.report.threshold', { n: g.threshold }), muted: true },
    ...(g.phones.length > 0
      ? [{ kind: 'heading' as const, level: 3 as const, text: f.t('groups.report.phones') }, counts(g.phones)]
      : []),
    ...g.tables.flatMap((t): Block[] => [
      { kind: 'heading', level: 3, text: f.t('groups.report.tables', { n: t.round }) },
      counts(t.groups),
    ]),
    ...g.evaluation.flatMap((e): Block[] => [
      { kind: 'heading', level: 3, text: f.t('groups.report.evaluation', { question: e.question }) },
      {
        kind: 'table',
        header: [f.t('groups.report.group'), f.t('groups.report.answers'), f.t('groups.report.average')],
        numeric: [false, true, true],
        rows: e.groups.map((c) => [name(c), f.number(c.count), f.number(c.average, 1)]),
      },
    ]),
  ];
}
