import type { MessageKey } from '../../i18n/index.js';
import type { TimelineStatus } from '../../timeline.js';
import type { HarvestReport } from '../types.js';
import type { Block } from './blocks.js';
import type { ReportFormat } from './format.js';

const STATUS: Record<TimelineStatus, MessageKey> = {
  notStarted: 'harvest.status.notStarted',
  running: 'harvest.status.running',
  paused: 'harvest.status.paused',
  finished: 'harvest.status.finished',
};

/** Title, date and place, the table of contents, and the workshop's purpose. */
export function headerBlocks(r: HarvestReport, f: ReportFormat): Block[] {
  const facts = [
    { label: f.t('harvest.fact.date'), value: f.date(r.date) },
    ...(r.place ? [{ label: f.t('harvest.fact.place'), value: r.place }] : []),
    { label: f.t('harvest.fact.status'), value: f.t(STATUS[r.agenda.status]) },
    { label: f.t('harvest.fact.generated'), value: f.dateTime(r.generatedAt) },
  ];
  return [
    { kind: 'title', text: r.title, subtitle: f.t('harvest.subtitle') },
    { kind: 'facts', items: facts },
    { kind: 'toc', title: f.t('harvest.toc') },
    { kind: 'heading', level: 2, text: f.t('harvest.purpose'), id: 'purpose' },
    r.purpose.trim()
      ? { kind: 'paragraph', text: r.purpose.trim() }
      : { kind: 'paragraph', text: f.t('harvest.purpose.none'), muted: true },
  ];
}
