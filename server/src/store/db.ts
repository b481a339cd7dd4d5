import type { ListenHandlers, Listening } from './pgListener.js';

/** The one thing the server asks of a database: SQL with parameters, and transactions. PGlite and PostgreSQL both fit. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

export interface Db extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
  /**
   * PostgreSQL only: notifications on `channel`, on a connection of its own (how processes on one database follow each
   * other, store/notices.ts). PGlite is one process and has none.
   */
  listen?(channel: string, handlers: ListenHandlers): Listening;
}
