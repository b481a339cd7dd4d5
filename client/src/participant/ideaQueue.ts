import { create } from 'zustand';
import { MemoryOutboxStorage, Outbox, type OutboxEntry } from '@kafe/shared/outbox';
import type { CommandError } from '@kafe/shared/protocol';
import { onWelcome, sendCommand } from '../sync/connection';
import { uuid } from '../sync/uuid';

/** An idea typed on this phone and not yet acknowledged. Its opId makes every resend safe (the server dedupes). */
export interface QueuedIdea {
  noteId: string;
  opId: string;
  text: string;
  round: number;
}

interface IdeaQueue {
  queued: QueuedIdea[];
  /** The last idea the server refused, with why (ideas switched off, no table, …). */
  refused: { text: string; error: CommandError } | null;
}

export const useIdeaQueue = create<IdeaQueue>(() => ({ queued: [], refused: null }));

const asIdea = (e: OutboxEntry): QueuedIdea => ({
  noteId: String(e.payload.noteId), opId: e.opId, text: String(e.payload.text), round: Number(e.payload.round),
});

/**
 * The same outbox the host tablets use (in order, retried, deduplicated by opId), kept in memory: a phone's idea is
 * one short line, and the phone shows it as "sending" until the server has it.
 */
const box = new Outbox(
  new MemoryOutboxStorage(),
  'ideas',
  (entries) => useIdeaQueue.setState({ queued: entries.map(asIdea) }),
  (entry, error) => useIdeaQueue.setState({ refused: { text: String(entry.payload.text), error } }),
);

let retryTimer = 0;
let backoffMs = 1000;

/** Sends queued ideas in order; after a failure worth retrying, tries again with backoff (1 s doubling to 30 s). */
export async function flushIdeas(): Promise<void> {
  window.clearTimeout(retryTimer);
  if (await box.flush(sendCommand)) {
    backoffMs = 1000;
    return;
  }
  retryTimer = window.setTimeout(() => void flushIdeas(), backoffMs);
  backoffMs = Math.min(backoffMs * 2, 30_000);
}

export function queueIdea(text: string, round: number): void {
  useIdeaQueue.setState({ refused: null });
  void box.enqueue('idea:add', uuid(), { noteId: uuid(), text, round }).then(flushIdeas);
}

/** Resends what is queued after every (re)connect, while the idea box is on screen. */
export function watchIdeaQueue(): () => void {
  return onWelcome(() => void flushIdeas());
}
