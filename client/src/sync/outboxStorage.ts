import { openDB, type IDBPDatabase } from 'idb';
import { MemoryOutboxStorage, type OutboxEntry, type OutboxStorage } from '@kafe/shared/outbox';

const DB = 'kafedialog';
const STORE = 'outbox';

/**
 * The outbox in IndexedDB with strict durability: a write resolves only once the browser has flushed it to disk, so
 * a note typed offline survives the tab closing, a crash, or the tablet's battery dying.
 */
export class IndexedDbOutboxStorage implements OutboxStorage {
  private constructor(private readonly db: IDBPDatabase) {}

  static async open(): Promise<OutboxStorage> {
    try {
      const db = await openDB(DB, 1, {
        upgrade(d) {
          const store = d.createObjectStore(STORE, { keyPath: 'key', autoIncrement: true });
          store.createIndex('scope', 'scope');
        },
      });
      return new IndexedDbOutboxStorage(db);
    } catch {
      return new MemoryOutboxStorage();
    }
  }

  async add(entry: OutboxEntry): Promise<number> {
    const tx = this.db.transaction(STORE, 'readwrite', { durability: 'strict' });
    const { key: _unset, ...row } = entry;
    const key = await tx.store.add(row);
    await tx.done;
    return Number(key);
  }

  async list(scope: string): Promise<OutboxEntry[]> {
    const rows: unknown[] = await this.db.getAllFromIndex(STORE, 'scope', scope);
    return rows.filter(isEntry).sort((a, b) => (a.key ?? 0) - (b.key ?? 0));
  }

  async remove(key: number): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite', { durability: 'strict' });
    await tx.store.delete(key);
    await tx.done;
  }
}

function isEntry(v: unknown): v is OutboxEntry {
  return typeof v === 'object' && v !== null && 'opId' in v && 'name' in v && 'payload' in v && 'scope' in v;
}
