import { openDB, type IDBPDatabase } from 'idb';
import type { WorkshopStore, WorkshopStoreApi } from './workshopStore';

const DB = 'kafedialog-last-known';
const STORE = 'workshops';
const SAVE_AFTER_MS = 1500;
/**
 * Which build wrote a row: this module's URL carries its chunk's content hash, which changes with the code it
 * imports (the reducer, the state's shape). A row from another build is not drawn; the server's answer replaces it.
 */
const BUILD = import.meta.url;

/** What a page needs to draw itself before the server answers: the confirmed workshop, and who this page is. */
type Kept = Pick<WorkshopStore, 'workshopId' | 'role' | 'table' | 'participantId' | 'joinCode' | 'joinUrl' | 'state'>;
interface Row extends Kept {
  build: string;
}

/**
 * Keeps the page's last confirmed workshop on the device, per outbox scope, and draws it at start until the server
 * answers: a table host's tablet reloaded with no network opens with its round, its notes and the ones still waiting
 * in the outbox, instead of "Loading…". It is the server's own state (events up to `state.seq`), so the handshake
 * then asks only for what came after. A refused link (fatal) forgets it.
 */
export function keepLastKnownState(store: WorkshopStoreApi, scope: string): () => void {
  let timer = 0;
  let stopped = false;
  const db: Promise<IDBPDatabase | null> = openDB(DB, 1, {
    upgrade: (d) => void d.createObjectStore(STORE),
  }).catch(() => null);

  void db.then(async (d) => {
    const row: unknown = await d?.get(STORE, scope).catch(() => undefined);
    // Only into a page the server has not answered yet; never over a live welcome.
    if (stopped || store.getState().workshopId !== null || !isRow(row)) return;
    const { build: _build, ...kept } = row;
    store.setState(kept);
  });

  const save = (): void => {
    window.clearTimeout(timer);
    const s = store.getState();
    if (s.connection !== 'online' || s.workshopId === null) return;
    const row: Row = {
      build: BUILD,
      workshopId: s.workshopId,
      role: s.role,
      table: s.table,
      participantId: s.participantId,
      joinCode: s.joinCode,
      joinUrl: s.joinUrl,
      state: s.state,
    };
    void db.then((d) => d?.put(STORE, row, scope)).catch(() => undefined);
  };
  const unsubscribe = store.subscribe((s, before) => {
    if (s.fatal && !before.fatal) {
      window.clearTimeout(timer);
      void db.then((d) => d?.delete(STORE, scope)).catch(() => undefined);
      return;
    }
    if (s.connection === 'online' && (s.state !== before.state || before.connection !== 'online')) {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, SAVE_AFTER_MS);
    }
  });
  window.addEventListener('pagehide', save);
  return () => {
    stopped = true;
    unsubscribe();
    window.removeEventListener('pagehide', save);
    save();
  };
}

/** A row this build wrote, with a workshop in it. */
function isRow(v: unknown): v is Row {
  return (
    typeof v === 'object' &&
    v !== null &&
    'build' in v &&
    v.build === BUILD &&
    'workshopId' in v &&
    typeof v.workshopId === 'string' &&
    'state' in v &&
    typeof v.state === 'object' &&
    v.state !== null &&
    'definition' in v.state &&
    typeof v.state.definition === 'object'
  );
}
