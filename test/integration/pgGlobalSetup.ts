// vitest globalSetup of the integration project: the PostgreSQL suites run against a temporary cluster of their own
// (pgCluster.ts), handed to test files through vitest's provide/inject (pgUrl.ts), never through the environment:
// servers the other suites spawn inherit the environment and must keep their embedded PGlite. A DATABASE_URL set by
// the user is used instead of a temporary cluster. Without PostgreSQL installed, the suites that need it skip
// (scripts/setup-test-system.mjs installs it for `npm test` and CI).
import type { TestProject } from 'vitest/node';
import { postgresBin, startCluster, type TestCluster } from './pgCluster.js';

let cluster: TestCluster | null = null;

export async function setup(project: TestProject): Promise<void> {
  if (!process.env.DATABASE_URL && postgresBin()) cluster = await startCluster();
  project.provide('databaseUrl', process.env.DATABASE_URL ?? cluster?.url ?? '');
}

export function teardown(): void {
  cluster?.stop();
}
