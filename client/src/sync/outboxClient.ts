import type { CommandError } from '@kafe/shared/protocol';
import { create } from 'zustand';
import { currentSocket, onWelcome, sendCommand, type CommandName } from './connection';
import { Outbox, type OutboxEntry } from '@kafe/shared/outbox';
import { IndexedDbOutboxStorage } from './outboxStorage';
import { uuid } from './uuid';

interface OutboxState {
  entries: readonly OutboxEntry[];
  /** The last refusal from the server (e.g. a note deleted on another device), shown to the host once. */
  rejected: CommandError | null;
  ready: boolean;
}

export const useOutbox = create<OutboxState>(() => ({ entries: [], rejected: null, ready: false }));

let outbox: Outbox | null = null;
let opened: Promise<Outbox> | null = null;
let retryTimer = 0;
let backoffMs = 1000;

/** Sends what is waiting; on a retryable failure tries again with backoff (1 s doubling to 30 s) while connected. */
function flushSoon(): void {
  const box = outbox;
  if (!box || !currentSocket()?.connected) return;
  window.clearTimeout(retryTimer);
  void box.flush(sendCommand).then((empty) => {
    if (empty) {
      backoffMs = 1000;
      return;
    }
    retryTimer = window.setTimeout(flushSoon, backoffMs);
    backoffMs = Math.min(backoffMs * 2, 30_000);
  });
}

/** Opens this page's outbox (scope: its link's token), restores what an earlier tab left, and flushes on every welcome. */
export function startOutbox(scope: string): () => void {
  let stopped = false;
  const offWelcome = onWelcome(flushSoon);
  window.addEventListener('online', flushSoon);
  opened = IndexedDbOutboxStorage.open().then(async (storage) => {
    const box = new Outbox(
      storage,
      scope,
      (entries) => useOutbox.setState({ entries }),
      (_entry, error) => useOutbox.setState({ rejected: error }),
    );
    await box.load();
    if (!stopped) {
      outbox = box;
      useOutbox.setState({ ready: true });
      flushSoon();
    }
    return box;
  });
  return () => {
    stopped = true;
    offWelcome();
    window.removeEventListener('online', flushSoon);
    window.clearTimeout(retryTimer);
    outbox = null;
    opened = null;
  };
}

/** A durable command: stored on the device first, then sent (now, or when the connection is back). */
export async function submit(name: CommandName, payload: Record<string, unknown>): Promise<void> {
  // A note typed in the first milliseconds waits for IndexedDB to open rather than being lost.
  const box = outbox ?? (await opened);
  if (!box) throw new Error('the outbox is not open');
  await box.enqueue(name, uuid(), payload);
  flushSoon();
}
