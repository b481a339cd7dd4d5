import type { AuthorRole, HarvestReport } from '@kafe/shared/harvest/index';
import { reportFormat, type ReportFormat } from '@kafe/shared/harvest/document/layout';
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

/** The tables a workshop's data comes in, one CSV file each: notes and ideas, the hosts' summaries, votes, evaluation. */
export const CSV_PARTS = ['notes', 'summaries', 'votes', 'evaluation'] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

/**
 * How a spreadsheet in the report's language reads a CSV file: Excel set to Norwegian uses the decimal comma, so it
 * separates fields with `;` (a comma-separated file lands in column A there) and reads 4,25 as a number; in English,
 * `,` and 4.25.
 */
interface CsvDialect {
  separator: ';' | ',';
  decimal(n: number, digits: number): string;
}

function dialectOf(r: HarvestReport): CsvDialect {
  const comma = r.language !== 'en';
  return {
    separator: comma ? ';' : ',',
    // No thousands grouping: Excel reads "1 234" (with a no-break space) as text.
    decimal: (n, digits) => (comma ? n.toFixed(digits).replace('.', ',') : n.toFixed(digits)),
  };
}

/** Text someone typed or chose, made safe for a spreadsheet (see spreadsheetText). */
const typed = (value: string | null | undefined): string => spreadsheetText(value ?? '');

function noteRows(r: HarvestReport, f: ReportFormat): string[][] {
  const header = ['question', 'round', 'table', 'role', 'time', 'starred', 'theme', 'text'] as const;
  const rows = [header.map((h) => f.t(`harvest.csv.${h}`))];
  for (const q of r.questions) {
    for (const g of q.groups) {
      for (const n of g.notes) {
        rows.push([
          typed(q.text),
          String(n.round),
          String(n.table),
          f.t(ROLE[n.authorRole]),
          f.sortableDateTime(n.createdAt),
          n.starred ? f.t('harvest.yes') : '',
          typed(n.themeLabel),
          typed(n.text),
        ]);
      }
    }
  }
  return rows;
}

function summaryRows(r: HarvestReport, f: ReportFormat): string[][] {
  const header = ['question', 'round', 'table', 'host', 'time', 'summary'] as const;
  const rows = [header.map((h) => f.t(`harvest.csv.${h}`))];
  for (const q of r.questions) {
    for (const s of q.summaries) {
      rows.push([
        typed(q.text),
        String(s.round),
        String(s.table),
        typed(s.host),
        f.sortableDateTime(s.at),
        typed(s.text),
      ]);
    }
  }
  return rows;
}

function voteRows(r: HarvestReport, f: ReportFormat, d: CsvDialect): string[][] {
  const header = ['question', 'option', 'dots', 'share', 'voters', 'revealed'] as const;
  const rows = [header.map((h) => f.t(`harvest.csv.${h}`))];
  for (const v of r.votes) {
    for (const o of v.options) {
      rows.push([
        typed(v.questionText),
        typed(o.label),
        String(o.dots),
        d.decimal(o.share * 100, 1),
        String(v.voters),
        f.yesNo(v.revealed),
      ]);
    }
  }
  return rows;
}

/** One row per evaluation item (how many answered, the average, how many gave each score), then one per open answer. */
function evaluationRows(r: HarvestReport, f: ReportFormat, d: CsvDialect): string[][] {
  const scores = [1, 2, 3, 4, 5].map((score) => f.t('harvest.csv.score', { score }));
  const rows = [
    [
      f.t('harvest.csv.item'),
      f.t('harvest.csv.answers'),
      f.t('harvest.csv.average'),
      ...scores,
      f.t('harvest.csv.answer'),
    ],
  ];
  const none = scores.map(() => '');
  for (const item of r.evaluation.items) {
    rows.push([
      typed(item.text),
      String(item.count),
      item.average === null ? '' : d.decimal(item.average, 2),
      ...(item.distribution ? item.distribution.map(String) : none),
      '',
    ]);
    for (const answer of item.answers) rows.push([typed(item.text), '', '', ...none, typed(answer)]);
  }
  return rows;
}

/**
 * One of the report's tables as CSV, in the report's order. UTF-8 with a byte order mark, so Excel opens æ, ø and å
 * right; CRLF line ends as RFC 4180 says; `;` and the decimal comma in Norwegian, `,` and the decimal point in English.
 */
export function renderCsv(r: HarvestReport, part: CsvPart = 'notes'): string {
  const f = reportFormat(r.language, r.timeZone);
  const d = dialectOf(r);
  const rows =
    part === 'notes'
      ? noteRows(r, f)
      : part === 'summaries'
        ? summaryRows(r, f)
        : part === 'votes'
          ? voteRows(r, f, d)
          : evaluationRows(r, f, d);
  return `\uFEFF${rows.map((row) => row.map(csvField).join(d.separator)).join('\r\n')}\r\n`;
}
