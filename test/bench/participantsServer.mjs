// The built server (server/dist) in a child process that can report its own memory, for bench/participants.ts:
// the heap is only visible from inside the process. Started with --expose-gc, so each reading follows a full GC.
// argv[2]: JSON {port, dataDir, organiserKey}. IPC: sends {ready: true}; answers 'memory' with {memory}.
import { fileURLToPath } from 'node:url';
import { createApp } from '../../server/dist/app.js';
import { openStore } from '../../server/dist/store/open.js';
import { hashToken } from '../../server/dist/workshops/secrets.js';

const { port, dataDir, organiserKey } = JSON.parse(process.argv[2] ?? '{}');
const db = await openStore({ dataDir, databaseUrl: undefined });
const publicUrl = `http://127.0.0.1:${port}`;
const clientDir = fileURLToPath(new URL('../../client/dist', import.meta.url));
const app = createApp({ db, publicUrl, organiserKeyHash: hashToken(organiserKey), clientDir });
await new Promise((resolve, reject) => {
  app.http.once('error', reject);
  app.http.listen(port, '127.0.0.1', resolve);
});
process.on('message', (m) => {
  if (m !== 'memory') return;
  globalThis.gc?.();
  process.send?.({ memory: process.memoryUsage() });
});
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });
