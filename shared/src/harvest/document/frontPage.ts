// The first page: what a reader who reads nothing else needs, and what an archive files the document under.
import type { HarvestReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';
import { STATUS_LABEL } from '../statusLabel.js';
import { gistBlocks } from './mainPoints.js';
import { participationSentence } from './participationSentence.js';

/** Main points per question on the first page («De tre temaene …» says the number in words). */
const FRONT_PAGE_POINTS = 3;

/** Reference, organisation, date, place and author, as the archive reads them; empty fields are left out. */
function filingFacts(r: HarvestReport, f: ReportFormat): Block {
  const { filing } = r;
  const organisation = [filing.organisation, filing.unit].filter(Boolean).join(', ');
  const facts = [
    ...(filing.reference ? [{ label: f.t('harvest.fact.reference'), value: filing.reference }] : []),
    ...(organisation ? [{ label: f.t('harvest.fact.organisation'), value: organisation }] : []),
    { label: f.t('harvest.fact.date'), value: f.date(r.date) },
    ...(r.place ? [{ label: f.t('harvest.fact.place'), value: r.place }] : []),
    ...(filing.author ? [{ label: f.t('harvest.fact.author'), value: filing.author }] : []),
    // A report of a workshop still running says so; a finished one needs no status line.
    ...(r.agenda.status !== 'finished'
      ? [{ label: f.t('harvest.fact.status'), value: f.t(STATUS_LABEL[r.agenda.status]) }]
      : []),
  ];
  return { kind: 'facts', items: facts };
}

/**
 * Next steps as a table: what, who, by when. A missing owner or deadline reads «ikkje avklart», not «–», which a reader
 * of a filed report could take for "not needed".
 */
function nextSteps(r: HarvestReport, f: ReportFormat): Block[] {
  const steps = r.filing.nextSteps;
  const notSet = f.t('harvest.nextSteps.notSet');
  if (steps.length === 0) return [{ kind: 'paragraph', text: f.t('harvest.nextSteps.none'), muted: true }];
  return [
    {
      kind: 'table',
      header: [f.t('harvest.col.step'), f.t('harvest.col.who'), f.t('harvest.col.due')],
      widths: [6, 2.5, 1.5],
      rows: steps.map((s, i) => [`${i + 1}. ${s.what}`, s.who || notSet, s.due || notSet]),
    },
  ];
}

/**
 * The first three points of each question: with five for each of three questions, a live run's first page ran over by
 * its last line onto a page of its own. Each question's page has them all, and the first page says so when it cut one.
 */
function mainPoints(r: HarvestReport, f: ReportFormat): Block[] {
  const cut = r.questions.some((q) => q.mainPoints.length > FRONT_PAGE_POINTS);
  return [
    { kind: 'heading', level: 3, text: f.t('harvest.mainPoints') },
    ...(cut ? [{ kind: 'paragraph' as const, text: f.t('harvest.front.mainPointsCut'), muted: true }] : []),
    // Every question, themes or not: one left out reads as never discussed.
    ...r.questions.flatMap((q): Block[] => [
      { kind: 'heading', level: 4, text: f.t('harvest.question', { n: q.number, text: q.text }) },
      ...gistBlocks(q, r.appendix.tables, f, FRONT_PAGE_POINTS),
    ]),
  ];
}

/** Title, filing facts, then the summary: purpose, participation, Hovedpunkter per question and next steps. */
export function frontPageBlocks(r: HarvestReport, f: ReportFormat): Block[] {
  return [
    { kind: 'title', text: r.title, subtitle: f.t('harvest.subtitle') },
    filingFacts(r, f),
    { kind: 'heading', level: 2, text: f.t('harvest.summary'), id: 'summary' },
    { kind: 'heading', level: 3, text: f.t('harvest.purpose') },
    r.filing.purpose
      ? { kind: 'paragraph', text: r.filing.purpose }
      : { kind: 'paragraph', text: f.t('harvest.purpose.none'), muted: true },
    { kind: 'heading', level: 3, text: f.t('harvest.participation') },
    { kind: 'paragraph', text: participationSentence(r, f) },
    ...mainPoints(r, f),
    { kind: 'heading', level: 3, text: f.t('harvest.nextSteps') },
    ...nextSteps(r, f),
    { kind: 'paragraph', text: f.t('harvest.front.generated', { at: f.dateTime(r.generatedAt) }), muted: true },
  ];
}
