import { createStore, type StoreApi } from 'zustand/vanilla';
import type { VisibleEvent } from '@kafe/shared/events';
import type { Presence, ThemesMessage, Welcome, WorkshopLinks } from '@kafe/shared/protocol';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import type { WorkshopState } from '@kafe/shared/state';
import { lastSeqOf, stepFor } from '@kafe/shared/stream';
import type { Theme } from '@kafe/shared/themes/index';

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'error';

export interface WorkshopStore {
  connection: ConnectionState;
  /** A refusal that retrying will not fix (bad link, wrong code): shown instead of the page. */
  fatal: { code: string; message: string } | null;
  workshopId: string | null;
  role: Welcome['role'] | null;
  table: number | null;
  participantId: string | null;
  joinCode: string | null;
  joinUrl: string | null;
  links: WorkshopLinks | null;
  presence: Presence | null;
  state: WorkshopState;
  /** Live themes per question id, as the server last computed them (facilitator and screen only). */
  themes: Record<string, Theme[]>;
}

export const initialStore = (): WorkshopStore => ({
  connection: 'connecting',
  fatal: null,
  workshopId: null,
  role: null,
  table: null,
  participantId: null,
  joinCode: null,
  joinUrl: null,
  links: null,
  presence: null,
  state: emptyState(),
  themes: {},
});

/** The page's copy of its workshop, fed by its SyncClient outside React; components select small slices (hooks.ts). */
export type WorkshopStoreApi = StoreApi<WorkshopStore>;

export const createWorkshopStore = (): WorkshopStoreApi => createStore<WorkshopStore>(() => initialStore());

/** Applies events strictly in order: a duplicate is dropped, a gap is reported so the caller can resync. */
export function applyInOrder(
  state: WorkshopState,
  events: readonly VisibleEvent[],
): { state: WorkshopState; gap: boolean } {
  // Pick the events to apply first (seq bookkeeping only), then apply them in one run: a backlog of 2,000 notes
  // costs one copy of the notes, not 2,000.
  let lastSeq = state.seq;
  const run: VisibleEvent[] = [];
  for (const e of events) {
    const step = stepFor(lastSeq, e);
    if (step.kind === 'skip') continue;
    if (step.kind === 'gap') return { state: applyAll(state, run), gap: true };
    run.push(e);
    lastSeq = lastSeqOf(e);
  }
  return { state: run.length ? applyAll(state, run) : state, gap: false };
}

/** Applies a welcome; false: it left a gap, and the caller resyncs. */
export function receiveWelcome(store: WorkshopStoreApi, w: Welcome): boolean {
  const current = store.getState();
  // A different workshop, or a server that is behind us (restored from an older backup): start over from its log.
  const base = w.reset || current.workshopId !== w.workshopId ? emptyState() : current.state;
  const { state, gap } = applyInOrder(base, w.events);
  store.setState({
    connection: 'online',
    fatal: null,
    workshopId: w.workshopId,
    role: w.role,
    table: w.table,
    participantId: w.participantId,
    joinCode: w.joinCode,
    joinUrl: w.joinUrl,
    links: w.links ?? current.links,
    state,
  });
  return !gap;
}

/** Applies live events; false: they left a gap, and the caller resyncs. */
export function receiveEvents(store: WorkshopStoreApi, events: readonly VisibleEvent[]): boolean {
  const { state, gap } = applyInOrder(store.getState().state, events);
  store.setState({ state });
  return !gap;
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isTheme = (v: unknown): v is Theme =>
  typeof v === 'object' &&
  v !== null &&
  'key' in v &&
  typeof v.key === 'string' &&
  'label' in v &&
  typeof v.label === 'string' &&
  'terms' in v &&
  isStrings(v.terms) &&
  'noteIds' in v &&
  isStrings(v.noteIds) &&
  'representativeNoteIds' in v &&
  isStrings(v.representativeNoteIds);

/** A question's new themes; a malformed message is dropped (the next recompute sends them again). */
export function receiveThemes(store: WorkshopStoreApi, message: ThemesMessage): void {
  const { questionId, themes }: { questionId: unknown; themes: unknown } = message;
  if (typeof questionId !== 'string' || !Array.isArray(themes) || !themes.every(isTheme)) return;
  store.setState((s) => ({ themes: { ...s.themes, [questionId]: themes } }));
}
