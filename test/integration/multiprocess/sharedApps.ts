// Several apps on one PostgreSQL schema, in this test process: what several server processes on one database do,
// without the cost of building and spawning them (processes.test.ts does that, behind nginx).
import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../../server/src/app.js';
import type { Db } from '../../../server/src/store/db.js';
import { openStore } from '../../../server/src/store/open.js';
import { hashToken } from '../../../server/src/workshops/secrets.js';
import { freePort, KEY } from '../harness.js';
import { freshSchema, type TestSchema } from '../pgSchema.js';
import { testDatabaseUrl } from '../pgUrl.js';

export interface SharedApp {
  url: string;
  app: App;
  db: Db;
}

/** `count` apps on one fresh schema, each with its own pool, notice connection and socket.io server. */
export function useSharedApps(count: number): { apps: SharedApp[] } {
  const apps: SharedApp[] = [];
  let schema: TestSchema | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'kafe-mp-'));
  beforeAll(async () => {
    schema = await freshSchema(testDatabaseUrl());
    const url = schema.url;
    // Opened together on an empty schema: the migrations take turns under the advisory lock, and all start.
    const dbs = await Promise.all(Array.from({ length: count }, () => openStore({ databaseUrl: url, dataDir })));
    for (const db of dbs) {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const app = createApp({ db, publicUrl: base, organiserKeyHash: hashToken(KEY), clientDir: '/nonexistent' });
      await new Promise<void>((resolve) => app.http.listen(port, '127.0.0.1', () => resolve()));
      apps.push({ url: base, app, db });
    }
  });
  afterAll(async () => {
    for (const a of apps) {
      await a.app.close();
      await a.db.close();
    }
    await schema?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { apps };
}
