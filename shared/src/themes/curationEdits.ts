// The facilitator's edits to a question's curation, as pure functions: each takes the whole curation and returns the
// next one, which the console sends whole with 'theme:curate' (last write wins; there is one facilitator console).
import { CURATION_ANCHORED_THEMES, CURATION_ANCHORS, type ThemeCuration } from '../events.js';
import { isOnScreen, keyResolver, OWN, ownThemeKey, type CurationNotes } from './curate.js';
import type { Theme } from './types.js';

/** One edit, its arguments given: what the console's theme items hand to the console to send. */
export type CurationEdit = (curation: ThemeCuration) => ThemeCuration;

const without = <V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> => {
  const { [key]: _gone, ...rest } = record;
  return rest;
};

/**
 * Rewrites keys that now go by another name (see curate.ts) to the theme's current key, so later edits work on plain
 * keys. Keys that name nothing now are kept: the notes behind them may be shown again.
 */
export function normaliseCuration(
  curation: ThemeCuration,
  computed: readonly Theme[],
  notes: CurationNotes,
): ThemeCuration {
  const own = Object.entries(curation.moved).filter(([id, to]) => to === OWN && isOnScreen(notes[id]));
  const resolver = keyResolver(computed, new Set(own.map(([id]) => ownThemeKey(id))), curation.anchors);
  const current = (key: string): string => resolver.resolve(key) ?? key;
  const rekey = (record: Readonly<Record<string, string>>, value: (v: string) => string): Record<string, string> => {
    const out: Record<string, string> = {};
    // Aliases first, so an exact key's value overwrites theirs.
    const entries = Object.entries(record).sort(([a], [b]) => Number(current(a) === a) - Number(current(b) === b));
    for (const [k, v] of entries) out[current(k)] = value(v);
    return out;
  };
  const merged = Object.fromEntries(
    Object.entries(rekey(curation.merged, current)).filter(([from, into]) => from !== into),
  );
  const next: ThemeCuration = {
    labels: rekey(curation.labels, (v) => v),
    merged,
    moved: Object.fromEntries(Object.entries(curation.moved).map(([id, to]) => [id, to === OWN ? OWN : current(to)])),
    hidden: [...new Set(curation.hidden.map(current))],
    pinned: [...new Set(curation.pinned.map(current))],
  };
  // The anchors each key had, under the key its theme goes by now (an exact key's over an alias's), notes gone dropped.
  const had: Record<string, string[]> = {};
  const before = Object.entries(curation.anchors ?? {}).sort(
    ([a], [b]) => Number(current(a) === a) - Number(current(b) === b),
  );
  for (const [k, ids] of before) had[current(k)] = ids.filter((id) => isOnScreen(notes[id]));
  const anchors = anchorsOf(next, computed, had);
  return Object.keys(anchors).length === 0 ? next : { ...next, anchors };
}

/** Every theme key a curation names: renamed, merged (both ends), moved into, hidden, pinned. */
function keysNamed(c: ThemeCuration): Set<string> {
  return new Set([
    ...Object.keys(c.labels),
    ...Object.entries(c.merged).flat(),
    ...Object.values(c.moved).filter((to) => to !== OWN),
    ...c.hidden,
    ...c.pinned,
  ]);
}

/**
 * The anchors of every key the curation names: the notes it had, while at least half of them are still in its theme
 * (curate.ts keeps the others in it), then the theme's most representative notes now, up to CURATION_ANCHORS; a key
 * that names no theme now keeps those of its anchors still on screen. Own themes need none.
 */
function anchorsOf(
  c: ThemeCuration,
  computed: readonly Theme[],
  before: Readonly<Record<string, readonly string[]>>,
): Record<string, string[]> {
  const byKey = new Map(computed.map((t) => [t.key, t]));
  const out: Record<string, string[]> = {};
  for (const key of [...keysNamed(c)].sort()) {
    if (Object.keys(out).length >= CURATION_ANCHORED_THEMES) break;
    if (key.startsWith(ownThemeKey(''))) continue;
    const theme = byKey.get(key);
    const had = before[key] ?? [];
    const kept = theme && had.filter((id) => theme.noteIds.includes(id)).length * 2 >= had.length ? had : [];
    const notes = theme ? [...new Set([...kept, ...theme.noteIds])].slice(0, CURATION_ANCHORS) : before[key];
    if (notes !== undefined && notes.length > 0) out[key] = [...notes];
  }
  return out;
}

/**
 * The curation to send for one edit made on `base`: normalised before the edit (edits work on current keys) and after
 * it, so it carries the anchors of the theme just edited and a rename stays with its theme when new notes regroup the
 * question (curate.ts).
 */
export function applyEdit(
  base: ThemeCuration,
  edit: CurationEdit,
  computed: readonly Theme[],
  notes: CurationNotes,
): ThemeCuration {
  return normaliseCuration(edit(normaliseCuration(base, computed, notes)), computed, notes);
}

/** A new name; an empty one goes back to the computed name. */
export function renameTheme(c: ThemeCuration, key: string, label: string): ThemeCuration {
  const trimmed = label.trim();
  return { ...c, labels: trimmed ? { ...c.labels, [key]: trimmed } : without(c.labels, key) };
}

/** Merges `from` into `into`; refused (unchanged) when that would make a loop. */
export function mergeTheme(c: ThemeCuration, from: string, into: string): ThemeCuration {
  if (from === into) return c;
  const seen = new Set<string>();
  for (let k: string | undefined = into; k !== undefined && !seen.has(k); k = c.merged[k]) {
    if (k === from) return c;
    seen.add(k);
  }
  return { ...c, merged: { ...c.merged, [from]: into }, pinned: c.pinned.filter((k) => k !== from) };
}

export function unmergeTheme(c: ThemeCuration, key: string): ThemeCuration {
  return { ...c, merged: without(c.merged, key) };
}

/** Puts a note (one in no theme, or in another) into the theme `key`. */
export function moveNoteInto(c: ThemeCuration, noteId: string, key: string): ThemeCuration {
  return { ...c, moved: { ...c.moved, [noteId]: key } };
}

/** Takes a note out of its theme into a theme of its own. */
export function splitOffNote(c: ThemeCuration, noteId: string): ThemeCuration {
  return { ...c, moved: { ...c.moved, [noteId]: OWN } };
}

/** Puts a moved note back where the computation placed it, and forgets its own theme's name, merges and flags. */
export function returnNote(c: ThemeCuration, noteId: string): ThemeCuration {
  const own = ownThemeKey(noteId);
  return {
    labels: without(c.labels, own),
    merged: Object.fromEntries(Object.entries(c.merged).filter(([from, into]) => from !== own && into !== own)),
    moved: without(c.moved, noteId),
    hidden: c.hidden.filter((k) => k !== own),
    pinned: c.pinned.filter((k) => k !== own),
  };
}

export function setThemeHidden(c: ThemeCuration, key: string, hidden: boolean): ThemeCuration {
  const rest = c.hidden.filter((k) => k !== key);
  return { ...c, hidden: hidden ? [...rest, key] : rest };
}

/** Pinned themes come first, in the order they were pinned. */
export function setThemePinned(c: ThemeCuration, key: string, pinned: boolean): ThemeCuration {
  const rest = c.pinned.filter((k) => k !== key);
  return { ...c, pinned: pinned ? [...rest, key] : rest };
}
