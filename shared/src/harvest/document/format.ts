import type { Language } from '../../agenda.js';
import { translate, type MessageKey } from '../../i18n/index.js';
import { longDate } from '../../longDate.js';
import { wallClockOf } from '../../time.js';

const LOCALE: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** Formatting in the report's language and the workshop's time zone; one place, so every format says it alike. */
export interface ReportFormat {
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** 'YYYY-MM-DD' → "10. mars 2026". */
  date(isoDate: string): string;
  /** An instant → "2. desember" (with `withYear` "2. desember 2026") in the workshop's zone. */
  dayMonth(at: number, withYear: boolean): string;
  /** An instant's year in the workshop's zone. */
  year(at: number): number;
  /** An instant → "13:05" in the workshop's zone. */
  time(at: number): string;
  /** An instant → "10. mars 2026 kl. 13:05"-like, in the workshop's zone. */
  dateTime(at: number): string;
  /** An instant → "2026-03-10 13:05", which spreadsheets read as a time. */
  sortableDateTime(at: number): string;
  number(n: number, digits?: number): string;
  percent(share: number): string;
  /** A delay in minutes → "+3 min", "−2 min" or "i rute". */
  delay(min: number): string;
  yesNo(v: boolean): string;
}

export function reportFormat(language: Language, timeZone: string): ReportFormat {
  const locale = LOCALE[language];
  const t: ReportFormat['t'] = (key, vars) => translate(language, key, vars);
  const dateTimeFmt = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
    hourCycle: 'h23',
  });
  const dayMonthFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone });
  const dayMonthYearFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  const yearFmt = new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone });
  const sortable = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return {
    t,
    date: (isoDate) => longDate(isoDate, language),
    dayMonth: (at, withYear) => (withYear ? dayMonthYearFmt : dayMonthFmt).format(new Date(at)),
    year: (at) => Number(yearFmt.format(new Date(at))),
    time: (at) => wallClockOf(at, timeZone),
    dateTime: (at) => dateTimeFmt.format(new Date(at)),
    sortableDateTime: (at) => `${sortable.format(new Date(at))} ${wallClockOf(at, timeZone)}`,
    number: (n, digits = 0) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n),
    percent: (share) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share),
    delay: (min) =>
      min === 0
        ? t('harvest.delay.onTime')
        : min > 0
          ? t('harvest.delay.late', { min })
          : t('harvest.delay.early', { min: -min }),
    yesNo: (v) => t(v ? 'harvest.yes' : 'harvest.no'),
  };
}

/**
 * Text in Norwegian quotation marks, «…». Quotes inside it become the inner pair, ‹…›, as Norwegian typography nests
 * them, so a note that quotes someone reads «Han sa ‹nok nå› og gikk», not «Han sa «nok nå» og gikk».
 */
export const guillemets = (text: string): string => `«${text.replace(/«/g, '‹').replace(/»/g, '›')}»`;
