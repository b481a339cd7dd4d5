import type { AuthorRole, HarvestReport } from '@kafe/shared/harvest/index';
import { reportFormat } from '@kafe/shared/harvest/document/layout';
import type { MessageKey } from '@kafe/shared/i18n/index';

const ROLE: Record<AuthorRole, MessageKey> = {
  host: 'harvest.role.host',
  facilitator: 'harvest.role.facilitator',
  participant: 'harvest.role.participant',
};

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. Also one with a semicolon:
 * Excel in Norwegian (and other comma-decimal locales) separates fields with `;`, and a quoted field stays one cell there.
 */
export function csvField(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text someone typed, made safe for a spreadsheet: anyone with the join code can send an idea, and a cell that starts
 * with = + - @ (or a tab or CR before one) is run as a formula when Excel opens the file (CSV injection). A leading
 * apostrophe keeps it text. Every part after a `;` gets the same guard: Norwegian Excel splits a line on `;` before it
 * looks at our quotes, so in `a;=HYPERLINK(…)` the part after the `;` becomes a cell of its own (a quote in front of
 * it would not help either, as Excel then reads a quoted cell). The JSON export keeps the exact text.
 */
export function spreadsheetText(value: string): string {
  return value.replace(/(^|;)(?="*[=+\-@\t\r])/g, "$1'");
}

/**
 * One row per note or idea, in the report's order (question, table, round, time). UTF-8 with a byte order mark, so
 * Excel opens æ, ø and å right; CRLF line ends as RFC 4180 says.
 */
export function renderCsv(r: HarvestReport): string {
  const f = reportFormat(r.language, r.timeZone);
  const header = ['question', 'round', 'table', 'role', 'time', 'starred', 'theme', 'text'] as const;
  const rows = [header.map((h) => f.t(`harvest.csv.${h}`))];
  for (const q of r.questions) {
    for (const g of q.groups) {
      for (const n of g.notes) {
        const typed = [q.text, n.themeLabel ?? '', n.text].map(spreadsheetText);
        rows.push([
          typed[0] ?? '',
          String(n.round),
          String(n.table),
          f.t(ROLE[n.authorRole]),
          f.sortableDateTime(n.createdAt),
          n.starred ? f.t('harvest.yes') : '',
          typed[1] ?? '',
          typed[2] ?? '',
        ]);
      }
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
