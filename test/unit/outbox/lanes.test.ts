// The outbox's lanes: a flip-chart photo that is slow or keeps failing holds back no note, a photo's removal never
// overtakes its upload, and a photo refused for good is dropped, not retried forever.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '@kafe/shared/commands';
import type { CommandResult } from '@kafe/shared/protocol';
import { MemoryOutboxStorage, Outbox, type OutboxEntry, type OutboxFile } from '@kafe/shared/outbox';

const PHOTO: OutboxFile = { size: 300_000, type: 'image/jpeg' };
const ok: CommandResult = { ok: true, data: {} };
const unreachable: CommandResult = { ok: false, error: { code: 'internal', message: 'the server answered 503' } };
const opIdOf = (e: Command): string => e.payload.opId;

async function addNote(box: Outbox, opId: string): Promise<void> {
  await box.enqueue('note:add', opId, { noteId: opId, text: `note ${opId}` });
}

async function addPhoto(box: Outbox, opId: string, photoId: string): Promise<void> {
  const facts = { photoId, round: 1, mime: 'image/jpeg' as const, width: 1600, height: 1200, bytes: PHOTO.size };
  await box.enqueue('photo:add', opId, facts, 0, PHOTO);
}

const removePhoto = (box: Outbox, opId: string, photoId: string) => box.enqueue('photo:remove', opId, { photoId });

describe('the outbox lanes', () => {
  it('a photo whose upload keeps failing holds back none of the notes typed after it, and is sent once later', async () => {
    const box = new Outbox(new MemoryOutboxStorage(), 'host:t', () => undefined);
    await addPhoto(box, 'photo', 'p1');
    await addNote(box, 'n1');
    await addNote(box, 'n2');
    const sent: string[] = [];
    const empty = await box.flush((e) => {
      sent.push(opIdOf(e));
      return Promise.resolve(e.name === 'photo:add' ? unreachable : ok);
    });
    expect(empty).toBe(false);
    // The lanes run side by side: the photo is tried once, and the notes go in their own order.
    expect(sent.filter((op) => op !== 'photo')).toEqual(['n1', 'n2']);
    expect(sent.filter((op) => op === 'photo')).toHaveLength(1);
    expect(box.pending.map(opIdOf)).toEqual(['photo']);

    const later: string[] = [];
    expect(await box.flush((e) => (later.push(opIdOf(e)), Promise.resolve(ok)))).toBe(true);
    expect(later).toEqual(['photo']);
    expect(box.pending).toEqual([]);
  });

  it('notes are sent while a photo is still uploading, in the order they were typed', async () => {
    const box = new Outbox(new MemoryOutboxStorage(), 'host:t', () => undefined);
    await addPhoto(box, 'photo', 'p1');
    await addNote(box, 'n1');
    await addNote(box, 'n2');
    let finishUpload: (r: CommandResult) => void = () => undefined;
    const notes: string[] = [];
    const flushed = box.flush((e) => {
      if (e.name === 'photo:add') return new Promise<CommandResult>((resolve) => (finishUpload = resolve));
      notes.push(opIdOf(e));
      return Promise.resolve(ok);
    });
    // The notes' lane empties on its own while the upload is still open.
    await box.flush(() => Promise.resolve(ok), 'commands');
    expect(notes).toEqual(['n1', 'n2']);
    expect(box.pending.map(opIdOf)).toEqual(['photo']);
    finishUpload(ok);
    expect(await flushed).toBe(true);
    expect(box.pending).toEqual([]);
  });

  it('a photo’s removal waits for its upload, even while notes overtake both', async () => {
    const box = new Outbox(new MemoryOutboxStorage(), 'host:t', () => undefined);
    await addPhoto(box, 'add', 'p1');
    await addNote(box, 'n1');
    await removePhoto(box, 'remove', 'p1');
    await addNote(box, 'n2');
    const sent: string[] = [];
    await box.flush((e) => (sent.push(opIdOf(e)), Promise.resolve(e.name === 'photo:add' ? unreachable : ok)));
    expect(sent.filter((op) => op.startsWith('n'))).toEqual(['n1', 'n2']);
    expect(sent).not.toContain('remove');
    expect(box.pending.map(opIdOf)).toEqual(['add', 'remove']);
    sent.length = 0;
    await box.flush((e) => (sent.push(opIdOf(e)), Promise.resolve(ok)));
    expect(sent).toEqual(['add', 'remove']);
  });

  it('a photo refused for good is dropped with its queued removal, reported once, and never sent again', async () => {
    const storage = new MemoryOutboxStorage();
    const refused: string[] = [];
    const box = new Outbox(
      storage,
      'host:t',
      () => undefined,
      (e, error) => refused.push(`${e.name}: ${error.message}`),
    );
    await addPhoto(box, 'add', 'p1');
    await removePhoto(box, 'remove', 'p1');
    await addPhoto(box, 'next', 'p2');
    await addNote(box, 'n1');
    const sent: string[] = [];
    const empty = await box.flush((e) => {
      sent.push(opIdOf(e));
      return Promise.resolve<CommandResult>(
        opIdOf(e) === 'add' ? { ok: false, error: { code: 'bad_request', message: 'this image is incomplete' } } : ok,
      );
    });
    expect(empty).toBe(true);
    expect(sent.sort()).toEqual(['add', 'n1', 'next']);
    expect(refused).toEqual(['photo:add: this image is incomplete']);
    expect(await storage.list('host:t')).toEqual([]);
  });

  it('a stuck photo survives a reload in its lane, and still lets the notes after it through', async () => {
    const storage = new MemoryOutboxStorage();
    const first = new Outbox(storage, 'host:t', () => undefined);
    await addPhoto(first, 'photo', 'p1');
    await addNote(first, 'n1');
    const reloaded = new Outbox(storage, 'host:t', () => undefined);
    await reloaded.load();
    expect(reloaded.pending.map((e) => [opIdOf(e), e.file])).toEqual([
      ['photo', PHOTO],
      ['n1', undefined],
    ]);
    const sent: string[] = [];
    await reloaded.flush((e) => (sent.push(opIdOf(e)), Promise.resolve(e.name === 'photo:add' ? unreachable : ok)));
    expect(sent.sort()).toEqual(['n1', 'photo']);
    expect((await storage.list('host:t')).map(opIdOf)).toEqual(['photo']);
  });
});

