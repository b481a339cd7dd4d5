// What a client sends in the first moments of a connection, before its welcome has arrived. socket.io-client buffers
// emits until the connection is up and then sends them at once, so they reach the server while it is still preparing
// the welcome (reading the store, recording a phone's join). They must be answered, not dropped without an ack.
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@kafe/shared/protocol';
import { createWorkshop, startApp, type Harness } from './harness.js';
import { testDatabaseUrl } from './pgUrl.js';

async function sendOnConnect(
  url: string,
  auth: Record<string, unknown>,
  name: string,
  payload: Record<string, unknown>,
): Promise<unknown> {
  const socket = io(url, {
    transports: ['websocket'],
    auth: { v: PROTOCOL_VERSION, ...auth },
    forceNew: true,
    reconnection: false,
  });
  try {
    return await socket
      .timeout(5000)
      .emitWithAck(name, { opId: randomUUID(), ...payload })
      .catch((err: unknown) => ({ noAck: err instanceof Error ? err.message : String(err) }));
  } finally {
    socket.disconnect();
  }
}

function earlyCommands(server: () => Harness): void {
  it("the facilitator's first command, sent on connect, is answered", async () => {
    const w = await createWorkshop(server().url);
    expect(
      await sendOnConnect(server().url, { token: w.facilitatorToken, lastSeq: 0 }, 'clock:start', {}),
    ).toMatchObject({ ok: true });
  });

  it("a phone's name, sent on connect, is answered", async () => {
    const w = await createWorkshop(server().url);
    const ack = await sendOnConnect(
      server().url,
      { joinCode: w.joinCode, participantKey: randomUUID() },
      'participant:name',
      { name: 'Ola' },
    );
    expect(ack).toMatchObject({ ok: true });
  });
}

describe('on PGlite', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startApp();
  });
  afterAll(async () => {
    await h.close();
  });
  earlyCommands(() => h);
});

// PostgreSQL answers over the network, so preparing the welcome yields to I/O and the early command arrives first.
describe.skipIf(!testDatabaseUrl())('on PostgreSQL', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startApp({ databaseUrl: testDatabaseUrl() });
  });
  afterAll(async () => {
    await h.close();
  });
  earlyCommands(() => h);
});
