import type { HarvestReport, VoteReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

function voteBlocks(v: VoteReport, f: ReportFormat): Block[] {
  const status = v.open ? [f.t('harvest.votes.open')] : v.revealed ? [] : [f.t('harvest.votes.notRevealed')];
  return [
    { kind: 'heading', level: 3, text: v.questionText },
    {
      kind: 'paragraph',
      text: [f.t('harvest.votes.meta', { voters: v.voters, dots: v.dotsPerVoter }), ...status].join(' '),
      muted: true,
    },
    {
      kind: 'table',
      header: [f.t('harvest.col.option'), f.t('harvest.col.dots'), f.t('harvest.col.share')],
      numeric: [false, true, true],
      rows: v.options.map((o) => [o.label, f.number(o.dots), f.percent(o.share)]),
    },
  ];
}

/** The dot votes of the wrap-up, most dots first. */
export function votesBlocks(r: HarvestReport, f: ReportFormat): Block[] {
  return [
    { kind: 'heading', level: 2, text: f.t('harvest.votes'), id: 'votes' },
    ...(r.votes.length
      ? r.votes.flatMap((v) => voteBlocks(v, f))
      : [{ kind: 'paragraph' as const, text: f.t('harvest.votes.none'), muted: true }]),
  ];
}
