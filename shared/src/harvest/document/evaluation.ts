import type { HarvestReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

/** The evaluation: a table of the scale items (answers, average, spread), then every open answer. */
export function evaluationBlocks(r: HarvestReport, f: ReportFormat): Block[] {
  const e = r.evaluation;
  const head: Block[] = [{ kind: 'heading', level: 2, text: f.t('harvest.evaluation'), id: 'evaluation' }];
  if (e.items.length === 0)
    return [...head, { kind: 'paragraph', text: f.t('harvest.evaluation.noItems'), muted: true }];
  if (e.respondents === 0) return [...head, { kind: 'paragraph', text: f.t('harvest.evaluation.none'), muted: true }];
  const scales = e.items.filter((i) => i.kind === 'scale');
  const texts = e.items.filter((i) => i.kind === 'text');
  return [
    ...head,
    { kind: 'paragraph', text: f.t('harvest.evaluation.respondents', { n: e.respondents }), muted: true },
    ...(scales.length
      ? [
          {
            kind: 'table' as const,
            header: [
              f.t('harvest.col.item'),
              f.t('harvest.col.answers'),
              f.t('harvest.col.average'),
              f.t('harvest.col.distribution'),
            ],
            numeric: [false, true, true, false],
            rows: scales.map((i) => [
              i.text,
              f.number(i.count),
              i.average === null ? '–' : f.number(i.average, 1),
              (i.distribution ?? []).map((n, k) => `${k + 1}: ${n}`).join(' · '),
            ]),
          },
        ]
      : []),
    ...texts.flatMap((i): Block[] => [
      { kind: 'heading', level: 3, text: i.text },
      i.answers.length
        ? { kind: 'list', items: i.answers.map((text) => ({ text })) }
        : { kind: 'paragraph', text: f.t('harvest.evaluation.noAnswers'), muted: true },
    ]),
  ];
}
