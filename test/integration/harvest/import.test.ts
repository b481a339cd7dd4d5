// POST /api/workshops/import: a JSON export becomes a new workshop with the same content; bad exports get a clear 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigWorkshop } from '../../bench/export.js';
import { KEY, asRole, join, startApp, type Harness } from '../harness.js';
import { filledWorkshop, type FilledWorkshop } from './workshop.js';
import { must } from '../../fixtures/must.js';
import { match } from '../../fixtures/match.js';

let h: Harness;
let f: FilledWorkshop;
let exported: Record<string, unknown> & {
  events: { seq: number; at: number; actor: unknown; event: { type: string } }[];
};
beforeAll(async () => {
  h = await startApp();
  f = await filledWorkshop(h.url);
  exported = await exportJson(f.w.id, f.w.facilitatorToken);
});
afterAll(async () => {
  f.close();
  await h.close();
});

async function exportText(id: string, token: string, format: string): Promise<string> {
  const res = await fetch(`${h.url}/api/workshops/${id}/export?format=${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return res.text();
}
const exportJson = async (id: string, token: string): Promise<typeof exported> =>
  JSON.parse(await exportText(id, token, 'json')) as typeof exported;
const importBody = (body: string, key: string | null = KEY) =>
  fetch(`${h.url}/api/workshops/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body,
  });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

describe('import of a JSON export', () => {
  it('makes a new workshop (new id, tokens, join code, links) whose re-export has the same content', async () => {
    const res = await importBody(JSON.stringify(exported));
    expect(res.status).toBe(201);
    const created = (await res.json()) as {
      id: string;
      joinCode: string;
      facilitatorToken: string;
      links: { facilitator: string; hosts: unknown[] };
    };
    expect(created.id).not.toBe(f.w.id);
    expect(created.joinCode).not.toBe(f.w.joinCode);
    expect(created.facilitatorToken).not.toBe(f.w.facilitatorToken);
    expect(created.links.facilitator).toBe(`${h.url}/facilitator#${created.facilitatorToken}`);
    expect(created.links.hosts).toHaveLength(10);

    const again = await exportJson(created.id, created.facilitatorToken);
    // Same definition and the very same events: seq, time, actor and payload. Only exportedAt and the report's
    // generatedAt (the moment of export) differ.
    expect(again.definition).toEqual(exported.definition);
    expect(again.events).toEqual(exported.events);
    const { generatedAt: _a, ...reportAgain } = again.report as Record<string, unknown>;
    const { generatedAt: _b, ...reportBefore } = exported.report as Record<string, unknown>;
    expect(reportAgain).toEqual(reportBefore);

    // The Markdown report says the same, bar the line with the time it was made.
    const strip = (md: string): string => md.replace(/^- \*\*Rapport laget:\*\*.*$/m, '');
    expect(strip(await exportText(created.id, created.facilitatorToken, 'md'))).toBe(
      strip(await exportText(f.w.id, f.w.facilitatorToken, 'md')),
    );
  });

  it('gives the new workshop working role links: its facilitator connects and sees the imported notes', async () => {
    const res = await importBody(JSON.stringify(exported));
    const created = (await res.json()) as { facilitatorToken: string };
    const fac = await join(h.url, asRole(created.facilitatorToken));
    expect(fac.w.workshopId).not.toBe(f.w.id);
    expect(fac.w.events.filter((e) => e.event.type === 'note.added')).toHaveLength(f.notes.length);
    fac.close();
  });

  it("the old workshop's tokens do not open the new one", async () => {
    const created = (await (await importBody(JSON.stringify(exported))).json()) as { id: string };
    const res = await fetch(`${h.url}/api/workshops/${created.id}/export?format=json`, {
      headers: { authorization: `Bearer ${f.w.facilitatorToken}` },
    });
    expect(res.status).toBe(403);
  });
});

describe('import of a big workshop', () => {
  it('2 000 notes go in with one transaction and come out the same (the full export)', async () => {
    const events = bigWorkshop();
    const first = must(events[0]).event;
    const body = {
      schema: 'kafedialog/workshop',
      version: 1,
      definition: first.type === 'workshop.created' ? first.definition : null,
      events,
    };
    const res = await importBody(JSON.stringify(body));
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; facilitatorToken: string };
    const again = JSON.parse(
      await exportText(created.id, created.facilitatorToken, 'json&personal=1'),
    ) as typeof exported;
    expect(again.events).toEqual(events);
    const csv = await exportText(created.id, created.facilitatorToken, 'csv');
    expect(csv.trim().split('\r\n')).toHaveLength(2001);
  });
});

