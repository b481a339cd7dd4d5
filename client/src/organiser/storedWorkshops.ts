import { safeGet, safeSet } from '../sync/identity';

/**
 * What the organiser page remembers of a workshop it created: enough to recognise it, nothing that opens it. Links
 * carry tokens, and this browser may be shared; whoever holds the facilitator link keeps it.
 */
export interface StoredWorkshop {
  id: string;
  title: string;
  date: string;
}

const MINE = 'kafe.myWorkshops';
const MAX = 20;

const stringField = (o: object, key: string): string | null => {
  const v: unknown = Reflect.get(o, key);
  return typeof v === 'string' ? v : null;
};

/**
 * Reads stored entries, keeping only id, title and date. Older versions of the page stored the whole creation answer
 * (facilitator token and every link): such entries are cut down, and written back at once so no token stays behind.
 */
export function readStoredWorkshops(): StoredWorkshop[] {
  const raw = safeGet(MINE);
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = [];
  }
  const list: StoredWorkshop[] = [];
  const entries: unknown[] = Array.isArray(parsed) ? parsed : [];
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    const id = stringField(entry, 'id');
    if (id) list.push({ id, title: stringField(entry, 'title') ?? '', date: stringField(entry, 'date') ?? '' });
  }
  const kept = list.slice(0, MAX);
  const clean = JSON.stringify(kept);
  if (clean !== raw) safeSet(MINE, clean);
  return kept;
}

/** Remembers a new workshop first in the list; returns the list as stored. */
export function rememberWorkshop(w: StoredWorkshop): StoredWorkshop[] {
  const next = [
    { id: w.id, title: w.title, date: w.date },
    ...readStoredWorkshops().filter((x) => x.id !== w.id),
  ].slice(0, MAX);
  safeSet(MINE, JSON.stringify(next));
  return next;
}
