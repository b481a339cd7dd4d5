import { createHash } from 'node:crypto';

// The print page's stylesheet and its one behaviour (the print button), written into the page itself: a saved copy
// or one mailed on keeps its layout and needs nothing from the server. The app's CSP admits exactly these two inline
// blocks by their SHA-256 (security.ts), so the page also works when the console opens it, and nothing else inline.

export const PRINT_CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; margin: 0; background: #fff; }
.report { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 .2rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.3rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
.subtitle, .muted, .meta { color: #555; }
.muted { font-style: italic; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
.facts div { display: contents; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95em; }
th, td { border: 1px solid #bbb; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #eee; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
ul { padding-left: 1.2rem; }
li { margin: .15rem 0; }
.toc ol { columns: 2; }
button { font: inherit; padding: .5rem 1rem; border: 2px solid #1a1a1a; border-radius: .4rem; background: #fff; cursor: pointer; }
@media print {
  .no-print { display: none; }
  .report { max-width: none; padding: 0; }
  h2 { break-after: avoid; } h3, h4 { break-after: avoid; }
  .new-page, .toc { break-before: page; }
  thead { display: table-header-group; }
  tr, li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  @page { margin: 18mm 16mm; }
}
`;

export const PRINT_JS = `document.addEventListener('click', (e) => { if (e.target instanceof Element && e.target.closest('[data-print]')) window.print(); });\n`;

/** The CSP source that admits exactly `text` as an inline block. */
const hashSource = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
export const PRINT_CSS_HASH = hashSource(PRINT_CSS);
export const PRINT_JS_HASH = hashSource(PRINT_JS);
