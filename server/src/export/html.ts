import type { Language } from '@kafe/shared/agenda';
import { sectionsOf, type Block, type HarvestDocument, type TableBlock } from '@kafe/shared/harvest/document/layout';
import { htmlPhoto, type PhotoBytes } from './photoBlocks.js';
import { PRINT_CSS, PRINT_JS } from './printAssets.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Line breaks in a note are kept (the stylesheet also keeps them, but the page must read well without it). */
const text = (s: string): string => escapeHtml(s.trim()).replace(/\r?\n/g, '<br>');

function table(b: TableBlock): string {
  const cls = (i: number): string => (b.numeric?.[i] ? ' class="num"' : '');
  const head = b.header.map((h, i) => `<th scope="col"${cls(i)}>${text(h)}</th>`).join('');
  const rows = b.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${text(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function block(b: Block, doc: HarvestDocument, photos?: PhotoBytes): string {
  switch (b.kind) {
    case 'title':
      return `<header><h1>${text(b.text)}</h1><p class="subtitle">${text(b.subtitle)}</p></header>`;
    case 'heading':
      return `<h${b.level}${b.id ? ` id="${escapeHtml(b.id)}"` : ''}${b.newPage ? ' class="new-page"' : ''}>${text(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.muted ? ' class="muted"' : ''}>${text(b.text)}</p>`;
    case 'facts':
      return `<dl class="facts">${b.items.map((f) => `<div><dt>${text(f.label)}</dt><dd>${text(f.value)}</dd></div>`).join('')}</dl>`;
    case 'list':
      return `<ul>\n${b.items
        .map(
          (i) =>
            `<li>${i.strong ? `<strong>${text(i.text)}</strong>` : text(i.text)}${i.meta ? ` <span class="meta">— ${text(i.meta)}</span>` : ''}</li>`,
        )
        .join('\n')}\n</ul>`;
    case 'table':
      return table(b);
    case 'toc':
      return `<nav class="toc" aria-labelledby="toc"><h2 id="toc">${text(b.title)}</h2><ol>${sectionsOf(doc)
        .map((s) => `<li><a href="#${escapeHtml(s.id)}">${text(s.text)}</a></li>`)
        .join('')}</ol></nav>`;
    case 'image':
      return htmlPhoto(b, photos, escapeHtml);
    default:
      return b satisfies never;
  }
}

/**
 * The report as one self-contained, print-friendly page (print to PDF from the browser): its stylesheet and print
 * button are inline, with no link to the server, so a saved copy looks the same anywhere. The app's strict CSP admits
 * these two blocks by hash (printAssets.ts) and nothing else inline; no element carries a style or event attribute.
 */
export function renderHtml(
  doc: HarvestDocument,
  meta: { title: string; language: Language; printLabel: string; photos?: PhotoBytes },
): string {
  return `<!doctype html>
<html lang="${meta.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.title)}</title>
<style>${PRINT_CSS}</style>
<script>${PRINT_JS}</script>
</head>
<body>
<main class="report">
<p class="no-print"><button type="button" data-print>${escapeHtml(meta.printLabel)}</button></p>
${doc.map((b) => block(b, doc, meta.photos)).join('\n')}
</main>
</body>
</html>
`;
}
