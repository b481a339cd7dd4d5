import type { VoteReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

/** A question's dot vote in the wrap-up, most dots first, under the question it was about. */
export function voteBlocks(v: VoteReport, f: ReportFormat): Block[] {
  const status = v.open ? [f.t('harvest.votes.open')] : v.revealed ? [] : [f.t('harvest.votes.notRevealed')];
  return [
    { kind: 'heading', level: 3, text: f.t('harvest.votes') },
    {
      kind: 'paragraph',
      text: [f.t('harvest.votes.meta', { voters: f.number(v.voters), dots: f.number(v.dotsPerVoter) }), ...status].join(
        ' ',
      ),
      muted: true,
    },
    {
      kind: 'table',
      header: [f.t('harvest.col.option'), f.t('harvest.col.dots'), f.t('harvest.col.share')],
      numeric: [false, true, true],
      widths: [6, 1, 1],
      rows: v.options.map((o) => [o.label, f.number(o.dots), f.percent(o.share)]),
    },
  ];
}
