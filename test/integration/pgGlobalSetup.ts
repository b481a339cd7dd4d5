// vitest globalSetup of the integration project: the PostgreSQL suites run against a temporary cluster of their own
// (pgCluster.ts), given to every test file as DATABASE_URL. A DATABASE_URL set by the user is used as it is instead.
// Without PostgreSQL installed the suites that need it skip (scripts/setup-test-system.mjs installs it for
// `npm test` and CI).
import { postgresBin, startCluster, type TestCluster } from './pgCluster.js';

let cluster: TestCluster | null = null;

export async function setup(): Promise<void> {
  if (process.env.DATABASE_URL || !postgresBin()) return;
  cluster = await startCluster();
  process.env.DATABASE_URL = cluster.url;
}

export function teardown(): void {
  cluster?.stop();
}
