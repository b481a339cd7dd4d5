// The PostgreSQL the integration suites may use (pgGlobalSetup.ts): '' when there is none, and those suites skip.
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export const testDatabaseUrl = (): string => inject('databaseUrl');
