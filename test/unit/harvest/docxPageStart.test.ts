// A live run's nynorsk report had a blank page 11: the evaluation's last table filled page 10, the empty paragraph
// Word needs after a table (so two tables never join) went over onto page 11, and the appendix's heading, which
// starts a page, then began page 12. A table just before a section's heading now has no such paragraph.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '@kafe/shared/harvest/document/layout';
import { renderDocx } from '../../../server/src/export/docx.js';
import { must } from '../../fixtures/must.js';

const table = (cell: string): TableBlock => ({ kind: 'table', header: ['Gruppe', 'Svar'], rows: [[cell, '9']] });

async function bodyOf(doc: Block[]): Promise<string> {
  const buf = await renderDocx(doc, { title: 'T', language: 'nn', header: 'T', pageOf: 'Side {page} av {pages}' });
  const xml = await must((await JSZip.loadAsync(buf)).file('word/document.xml')).async('string');
  return must(/<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1]);
}

/** The body's top-level elements in order: «tbl», «p» (empty), «p:…» (with text, its first words). */
function elements(body: string): string[] {
  const out: string[] = [];
  const re = /<w:(tbl|p)\b[^>]*?(?:\/>|>[\s\S]*?<\/w:\1>)/g;
  for (const m of body.matchAll(re)) {
    if (m[1] === 'tbl') out.push('tbl');
    else {
      const words = [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
      out.push(words ? `p:${words}` : 'p');
    }
  }
  return out;
}

describe('Word: tables before a page break', () => {
  it('a table just before a heading that starts a page is followed by the heading itself, no empty paragraph', async () => {
    const body = await bodyOf([
      { kind: 'paragraph', text: 'Evaluering etter gruppe' },
      table('Tilsett'),
      { kind: 'heading', level: 2, text: 'Vedlegg 1: Alle innspel', id: 'notes', newPage: true },
      table('Andre'),
      table('Leiar'),
    ]);
    expect(elements(body)).toEqual([
      'p:Evaluering etter gruppe',
      'tbl',
      'p:Vedlegg 1: Alle innspel',
      'tbl',
      // Two tables in a row still get a paragraph between them, or Word would join them into one.
      'p',
      'tbl',
      'p',
    ]);
  }, 60_000);
});
