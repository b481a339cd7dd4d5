import pg from 'pg';

export interface ListenHandlers {
  /** A notification's payload. */
  message(payload: string | undefined): void;
  /**
   * Listening (again): notifications sent while not listening are lost, so whoever relies on them looks at the store
   * once now (runtimes fetch what they miss).
   */
  connected(): void;
}

export interface Listening {
  close(): Promise<void>;
}

/** How long to wait before connecting again after the listening connection failed or was lost. */
const RETRY_MS = 1000;

/**
 * LISTEN on a connection of its own (a pooled one would be handed to others between queries), connecting again for
 * as long as it is open: a restarted database or a dropped connection costs a second of notices, which `connected`
 * makes up for.
 */
export function listenOn(connectionString: string, channel: string, handlers: ListenHandlers): Listening {
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString });
    client = c;
    c.on('notification', (n) => {
      if (n.channel === channel) handlers.message(n.payload);
    });
    c.on('error', (err) => {
      console.error('[cluster] the notice connection failed:', err.message);
      again(c);
    });
    c.on('end', () => again(c));
    try {
      await c.connect();
      await c.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch (err) {
      console.error('[cluster] could not listen for notices:', err instanceof Error ? err.message : err);
      again(c);
      return;
    }
    if (!closed && client === c) handlers.connected();
  };
  const again = (c: pg.Client): void => {
    if (closed || client !== c) return;
    client = null;
    c.end().catch(() => undefined);
    retry = setTimeout(() => void connect(), RETRY_MS);
    retry.unref();
  };
  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