describe('what import refuses', () => {
  it('without the organiser key: 401; with a wrong one: 403', async () => {
    expect((await importBody(JSON.stringify(exported), null)).status).toBe(401);
    expect((await importBody(JSON.stringify(exported), 'not-the-organiser-key')).status).toBe(403);
  });

  it('a body that is not JSON: 400', async () => {
    const res = await importBody('{"schema": "kafedialog/workshop", ');
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: 'bad_request', message: match.stringContaining('JSON') });
  });

  it('JSON that is not an export, or another schema: 400 saying so', async () => {
    let res = await importBody(JSON.stringify({ title: 'Kafédialog' }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('not a Kafédialog export');
    res = await importBody(JSON.stringify({ ...exported, schema: 'something/else' }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('something/else');
  });

  it('an export from a newer version: 400 telling the organiser to update the server', async () => {
    const res = await importBody(JSON.stringify({ ...exported, version: 2 }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(
      /newer Kafédialog \(format version 2\).*reads version 1.*Update the server/,
    );
  });

  it('an invalid event, a log that does not start with workshop.created, or events out of order: 400 naming the problem', async () => {
    const events = exported.events;
    const broken = events.map((e, i) =>
      e.event.type === 'note.added' && i === events.findIndex((x) => x.event.type === 'note.added')
        ? { ...e, event: { ...e.event, text: '' } }
        : e,
    );
    let res = await importBody(JSON.stringify({ ...exported, events: broken }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/events\.\d+\.event\.text: a note cannot be empty/);

    res = await importBody(JSON.stringify({ ...exported, events: events.slice(1) }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('first event must be workshop.created');

    res = await importBody(
      JSON.stringify({ ...exported, events: [events[0], events[2], events[1], ...events.slice(3)] }),
    );
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('out of order');

    res = await importBody(JSON.stringify({ ...exported, events: [] }));
    expect(res.status).toBe(400);
  });

  it('nothing is left behind by a refused import', async () => {
    const count = async (): Promise<number> =>
      Number((await h.db.query<{ n: number }>('select count(*)::int as n from workshops')).rows[0]?.n);
    const before = await count();
    await importBody(JSON.stringify({ ...exported, version: 2 }));
    await importBody(JSON.stringify({ ...exported, events: exported.events.slice(1) }));
    expect(await count()).toBe(before);
  });
});

describe('what import refuses in the log itself', () => {
  type Row = (typeof exported)['events'][number];
  const refusal = async (events: Row[]): Promise<string> => {
    const res = await importBody(JSON.stringify({ ...exported, events }));
    expect(res.status).toBe(400);
    return (await errorOf(res)).message;
  };
  const first = (type: string): number => exported.events.findIndex((e) => e.event.type === type);
  const replace = (i: number, row: Row): Row[] => exported.events.map((e, j) => (j === i ? row : e));

  it('a workshop.updated whose agenda is not valid, naming its position', async () => {
    const created = must(exported.events[0]).event as unknown as {
      definition: { questions: { id: string; text: string }[] };
    };
    const definition = {
      ...created.definition,
      questions: [...created.definition.questions, must(created.definition.questions[0])],
    };
    const last = must(exported.events.at(-1));
    const events = [
      ...exported.events,
      {
        seq: last.seq + 1,
        at: last.at,
        actor: { role: 'facilitator' },
        event: { type: 'workshop.updated', definition },
      },
    ];
    expect(await refusal(events)).toMatch(
      new RegExp(`events\\.${events.length - 1} \\(workshop\\.updated\\) is not valid: question ids must be unique`),
    );
  });

  it('a time before 2000 or more than a day ahead', async () => {
    const i = first('note.added');
    expect(await refusal(replace(i, { ...must(exported.events[i]), at: Date.UTC(1999, 11, 31) }))).toMatch(
      new RegExp(`events\\.${i} \\(note\\.added\\) has the time .* not between 2000-01-01 and a day from now`),
    );
    expect(await refusal(replace(i, { ...must(exported.events[i]), at: Date.now() + 2 * 86_400_000 }))).toContain(
      `events.${i} (note.added)`,
    );
    expect(await refusal(replace(0, { ...must(exported.events[0]), at: -1 }))).toContain('events.0 (workshop.created)');
  });

  it('a host of a table the workshop does not have', async () => {
    const i = first('summary.set');
    expect(await refusal(replace(i, { ...must(exported.events[i]), actor: { role: 'host', table: 11 } }))).toMatch(
      new RegExp(`events\\.${i} .*host of table 11.*10 tables`),
    );
  });

  it("a participant event done in another participant's name, or by a non-participant", async () => {
    const big = bigWorkshop();
    const bigCreated = must(big[0]).event;
    const definition = bigCreated.type === 'workshop.created' ? bigCreated.definition : null;
    const body = (events: unknown[]) =>
      JSON.stringify({ schema: 'kafedialog/workshop', version: 1, definition, events });
    const forge = async (type: string, actor: unknown): Promise<string> => {
      const i = big.findIndex((e) => e.event.type === type);
      const res = await importBody(body(big.map((e, j) => (j === i ? { ...e, actor } : e))));
      expect(res.status).toBe(400);
      const { message } = await errorOf(res);
      expect(message).toContain(`events.${i} (${type})`);
      return message;
    };
    expect(await forge('participant.joined', { role: 'participant', participantId: 'someone-else' })).toMatch(
      /participant\.joined for participant p0 must be done by that participant, not by participant someone-else/,
    );
    expect(await forge('participant.joined', { role: 'facilitator' })).toContain('not by the facilitator');
    expect(await forge('vote.cast', { role: 'participant', participantId: 'p1' })).toContain(
      'vote.cast for participant p0',
    );
    expect(await forge('evaluation.answered', { role: 'host', table: 1 })).toContain('not by the host of table 1');
  });

  it("a participant's idea from a host, a host note from a participant, and the organiser doing anything but creating", async () => {
    const i = first('note.added');
    const note = must(exported.events[i]);
    const asParticipant = { ...note, actor: { role: 'participant', participantId: 'p-forged' } };
    expect(await refusal(replace(i, asParticipant))).toMatch(
      new RegExp(`events\\.${i} \\(note\\.added\\).*source "host" cannot come from participant p-forged`),
    );
    const idea = { ...note, event: { ...note.event, source: 'participant' } };
    expect(await refusal(replace(i, idea))).toMatch(/source "participant" cannot come from the host of table/);
    expect(await refusal(replace(i, { ...note, actor: { role: 'organiser' } }))).toMatch(
      new RegExp(`events\\.${i} \\(note\\.added\\).*the organiser cannot do note\\.added`),
    );
  });
});
