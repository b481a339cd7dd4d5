import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '@kafe/shared/commands';
import type { CommandResult } from '@kafe/shared/protocol';
import { MemoryOutboxStorage, Outbox, type OutboxEntry } from '@kafe/shared/outbox';

/** A server with the real idempotency rule: an opId is applied once; a repeat gets the original ack. */
class FakeServer {
  readonly applied: string[] = [];
  private readonly seqOf = new Map<string, number>();
  apply(opId: string): CommandResult {
    const seen = this.seqOf.get(opId);
    if (seen !== undefined) return { ok: true, data: { seq: seen, duplicate: true } };
    this.applied.push(opId);
    this.seqOf.set(opId, this.applied.length);
    return { ok: true, data: { seq: this.applied.length, duplicate: false } };
  }
}

/** What the network does to one send: delivers it, loses it on the way, loses the ack, or delivers it twice. */
type Fate = 'ok' | 'lostRequest' | 'lostAck' | 'twice';
const fate = fc.constantFrom<Fate>('ok', 'lostRequest', 'lostAck', 'twice');
const step = fc.oneof(
  fc.record({ kind: fc.constant('enqueue' as const) }),
  fc.record({ kind: fc.constant('flush' as const), fates: fc.array(fate, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant('reload' as const) }),
);

const opIdOf = (e: OutboxEntry): string => e.payload.opId;

describe('the offline outbox', () => {
  it('converges to exactly the server set, once each and in order, under lost requests, lost acks, duplicates and reloads', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
        const storage = new MemoryOutboxStorage();
        const server = new FakeServer();
        let box = new Outbox(storage, 'host:t', () => undefined);
        const made: string[] = [];
        let n = 0;
        const answer = (fates: Fate[], cmd: Command): CommandResult => {
          const opId = cmd.payload.opId;
          const f = fates.shift() ?? 'lostRequest';
          if (f === 'lostRequest') return { ok: false, error: { code: 'internal', message: 'no answer' } };
          const result = server.apply(opId);
          if (f === 'twice') server.apply(opId);
          return f === 'lostAck' ? { ok: false, error: { code: 'internal', message: 'no answer' } } : result;
        };
        const sender = (fates: Fate[]) => (cmd: Command) => Promise.resolve(answer(fates, cmd));
        for (const s of steps) {
          if (s.kind === 'enqueue') {
            const opId = `op-${n++}`;
            made.push(opId);
            await box.enqueue('note:add', opId, { noteId: opId, text: `note ${opId}` });
          } else if (s.kind === 'flush') {
            await box.flush(sender([...s.fates]));
          } else {
            // The tab is closed and reopened: a new outbox on the same storage.
            box = new Outbox(storage, 'host:t', () => undefined);
            await box.load();
          }
        }
        // The network comes back for good.
        const empty = await box.flush((cmd) => Promise.resolve(server.apply(cmd.payload.opId)));
        expect(empty).toBe(true);
        expect(box.pending).toEqual([]);
        expect(await storage.list('host:t')).toEqual([]);
        expect(server.applied).toEqual(made);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('keeps entries of another page scope apart', async () => {
    const storage = new MemoryOutboxStorage();
    const a = new Outbox(storage, 'host:a', () => undefined);
    const b = new Outbox(storage, 'host:b', () => undefined);
    await a.enqueue('note:add', 'x', { noteId: 'x', text: 'a' });
    await b.load();
    expect(b.pending).toEqual([]);
    const reopened = new Outbox(storage, 'host:a', () => undefined);
    await reopened.load();
    expect(reopened.pending.map(opIdOf)).toEqual(['x']);
  });

  it('drops a change the server refuses for good, reports it, and goes on with the next', async () => {
    const storage = new MemoryOutboxStorage();
    const rejected: string[] = [];
    const box = new Outbox(
      storage,
      's',
      () => undefined,
      (_e, error) => rejected.push(error.message),
    );
    await box.enqueue('note:edit', 'a', { noteId: 'a', text: 'x' });
    await box.enqueue('note:add', 'b', { noteId: 'b', text: 'y' });
    const sent: string[] = [];
    const empty = await box.flush(({ payload }) => {
      sent.push(payload.opId);
      return Promise.resolve<CommandResult>(
        payload.opId === 'a'
          ? { ok: false, error: { code: 'not_found', message: 'no such note' } }
          : { ok: true, data: {} },
      );
    });
    expect(empty).toBe(true);
    expect(sent).toEqual(['a', 'b']);
    expect(rejected).toEqual(['no such note']);
  });

  it('stops at a retryable failure and keeps the entry and everything after it', async () => {
    const box = new Outbox(new MemoryOutboxStorage(), 's', () => undefined);
    await box.enqueue('note:add', 'a', { noteId: 'a', text: 'x' });
    await box.enqueue('note:add', 'b', { noteId: 'b', text: 'y' });
    const empty = await box.flush(() =>
      Promise.resolve<CommandResult>({ ok: false, error: { code: 'rate_limited', message: 'slow down' } }),
    );
    expect(empty).toBe(false);
    expect(box.pending.map(opIdOf)).toEqual(['a', 'b']);
  });
});
