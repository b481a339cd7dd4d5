// Every export is pseudonymous unless the facilitator asks for the full one: no participant's name in any format, no
// one's own ballot or answers in the JSON, and a pseudonymous JSON still imports with the same report.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '@kafe/shared/events';
import { bigWorkshop } from '../../bench/export.js';
import { KEY, startApp, type Harness } from '../harness.js';
import { parseCsv } from '../../fixtures/csv.js';

const SURNAME = 'Holtedahl';
let h: Harness;
let events: StoredEvent[];
let w: { id: string; facilitatorToken: string };

/** The bench's workshop (60 participants who vote and answer the evaluation), every participant with a full name. */
function namedWorkshop(): StoredEvent[] {
  return bigWorkshop(120).map((e) =>
    e.event.type === 'participant.joined'
      ? { ...e, event: { ...e.event, name: `Sigrun ${SURNAME} ${e.event.participantId}` } }
      : e,
  );
}

async function importEvents(log: readonly StoredEvent[]): Promise<{ id: string; facilitatorToken: string }> {
  const first = log[0]?.event;
  const res = await fetch(`${h.url}/api/workshops/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({
      schema: 'kafedialog/workshop',
      version: 1,
      definition: first?.type === 'workshop.created' ? first.definition : null,
      events: log,
    }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; facilitatorToken: string };
}

const exportOf = (query: string, of = w) =>
  fetch(`${h.url}/api/workshops/${of.id}/export?${query}`, {
    headers: { authorization: `Bearer ${of.facilitatorToken}` },
  });
async function text(query: string, of = w): Promise<string> {
  const res = await exportOf(query, of);
  expect(res.status).toBe(200);
  // Keeping the byte order mark, which res.text() drops.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
}

interface Exported {
  personalData: boolean;
  events: StoredEvent[];
  report: Record<string, unknown>;
}

beforeAll(async () => {
  h = await startApp();
  events = namedWorkshop();
  w = await importEvents(events);
});
afterAll(async () => {
  await h.close();
});

describe('the default exports', () => {
  it("hold no participant's name in any format: json, md, every csv, html, docx", async () => {
    const files = [
      await text('format=json'),
      await text('format=md'),
      await text('format=html'),
      ...(await Promise.all(
        ['notes', 'summaries', 'votes', 'evaluation'].map((part) => text(`format=csv&part=${part}`)),
      )),
    ];
    const docx = await JSZip.loadAsync(Buffer.from(await (await exportOf('format=docx')).arrayBuffer()));
    files.push(...(await Promise.all(Object.values(docx.files).map((f) => f.async('string')))));
    for (const file of files) expect(file).not.toContain(SURNAME);
    // The full export does hold them, which is how we know the test would see a leak.
    expect(await text('format=json&personal=1')).toContain(SURNAME);
  });

  it("the JSON has no one's own ballot or answers: made-up voters hold the same totals", async () => {
    const doc = JSON.parse(await text('format=json')) as Exported;
    expect(doc.personalData).toBe(false);
    const own = doc.events.filter(
      (e) =>
        (e.event.type === 'vote.cast' || e.event.type === 'evaluation.answered') &&
        /^p\d+$/.test(e.event.participantId),
    );
    expect(own).toEqual([]);
    expect(doc.events.map((e) => e.seq)).toEqual(doc.events.map((_, i) => i + 1));
    const joined = doc.events.filter((e) => e.event.type === 'participant.joined');
    expect(joined).toHaveLength(60);
    expect(joined.every((e) => e.event.type === 'participant.joined' && e.event.name === '')).toBe(true);
  });

  it('a pseudonymous JSON imports as a workshop with the same report: notes, themes, vote totals, evaluation', async () => {
    const doc = JSON.parse(await text('format=json')) as Exported;
    const copy = await importEvents(doc.events);
    const again = JSON.parse(await text('format=json', copy)) as Exported;
    const { generatedAt: _a, ...before } = doc.report;
    const { generatedAt: _b, ...after } = again.report;
    expect(after).toEqual(before);
    expect(before).toMatchObject({
      votes: [
        {
          voters: 60,
          options: [
            { key: 'a', dots: 90 },
            { key: 'b', dots: 90 },
          ],
        },
      ],
      evaluation: { respondents: 60 },
    });
    // Pseudonymising again changes nothing: the made-up ballots are dealt the same way.
    expect(again.events).toEqual(doc.events);
  });
});

describe('the full export', () => {
  it('only with &personal=1, for JSON only, marked as personal data in the file and its name', async () => {
    const res = await exportOf('format=json&personal=1');
    expect(res.headers.get('content-disposition')).toMatch(/filename="[^"]+\.personal-data\.json"/);
    const doc = (await res.json()) as Exported;
    expect(doc.personalData).toBe(true);
    expect(doc.events).toEqual(events);
    expect((await exportOf('format=md&personal=1')).status).toBe(400);
    expect((await exportOf('format=json&personal=yes')).status).toBe(400);
  });
});

describe('CSV', () => {
  it('Norwegian: `;` between fields and the decimal comma; English: `,` and the point; a BOM in both', async () => {
    const nb = await text('format=csv&part=votes');
    expect(nb.charCodeAt(0)).toBe(0xfeff);
    const votes = parseCsv(nb.slice(1), ';');
    expect(votes[0]).toEqual(['Spørsmål', 'Alternativ', 'Prikker', 'Andel (%)', 'Antall som stemte', 'Vist i salen']);
    expect(votes[1]).toEqual([expect.any(String), 'Tillit', '90', '50,0', '60', 'nei']);
    const evaluation = parseCsv((await text('format=csv&part=evaluation')).slice(1), ';');
    expect(evaluation[0]?.[0]).toBe('Evalueringsspørsmål');
    expect(evaluation.find((r) => r[1] === '60' && r[2] === '3,00')).toBeDefined();
    expect(evaluation.filter((r) => r[8] === 'Mer tid til samtale')).toHaveLength(60);

    const en = await text('format=csv&part=votes&lang=en');
    expect(en.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(en.slice(1), ',')[1]).toEqual([expect.any(String), 'Tillit', '90', '50.0', '60', 'no']);
  });

  it('the notes and the summaries each as a file of their own', async () => {
    const notes = parseCsv((await text('format=csv&part=notes')).slice(1), ';');
    expect(notes).toHaveLength(121);
    expect(notes.every((r) => r.length === 8)).toBe(true);
    const res = await exportOf('format=csv&part=summaries');
    expect(res.headers.get('content-disposition')).toMatch(/\.oppsummeringer\.csv"/);
    const summaries = parseCsv((await res.text()).replace(/^\uFEFF/, ''), ';');
    expect(summaries[0]).toEqual(['Spørsmål', 'Runde', 'Bord', 'Bordvert', 'Tidspunkt', 'Oppsummering']);
    expect(summaries.length).toBeGreaterThan(1);
    expect((await exportOf('format=md&part=notes')).status).toBe(400);
  });
});
