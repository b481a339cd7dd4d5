// GET /api/workshops/:id/export in every format, from a workshop filled over real sockets, and who may fetch it.
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashToken } from '../../../server/src/workshops/secrets.js';
import { bigWorkshop } from '../../bench/export.js';
import { KEY, WAIT_MS, asRole, createWorkshop, join, roleTokens, startApp, type Harness } from '../harness.js';
import { filledWorkshop, type FilledWorkshop } from './workshop.js';
import { parseCsv } from '../../fixtures/csv.js';
import { match } from '../../fixtures/match.js';

let h: Harness;
let f: FilledWorkshop;
beforeAll(async () => {
  h = await startApp();
  f = await filledWorkshop(h.url);
});
afterAll(async () => {
  f.close();
  await h.close();
});

const exportOf = (id: string, format: string, token?: string) =>
  fetch(`${h.url}/api/workshops/${id}/export?format=${format}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
const get = async (format: string) => {
  const res = await exportOf(f.w.id, format, f.w.facilitatorToken);
  expect(res.status).toBe(200);
  return res;
};
const xmlText = (xml: string): string =>
  xml
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('the export formats', () => {
  it('Markdown holds the questions and every note, and is named after the workshop', async () => {
    const res = await get('md');
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Kafedialog-Region-ost-Tillitsreformen-\d{4}-\d{2}-\d{2}\.md"; filename\*=UTF-8''Kaf%C3%A9dialog/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const md = await res.text();
    expect(md).toContain('Hva har du hørt i dag (om Tillitsreformen) som gir mening for deg?');
    expect(md).toContain('Hva i Tillitsreformen kan hjelpe oss');
    // The Markdown escapes nothing these notes hold; a line break in a note is a <br> in its table cell.
    for (const n of f.notes) expect(md.replace(/<br>/g, '\n')).toContain(n.text);
    expect(md).toContain('Bord 2 i runde 3: særlig opptatt av tillit og tid.');
    expect(md).toContain('Bord 2 · Øyvind');
  });

  it('Word unzips, and word/document.xml holds the questions and the notes', async () => {
    const res = await get('docx');
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = xmlText((await zip.file('word/document.xml')?.async('string')) ?? '');
    expect(xml).toContain('Hva er det vi gjør i dag som samsvarer godt med intensjonene i Tillitsreformen?');
    // A note's line break is a Word line break: each line is there.
    for (const n of f.notes) for (const line of n.text.split('\n')) expect(xml).toContain(line);
  });

  it('CSV has a header and one row per note, with Norwegian letters intact', async () => {
    const res = await get('csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['Spørsmål', 'Runde', 'Bord', 'Skrevet av', 'Tidspunkt', 'Stjernemerket', 'Tema', 'Tekst']);
    expect(rows).toHaveLength(f.notes.length + 1);
    expect(
      rows
        .slice(1)
        .map((r) => r[7])
        .sort(),
    ).toEqual(f.notes.map((n) => n.text).sort());
    expect(rows.slice(1).every((r) => r.length === 8)).toBe(true);
    expect(rows.slice(1).filter((r) => r[5] === 'ja')).toHaveLength(9);
    expect(rows.find((r) => r[7]?.startsWith('Ærlige samtaler om «kontroll»'))?.[3]).toBe('bordvert');
  });

  it('JSON holds everything: the versioned schema, the definition, every event and the report', async () => {
    const doc = (await (await get('json')).json()) as {
      schema: string;
      version: number;
      definition: { title: string };
      events: { seq: number; event: { type: string } }[];
      report: { participation: { notes: number } };
    };
    expect(doc).toMatchObject({
      schema: 'kafedialog/workshop',
      version: 1,
      definition: { title: 'Kafédialog Region øst – Tillitsreformen' },
    });
    expect(doc.events[0]?.event.type).toBe('workshop.created');
    expect(doc.events.map((e) => e.seq)).toEqual(doc.events.map((_, i) => i + 1));
    expect(doc.events.filter((e) => e.event.type === 'note.added')).toHaveLength(f.notes.length);
    expect(doc.report.participation.notes).toBe(f.notes.length);
  });

  it("writes the report in the workshop's language, or another when asked (&lang=)", async () => {
    const res = await fetch(`${h.url}/api/workshops/${f.w.id}/export?format=md&lang=nn`, {
      headers: { authorization: `Bearer ${f.w.facilitatorToken}` },
    });
    const md = await res.text();
    expect(md).toContain('## Samandrag');
    expect(md).toContain('## Vedlegg 1: Alle innspel');
    expect(
      (
        await fetch(`${h.url}/api/workshops/${f.w.id}/export?format=md&lang=de`, {
          headers: { authorization: `Bearer ${f.w.facilitatorToken}` },
        })
      ).status,
    ).toBe(400);
  });

  it('the print page is self-contained: its stylesheet and print button inline, admitted by the CSP by hash alone', async () => {
    const res = await get('html');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    const html = await res.text();
    expect(html).toContain('Ærlige samtaler om ‹kontroll› og tillit');
    expect(html).not.toMatch(/\/export\/|<link|\bsrc=|\bhref="(?!#)|style=|\bon[a-z]+=/i);
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const js = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(css).toContain('@media print');
    expect(js).toContain('window.print()');
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(/style-src ([^;]*)/.exec(csp)?.[1]).toBe(`'self' ${hash(css)}`);
    expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe(`'self' ${hash(js)}`);
    expect((await fetch(`${h.url}/export/harvest.css`)).headers.get('content-type')).not.toMatch(/^text\/css/);
  });
});

describe('who may export', () => {
  it('no token: 401', async () => {
    const res = await exportOf(f.w.id, 'md');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: { code: 'unauthorized', message: match.stringContaining('Bearer') },
    });
  });

  it("a wrong token, a host or screen token, or another workshop's facilitator: 403, never data", async () => {
    const t = roleTokens(f.w);
    const other = await createWorkshop(h.url, { title: 'Et annet verksted' });
    for (const token of ['not-a-real-token-at-all', t.host(1), t.screen, other.facilitatorToken]) {
      const res = await exportOf(f.w.id, 'json', token);
      expect(res.status).toBe(403);
      const body = await res.text();
      expect(body).not.toContain('Tillit');
      expect(JSON.parse(body)).toMatchObject({ error: { code: 'forbidden' } });
    }
  });

  it('a revoked facilitator token: 403', async () => {
    const w = await createWorkshop(h.url, { title: 'Skal trekkes tilbake' });
    await h.db.query('update tokens set revoked_at = now() where hash = $1', [hashToken(w.facilitatorToken)]);
    const res = await exportOf(w.id, 'md', w.facilitatorToken);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { message: match.stringContaining('revoked') } });
  });

  it('an unknown workshop: 404; an unknown format: 400', async () => {
    expect((await exportOf('0000000000000000', 'md', f.w.facilitatorToken)).status).toBe(404);
    const res = await exportOf(f.w.id, 'pdf', f.w.facilitatorToken);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: 'bad_request', message: match.stringContaining('json|md|csv|zip|docx|html') },
    });
    expect(
      (
        await fetch(`${h.url}/api/workshops/${f.w.id}/export`, {
          headers: { authorization: `Bearer ${f.w.facilitatorToken}` },
        })
      ).status,
    ).toBe(400);
  });
});

describe('a big export runs on a worker thread', () => {
  it('while a 2 000-note Word file renders, the server answers a time:sync ping before the file is done', async () => {
    const events = bigWorkshop(2000);
    const definition = events[0]?.event.type === 'workshop.created' ? events[0].event.definition : null;
    const imported = await fetch(`${h.url}/api/workshops/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ schema: 'kafedialog/workshop', version: 1, definition, events }),
    });
    expect(imported.status).toBe(201);
    const big = (await imported.json()) as { id: string; facilitatorToken: string };
    const facilitator = await join(h.url, asRole(big.facilitatorToken));
    // Told the moment the route hands the export over, so the ping surely goes out while it renders.
    const workers = h.app.ctx.workers;
    const render = workers.exportWorkshop.bind(workers);
    let handedOver!: () => void;
    const rendering = new Promise<void>((resolve) => (handedOver = resolve));
    const spy = vi.spyOn(workers, 'exportWorkshop').mockImplementation((...args) => {
      const file = render(...args);
      handedOver();
      return file;
    });
    try {
      const order: string[] = [];
      const exported = exportOf(big.id, 'docx', big.facilitatorToken).then(async (res) => {
        const bytes = Buffer.from(await res.arrayBuffer());
        order.push('export');
        return { status: res.status, bytes };
      });
      await rendering;
      await facilitator.socket.timeout(WAIT_MS).emitWithAck('time:sync', Date.now());
      order.push('ping answered');
      const { status, bytes } = await exported;
      expect(status).toBe(200);
      expect(order).toEqual(['ping answered', 'export']);
      expect(await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')).toContain('Tillit');
    } finally {
      spy.mockRestore();
      facilitator.close();
    }
  });
});
