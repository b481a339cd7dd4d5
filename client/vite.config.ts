import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const sharedSrc = fileURLToPath(new URL('../shared/src/', import.meta.url));
const serviceWorkerSource = fileURLToPath(new URL('./sw/serviceWorker.js', import.meta.url));

/**
 * Writes dist/sw.js from client/sw/serviceWorker.js once the build is on disk: its version is a hash of the built
 * files' names (content-hashed, so a new build is a new version and old caches go), its entry list the files
 * index.html loads.
 */
function serviceWorkerPlugin(): Plugin {
  return {
    name: 'kafe-service-worker',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      const entry = [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]))];
      const names = Object.keys(bundle).sort().join('\n');
      const version = createHash('sha256').update(names).digest('hex').slice(0, 16);
      const source = readFileSync(serviceWorkerSource, 'utf8')
        .replace('__KAFE_VERSION__', version)
        .replace("'__KAFE_ENTRY__'", JSON.stringify(entry));
      writeFileSync(join(dir, 'sw.js'), source);
    },
  };
}

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin()],
  // The client imports shared's TypeScript sources directly: one copy of the domain, no build step in between.
  resolve: { alias: [{ find: /^@kafe\/shared\/(.*)$/, replacement: `${sharedSrc}$1.ts` }] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
  server: {
    port: 5173,
    proxy: {
      '/socket.io': { target: 'http://localhost:3000', ws: true },
      '/api': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
    },
  },
});
