import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the sources of every workspace directly, so no build is needed for unit and integration runs.
const sharedSrc = fileURLToPath(new URL('./shared/src/', import.meta.url));
const alias = [{ find: /^@kafe\/shared\/(.*)$/, replacement: `${sharedSrc}$1.ts` }];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], env: { TZ: 'Europe/Oslo' } },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/pgGlobalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          env: { TZ: 'Europe/Oslo' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          env: { TZ: 'Europe/Oslo' },
        },
      },
    ],
  },
});
