import type { EvaluationItemReport, HarvestReport } from '../types.js';
import type { Block, ListItem } from './blocks.js';
import type { ReportFormat } from './format.js';

const SCORES = [1, 2, 3, 4, 5] as const;

/** "Hørt ved bordet: 3,9 → 4,3", with the target and whether it was reached as the detail. */
function indicatorItem(i: EvaluationItemReport, f: ReportFormat): ListItem | null {
  if (!i.indicator || i.average === null) return null;
  const { name, baseline, target } = i.indicator;
  const now = f.number(i.average, 1);
  const text = baseline === null ? `${name}: ${now}` : `${name}: ${f.number(baseline, 1)} → ${now}`;
  const meta = [
    ...(baseline === null ? [f.t('harvest.indicator.noBaseline')] : []),
    ...(target === null
      ? []
      : [
          f.t(
            Math.round(i.average * 10) >= Math.round(target * 10)
              ? 'harvest.indicator.reached'
              : 'harvest.indicator.notReached',
            {
              target: f.number(target, 1),
            },
          ),
        ]),
    f.t('harvest.indicator.answers', { n: f.number(i.count) }),
  ];
  return { text, meta: meta.join(' · ') };
}

/**
 * The evaluation: how many answered of those who joined, the organiser's indicators against their baseline and target,
 * each scale question's spread of answers, then every open answer.
 */
export function evaluationBlocks(r: HarvestReport, f: ReportFormat): Block[] {
  const e = r.evaluation;
  const head: Block[] = [
    { kind: 'heading', level: 2, text: f.t('harvest.evaluation'), id: 'evaluation', newPage: true },
  ];
  if (e.items.length === 0)
    return [...head, { kind: 'paragraph', text: f.t('harvest.evaluation.noItems'), muted: true }];
  if (e.respondents === 0) return [...head, { kind: 'paragraph', text: f.t('harvest.evaluation.none'), muted: true }];
  const of = Math.max(e.joined, e.respondents);
  const scales = e.items.filter((i) => i.kind === 'scale');
  const texts = e.items.filter((i) => i.kind === 'text');
  const indicators = scales.map((i) => indicatorItem(i, f)).filter((i): i is ListItem => i !== null);
  return [
    ...head,
    {
      kind: 'paragraph',
      text: f.t('harvest.evaluation.rate', {
        n: f.number(e.respondents),
        of: f.number(of),
        share: f.percent(e.respondents / of),
      }),
    },
    ...(indicators.length
      ? [
          { kind: 'heading' as const, level: 3 as const, text: f.t('harvest.indicators') },
          { kind: 'list' as const, items: indicators },
        ]
      : []),
    ...(scales.length
      ? [
          { kind: 'heading' as const, level: 3 as const, text: f.t('harvest.evaluation.scales') },
          { kind: 'paragraph' as const, text: f.t('harvest.evaluation.scaleHelp'), muted: true },
          {
            kind: 'table' as const,
            header: [
              f.t('harvest.col.item'),
              ...SCORES.map((s) => String(s)),
              f.t('harvest.col.answers'),
              f.t('harvest.col.average'),
            ],
            numeric: [false, true, true, true, true, true, true, true],
            widths: [5, 0.55, 0.55, 0.55, 0.55, 0.55, 0.9, 1.6],
            rows: scales.map((i) => [
              i.text,
              ...SCORES.map((s) => f.number(i.distribution?.[s - 1] ?? 0)),
              f.number(i.count),
              i.average === null ? '–' : f.number(i.average, 1),
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
