// One character must not poison a commit: NUL and broken surrogates are refused at the schema, and should the store
// still refuse a command's data (SQLSTATE class 22), only that command is refused; the others in its group commit
// land and the workshop keeps running.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@kafe/shared/events';
import type { Db, Queryable } from '../../../server/src/store/db.js';
import { EventStore } from '../../../server/src/store/eventStore.js';
import { WorkshopRuntime } from '../../../server/src/workshops/runtime.js';
import { asParticipant, asRole, createWorkshop, join, roleTokens, useApp } from '../harness.js';

const h = useApp();
const { opened } = h;

describe('text the store cannot hold', () => {
  it("a note, summary, name or message with NUL or a lone surrogate is refused bad_request; the host's next note lands", async () => {
    const w = await createWorkshop(h.url, { title: 'Kafé', settings: { ideas: 'open' } });
    const t = roleTokens(w);
    const [host, phone, facilitator] = await Promise.all([
      join(h.url, asRole(t.host(1))),
      join(h.url, asParticipant(w.joinCode)),
      join(h.url, asRole(t.facilitator)),
    ]);
    opened.push(host, phone, facilitator);
    const refused = await Promise.all([
      host.send('note:add', { noteId: randomUUID(), text: 'før\u0000etter' }),
      host.send('summary:set', { round: 1, text: 'halv \ud83d' }),
      phone.send('participant:name', { name: 'Kari\u0000' }),
      facilitator.send('message:show', { messageId: randomUUID(), text: '\udc00' }),
    ]);
    expect(refused.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'bad_request',
      'bad_request',
      'bad_request',
      'bad_request',
    ]);
    const fine = await host.send('note:add', { noteId: randomUUID(), text: 'Tillit gir handlingsrom' });
    expect(fine.ok).toBe(true);
    const runtime = await h.app.ctx.registry.get(w.id);
    expect(Object.values(runtime?.state.notes ?? {}).map((n) => n.text)).toEqual(['Tillit gir handlingsrom']);
  });

  it("a data error from the store refuses only its command: the group commit's other commands land, the runtime stays", async () => {
    const w = await createWorkshop(h.url);
    // A store that turns the marker into NUL at the last moment, as a gap in the schemas would let through: PostgreSQL
    // (here PGlite) itself refuses the insert with SQLSTATE 22P05.
    const poisoned: Db = {
      ...h.db,
      transaction: (fn) => h.db.transaction((tx) => fn(poisonQueries(tx))),
    };
    const runtime = await WorkshopRuntime.load(
      w.id,
      new EventStore(poisoned),
      () => undefined,
      () => {
        throw new Error('the runtime was marked broken');
      },
    );
    const host: Actor = { role: 'host', table: 1 };
    const note = (text: string) => () => ({
      ok: true as const,
      event: {
        type: 'note.added' as const,
        noteId: randomUUID(),
        table: 1,
        questionId: 'q1',
        round: 1,
        text,
        source: 'host' as const,
      },
    });
    // The first starts a commit at once; the three behind it queue meanwhile and share the next group commit.
    const results = await Promise.all(
      ['Null', 'Første', 'POISON', 'Tredje'].map((text) => runtime.run(randomUUID(), host, note(text))),
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'ok', 'bad_request', 'ok']);
    expect((await runtime.run(randomUUID(), host, note('Fjerde'))).ok).toBe(true);
    const texts = (await h.app.ctx.store.readSince(w.id)).flatMap((e) =>
      e.event.type === 'note.added' ? [e.event.text] : [],
    );
    expect(texts).toEqual(['Null', 'Første', 'Tredje', 'Fjerde']);
  });
});

function poisonQueries(tx: Queryable): Queryable {
  return {
    query: (sql, params) =>
      tx.query(
        sql,
        params?.map((p) => (typeof p === 'string' && p.includes('POISON') ? p.replace('POISON', '\\u0000') : p)),
      ),
  };
}
