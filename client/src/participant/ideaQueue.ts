import { create } from 'zustand';
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

/** Worth retrying later: no connection, no answer, or asked to slow down. Anything else is the server's final word. */
const transient = (error: CommandError): boolean => error.code === 'internal' || error.code === 'rate_limited';

let flushing = false;

/** Sends queued ideas in order; stops at the first one that cannot get through now and waits for the next welcome. */
export async function flushIdeas(): Promise<void> {
  if (flushing) return;
  flushing = true;
  try {
    for (;;) {
      const next = useIdeaQueue.getState().queued[0];
      if (!next) return;
      const result = await sendCommand('idea:add', { opId: next.opId, noteId: next.noteId, text: next.text, round: next.round });
      if (!result.ok && transient(result.error)) return;
      useIdeaQueue.setState((s) => ({
        queued: s.queued.filter((q) => q.opId !== next.opId),
        refused: result.ok ? s.refused : { text: next.text, error: result.error },
      }));
    }
  } finally {
    flushing = false;
  }
}

export function queueIdea(text: string, round: number): void {
  useIdeaQueue.setState((s) => ({ queued: [...s.queued, { noteId: uuid(), opId: uuid(), text, round }], refused: null }));
  void flushIdeas();
}

/** Resends what is queued after every (re)connect, while the idea box is on screen. */
export function watchIdeaQueue(): () => void {
  return onWelcome(() => void flushIdeas());
}
