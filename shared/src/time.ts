// A branded millisecond type: a server-time instant never mixes silently with a plain number (a duration, a count).
export type EpochMs = number & { readonly __brand: 'EpochMs' };

export const epochMs = (n: number): EpochMs => n as EpochMs;
export const MINUTE = 60_000;

/** 'HH:MM' → minutes after midnight. */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

// Building an Intl.DateTimeFormat costs far more than using one, and timelines are computed every second on every
// screen: keep one formatter per zone and kind, and remember resolved wall-clock times.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** Offset (ms) of a time zone from UTC at an instant, from Intl alone (works in browsers and Node). */
export function zoneOffsetMs(timeZone: string, at: number): number {
  const parts = formatter(
    `parts:${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
  ).formatToParts(new Date(at));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` reads `date` `hh:mm`. DST-safe: resolves the offset at that instant. */
const resolved = new Map<string, EpochMs>();
export function wallClockToEpoch(date: string, hhmm: string, timeZone: string): EpochMs {
  const key = `${date} ${hhmm} ${timeZone}`;
  const known = resolved.get(key);
  if (known !== undefined) return known;
  if (resolved.size > 5000) resolved.clear();
  const [y, mo, d] = date.split('-').map(Number);
  const naive = Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1) + minutesOfDay(hhmm) * MINUTE;
  // Two passes settle the offset across a DST change.
  let guess = naive - zoneOffsetMs(timeZone, naive);
  guess = naive - zoneOffsetMs(timeZone, guess);
  resolved.set(key, epochMs(guess));
  return epochMs(guess);
}

/** The calendar date ('YYYY-MM-DD') of an instant in a time zone. */
export function dateInZone(at: number, timeZone: string): string {
  return formatter(
    `date:${timeZone}`,
    () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  ).format(new Date(at));
}

/** 'HH:MM' of an instant in a time zone. */
export function wallClockOf(at: number, timeZone: string): string {
  return formatter(
    `hhmm:${timeZone}`,
    () => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ).format(new Date(at));
}

/** Remaining time as the clocks show it: m:ss, h:mm:ss, and -m:ss in overtime. Seconds round up while counting down, so 0:00 shows exactly at the deadline. */
export function formatRemaining(ms: number): string {
  const negative = ms < 0;
  const total = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  return negative && total > 0 ? `-${body}` : body;
}

/** Whether the runtime knows this IANA time zone. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
