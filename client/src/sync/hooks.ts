import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { createStore, useStore } from 'zustand';
import type { CommandArgs, CommandInput } from '@kafe/shared/commands';
import type { OptimisticView } from '@kafe/shared/optimistic';
import type { CommandName, CommandResult } from '@kafe/shared/protocol';
import { startSync } from './browserSync';
import type { Credentials } from './identity';
import { viewOf } from './optimisticView';
import { createOutboxStore, type OutboxState } from './outboxStore';
import { serverNow } from './serverClock';
import type { SyncClient } from './SyncClient';
import { createWorkshopStore, type WorkshopStore } from './workshopStore';

/** The page's SyncClient; null outside a connected page (the organiser page, the join form). */
export const SyncContext = createContext<SyncClient | null>(null);

// What components read where there is no SyncClient (yet): the state of a page that has not connected.
const idleWorkshop = createWorkshopStore();
const idleOutbox = createOutboxStore();

/** Creates this page's SyncClient for its credentials and closes it on unmount; provide it with <SyncContext value>. */
export function useSyncClient(credentials: Credentials | null, outboxScope: string | null): SyncClient | null {
  // The credentials' content is what counts, not the object's identity: a new object with the same content (a parent's
  // re-render) keeps the connection; other content replaces it.
  const key = credentials ? JSON.stringify([credentials, outboxScope]) : '';
  const [wanted, setWanted] = useState({ key, credentials, outboxScope });
  if (wanted.key !== key) setWanted({ key, credentials, outboxScope });
  // The running client lives outside React, like the socket it owns; the page re-renders when it changes.
  const [running] = useState(() => createStore<{ client: SyncClient | null }>(() => ({ client: null })));
  useEffect(() => {
    if (!wanted.credentials) return;
    const { client, stop } = startSync(wanted.credentials, wanted.outboxScope);
    running.setState({ client });
    return () => {
      stop();
      running.setState({ client: null });
    };
  }, [wanted, running]);
  return useStore(running, (s) => s.client);
}

export const useSync = (): SyncClient | null => useContext(SyncContext);

/** A small slice of the workshop as this page has it confirmed. */
export function useWorkshop<T>(selector: (s: WorkshopStore) => T): T {
  return useStore(useSync()?.workshop ?? idleWorkshop, selector);
}

export function useOutbox<T>(selector: (s: OutboxState) => T): T {
  return useStore(useSync()?.outbox ?? idleOutbox, selector);
}

type SendCommand = <C extends CommandName>(name: C, ...args: CommandArgs<C>) => Promise<CommandResult>;
const offline: CommandResult = { ok: false, error: { code: 'internal', message: 'offline' } };

/** One-off commands, answered with the server's verdict. */
export function useSend(): SendCommand {
  const client = useSync();
  return useMemo<SendCommand>(
    () => (client ? (name, ...args) => client.send(name, ...args) : () => Promise.resolve(offline)),
    [client],
  );
}

type EnqueueCommand = <C extends CommandName>(name: C, input: CommandInput<C>, file?: Blob) => Promise<void>;

/** Durable commands: stored on the device first, then sent in order. */
export function useEnqueue(): EnqueueCommand {
  const client = useSync();
  return useMemo<EnqueueCommand>(
    () =>
      client
        ? (name, input, file) => client.enqueue(name, input, file)
        : async () => Promise.reject(new Error('not connected')),
    [client],
  );
}

/** The workshop as this page shows it: confirmed, with its pending commands on top. */
export function useOptimisticView(): OptimisticView {
  const state = useWorkshop((s) => s.state);
  const role = useWorkshop((s) => s.role);
  const table = useWorkshop((s) => s.table);
  const participantId = useWorkshop((s) => s.participantId);
  const entries = useOutbox((s) => s.entries);
  return useMemo(
    () => viewOf({ state, role, table, participantId }, entries, serverNow()),
    [state, role, table, participantId, entries],
  );
}
