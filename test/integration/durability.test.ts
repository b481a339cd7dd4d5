// kill -9 in the middle of a stream of commands: every acknowledged event is there after a restart, exactly once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandResult } from '@kafe/shared/protocol';
import { buildServer, ServerProcess } from '../e2e/serverProcess.js';
import { KEY, WAIT_MS, asRole, createWorkshop, join as joinAs, send, type Client } from './harness.js';
import { must } from '../fixtures/must.js';

let server: ServerProcess | undefined;
const opened: Client[] = [];

beforeAll(buildServer, 240_000);

afterAll(async () => {
  for (const c of opened) c.close();
  await server?.stop();
});

interface Sent {
  opId: string;
  name: string;
  payload: Record<string, unknown>;
  seq?: number;
  answered?: boolean;
}

describe('kill -9', () => {
  it('every event acknowledged before kill -9 is there after the restart, exactly once, with contiguous seqs', async () => {
    server = await ServerProcess.start({ organiserKey: KEY });
    const url = server.base;
    const w = await createWorkshop(url);
    const facilitator = await joinAs(url, asRole(w.facilitatorToken));
    opened.push(facilitator);
    expect(await send(facilitator.socket, 'clock:start')).toMatchObject({ ok: true });

    // A steady stream: every ack sends the next command, so some are always in flight. The server is killed when the
    // 15th is acknowledged; the stream goes on until the process is gone.
    const sent: Sent[] = [];
    let acked = 0;
    let dead = false;
    const next = (i: number): Sent =>
      i % 5 === 4
        ? { opId: randomUUID(), name: 'clock:adjust', payload: { deltaMs: 1000 } }
        : {
            opId: randomUUID(),
            name: 'note:add',
            payload: { noteId: randomUUID(), text: `notat ${i}`, table: 1 + (i % 10) },
          };
    const killed = new Promise<void>((resolve) => {
      const fire = (): void => {
        if (dead || sent.length >= 200) return;
        const cmd = next(sent.length);
        sent.push(cmd);
        facilitator.socket.emit(cmd.name, { opId: cmd.opId, ...cmd.payload }, (ack: CommandResult<{ seq: number }>) => {
          cmd.answered = true;
          if (ack.ok) cmd.seq = ack.data.seq;
          if (ack.ok && ++acked === 15) {
            void must(server)
              .kill('SIGKILL')
              .then(() => {
                dead = true;
                resolve();
              });
          }
          fire();
        });
      };
      for (let i = 0; i < 8; i++) fire();
    });
    await killed;
    facilitator.close();
    const acknowledged = sent.filter((c) => c.seq !== undefined);
    expect(acknowledged.length).toBeGreaterThanOrEqual(15);
    expect(
      sent.some((c) => !c.answered),
      'commands were in flight when the server died',
    ).toBe(true);

    await server.spawn(); // the same data directory and port, after kill -9
    const again = await joinAs(url, asRole(w.facilitatorToken, 0));
    opened.push(again);
    const log = again.w.events;

    // No gaps, no duplicates.
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    const noteIds = log.flatMap((e) => (e.event.type === 'note.added' ? [e.event.noteId] : []));
    expect(new Set(noteIds).size).toBe(noteIds.length);
    // Every acknowledged command is at the seq its ack named.
    for (const cmd of acknowledged) {
      const e = log[must(cmd.seq) - 1];
      if (cmd.name === 'note:add')
        expect(e?.event, `${cmd.name} → seq ${cmd.seq}`).toMatchObject({
          type: 'note.added',
          noteId: cmd.payload.noteId,
        });
      else expect(e?.event, `${cmd.name} → seq ${cmd.seq}`).toEqual({ type: 'clock.adjusted', deltaMs: 1000 });
    }
    // Nothing in the log that was never sent.
    const sentNoteIds = new Set(sent.map((c) => c.payload.noteId).filter(Boolean));
    for (const id of noteIds) expect(sentNoteIds.has(id)).toBe(true);

    // A client retrying an acknowledged command after the restart gets the original seq, and nothing is appended.
    const retry = must(acknowledged[acknowledged.length - 1]);
    expect(await again.socket.timeout(WAIT_MS).emitWithAck(retry.name, { opId: retry.opId, ...retry.payload })).toEqual(
      {
        ok: true,
        data: { seq: retry.seq, duplicate: true },
      },
    );
    const marker = await send(again.socket, 'host:name', { table: 1, name: 'Rita' });
    expect(marker).toMatchObject({ ok: true, data: { seq: log.length + 1, duplicate: false } });

    // A command that was in flight but never acknowledged can be retried too: it lands once, whether or not it was saved.
    const lost = sent.find((c) => !c.answered && c.name === 'note:add');
    if (!lost) throw new Error('expected an unanswered note among the commands in flight');
    const ack = (await again.socket
      .timeout(WAIT_MS)
      .emitWithAck(lost.name, { opId: lost.opId, ...lost.payload })) as CommandResult<{ seq: number }>;
    expect(ack.ok).toBe(true);
    const fresh = await joinAs(url, asRole(w.facilitatorToken, 0));
    opened.push(fresh);
    expect(
      fresh.w.events.filter((e) => e.event.type === 'note.added' && e.event.noteId === lost.payload.noteId),
    ).toHaveLength(1);
  }, 180_000);
});
