import type { MessageKey } from '../i18n/index.js';
import type { TimelineStatus } from '../timeline.js';

/** The report's «Status» line for a workshop, and the console's warning that quotes it. */
export const STATUS_LABEL: Record<TimelineStatus, MessageKey> = {
  notStarted: 'harvest.status.notStarted',
  running: 'harvest.status.running',
  paused: 'harvest.status.paused',
  finished: 'harvest.status.finished',
};
