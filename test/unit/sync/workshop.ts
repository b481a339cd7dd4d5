// The few fixtures the sync tests need. They are checked with the client's module resolution (tsconfig.json here),
// apart from test/fixtures, so they are spelled out again in small.
import type { Actor, StoredEvent, WorkshopEvent } from '@kafe/shared/events';
import { KAFEDIALOG_TEMPLATE } from '@kafe/shared/template';
import { wallClockToEpoch } from '@kafe/shared/time';

export const HOST: Actor = { role: 'host', table: 1 };
/** 13:05 in Oslo on an ordinary Tuesday: the first round. */
export const NOW = wallClockToEpoch('2026-03-10', '13:05', 'Europe/Oslo');

export const stored = (seq: number, event: WorkshopEvent, actor: Actor = HOST): StoredEvent => ({
  seq,
  at: NOW + seq,
  actor,
  event,
});

/** A valid v4-shaped UUID from a small number. */
export const uuidOf = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const created = stored(
  1,
  { type: 'workshop.created', definition: { ...KAFEDIALOG_TEMPLATE, date: '2026-03-10' } },
  { role: 'organiser' },
);
export const noteAdded = (seq: number, n: number, text = `note ${n}`): StoredEvent =>
  stored(seq, { type: 'note.added', noteId: uuidOf(n), table: 1, questionId: 'q1', round: 1, text, source: 'host' });
