import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OutboxEntry } from '@kafe/shared/outbox';
import type { CommandError } from '@kafe/shared/protocol';

/** This page's commands stored on the device and not yet acknowledged, as the UI reads them. */
export interface OutboxState {
  entries: readonly OutboxEntry[];
  /** The last command the server refused for good (a note deleted on another device, ideas switched off…), shown once. */
  rejected: { entry: OutboxEntry; error: CommandError } | null;
  /** Until the outbox is read back from the device, its count is unknown. */
  ready: boolean;
}

export type OutboxStoreApi = StoreApi<OutboxState>;

export const createOutboxStore = (): OutboxStoreApi =>
  createStore<OutboxState>(() => ({ entries: [], rejected: null, ready: false }));