/** A server with the real rules that matter here: an opId is applied once, and a photo is removed only once added. */
class FakeServer {
  readonly applied: string[] = [];
  readonly photos = new Set<string>();
  private readonly seen = new Set<string>();
  apply(cmd: Command): CommandResult {
    const opId = cmd.payload.opId;
    if (this.seen.has(opId)) return { ok: true, data: { duplicate: true } };
    if (cmd.name === 'photo:remove' && !this.photos.has(cmd.payload.photoId))
      return { ok: false, error: { code: 'not_found', message: 'no such photo' } };
    if (cmd.name === 'photo:add') this.photos.add(cmd.payload.photoId);
    this.seen.add(opId);
    this.applied.push(opId);
    return { ok: true, data: {} };
  }
}

type Fate = 'ok' | 'lostRequest' | 'lostAck' | 'photoDown';
const step = fc.oneof(
  fc.constant({ kind: 'note' as const }),
  fc.constant({ kind: 'photo' as const }),
  fc.constant({ kind: 'removeLastPhoto' as const }),
  fc.record({
    kind: fc.constant('flush' as const),
    fates: fc.array(fc.constantFrom<Fate>('ok', 'lostRequest', 'lostAck', 'photoDown'), { maxLength: 8 }),
  }),
  fc.constant({ kind: 'reload' as const }),
);

describe('the outbox lanes under a flaky network', () => {
  it('every command arrives exactly once, notes in order, each photo’s removal after its upload, across reloads', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
        const storage = new MemoryOutboxStorage();
        const server = new FakeServer();
        const refused: string[] = [];
        const open = () =>
          new Outbox(
            storage,
            'host:t',
            () => undefined,
            (e) => refused.push(opIdOf(e)),
          );
        let box = open();
        const notes: string[] = [];
        const made: string[] = [];
        let n = 0;
        let lastPhoto: string | null = null;
        const answer = (fates: Fate[], cmd: OutboxEntry): CommandResult => {
          const f = fates.shift() ?? 'lostRequest';
          // The photo endpoint is down (a 503) while the socket works: only uploads fail.
          if (f === 'lostRequest' || (f === 'photoDown' && cmd.file)) return unreachable;
          const result = server.apply(cmd);
          return f === 'lostAck' ? unreachable : result;
        };
        for (const s of steps) {
          const opId = `op-${n++}`;
          if (s.kind === 'note') {
            notes.push(opId);
            made.push(opId);
            await addNote(box, opId);
          } else if (s.kind === 'photo') {
            lastPhoto = `photo-${opId}`;
            made.push(opId);
            await addPhoto(box, opId, lastPhoto);
          } else if (s.kind === 'removeLastPhoto' && lastPhoto) {
            made.push(opId);
            await removePhoto(box, opId, lastPhoto);
            lastPhoto = null;
          } else if (s.kind === 'flush') {
            const fates = [...s.fates];
            await box.flush((cmd) => Promise.resolve(answer(fates, cmd)));
          } else if (s.kind === 'reload') {
            box = open();
            await box.load();
          }
        }
        expect(await box.flush((cmd) => Promise.resolve(server.apply(cmd)))).toBe(true);
        expect(refused).toEqual([]);
        expect([...server.applied].sort()).toEqual([...made].sort());
        expect(server.applied.filter((op) => notes.includes(op))).toEqual(notes);
        expect(await storage.list('host:t')).toEqual([]);
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
