import type { Language } from './agenda.js';

// One formatter for a workshop's date, in the browser and in the report (harvest/document/format.ts).
// Chromium ships no nynorsk dates (nn-NO falls back to American English, «December 15, 2026»); bokmål's month names
// are nynorsk's too, so nb-NO stands in where nn is missing.
const LOCALE: Record<Language, string[]> = { nb: ['nb-NO', 'no'], nn: ['nn-NO', 'nb-NO', 'no'], en: ['en-GB'] };

/**
 * 'YYYY-MM-DD' → «15. desember 2026» (nb, nn) or «15 December 2026» (en): a workshop's date as people write it, not
 * as the form stores it. Noon UTC, formatted in UTC, so no time zone moves it to the day before.
 */
export function longDate(isoDate: string, lang: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d, 12)),
  );
}
