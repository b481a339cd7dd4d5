import type { Db } from './db.js';
import { EventStore } from './eventStore.js';
import { PhotoRows } from './photoRows.js';
import { SettingsRows } from './settingsRows.js';
import { TemplateRows } from './templateRows.js';
import { TokenRows } from './tokenRows.js';
import { WorkshopRows } from './workshopRows.js';

/**
 * Every store module over one database. All of the server's SQL is in store/: the rest asks these for what it needs
 * by name (a token by its hash, a workshop's join code) and never sees the Db.
 */
export interface Stores {
  kind: Db['kind'];
  /** Resolves when the database answers (GET /healthz). */
  ping(): Promise<void>;
  events: EventStore;
  workshops: WorkshopRows;
  tokens: TokenRows;
  templates: TemplateRows;
  photos: PhotoRows;
  settings: SettingsRows;
}

export function storesOn(db: Db): Stores {
  return {
    kind: db.kind,
    ping: async () => {
      await db.query('select 1');
    },
    // On PostgreSQL other processes may serve the same workshops: every append is announced to them.
    events: new EventStore(db, { announce: db.kind === 'postgres' }),
    workshops: new WorkshopRows(db),
    tokens: new TokenRows(db),
    templates: new TemplateRows(db),
    photos: new PhotoRows(db),
    settings: new SettingsRows(db),
  };
}
