import type { Block, HarvestDocument, ListItem, TableBlock } from '@kafe/shared/harvest/document/layout';

/** Escapes the characters Markdown reads as inline markup, so a note shows as written and stays readable as text. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

/** Also escapes what would start a heading or a list at the beginning of a line (text that begins a line or an item). */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).replace(/^(\s*)([#+-]|\d+\.)(?=\s)/gm, '$1\\$2');
}

/** Several lines in one list item or paragraph: hard line breaks, indented to stay inside the item. */
const lines = (text: string, indent = ''): string => escapeMarkdown(text.trim()).split(/\r?\n/).join(`  \n${indent}`);

function item(i: ListItem): string {
  const body = i.strong ? `**${lines(i.text, '  ')}**` : lines(i.text, '  ');
  return i.meta ? `- ${body} — _${escapeInline(i.meta)}_` : `- ${body}`;
}

/** A heading or a fact on one line. */
const line = (text: string): string => escapeInline(text.trim()).replace(/\r?\n/g, ' ');

/** A table cell on one line: a line break in it (a note's, or between quotes) is a <br>, as GitHub Markdown reads it. */
const cell = (text: string): string => escapeInline(text.trim()).replace(/\r?\n/g, '<br>');

function table(b: TableBlock): string {
  const align = b.header.map((_, i) => (b.numeric?.[i] ? '---:' : '---'));
  const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [row(b.header), `| ${align.join(' | ')} |`, ...b.rows.map(row)].join('\n');
}

function block(b: Block): string | null {
  switch (b.kind) {
    case 'title':
      return `# ${line(b.text)}\n\n_${line(b.subtitle)}_`;
    case 'heading':
      return `${'#'.repeat(b.level)} ${line(b.text)}`;
    case 'paragraph':
      return b.muted ? `_${lines(b.text)}_` : lines(b.text);
    case 'facts':
      return b.items.map((f) => `- **${line(f.label)}:** ${line(f.value)}`).join('\n');
    case 'list':
      return b.items.map(item).join('\n');
    case 'table':
      return table(b);
    case 'toc':
      // Markdown viewers build their own outline from the headings; a list of links would only go stale.
      return null;
    case 'image':
      // Markdown is one text file: the photo is named where it belongs; Word and the print page carry the picture.
      return `_[${line(b.caption)}]_`;
    default:
      return b satisfies never;
  }
}

/** The report as Markdown: readable as plain text, and as rendered Markdown anywhere. */
export function renderMarkdown(doc: HarvestDocument): string {
  return `${doc
    .map(block)
    .filter((s): s is string => s !== null)
    .join('\n\n')}\n`;
}
