// Curation: the facilitator's edits (rename, merge, split off, hide, pin) laid over the computed themes of a question.
//
// The server sends computed themes; every client lays the curation from its own state over them, so an edit shows at
// once on the console and the projector without waiting for a recompute.
//
// Theme keys are member note ids (index.ts), so a key can change when a note with a smaller id joins, or when the
// keyed note is hidden. A curation key therefore names "the theme that holds most (at least half) of the notes it held
// when it was last edited" (the curation's anchors), so a rename stays with its theme when new notes regroup the question and the
// key's own note moves to another theme or out of all of them; without anchors (a curation stored before them) it
// names "the theme that holds note <key>". An exact key match wins a tie, and over an alias in valuesByKey, so a
// fresh edit beats an old one. The anchors also keep their notes in that theme (anchoredNotes): a late note that
// regroups the question does not move a note out from under the name the facilitator gave it.
import type { ThemeCuration } from '../events.js';
import type { Theme } from './types.js';

/** What curation needs of a note: whether the projector may show it, and its text to name a split-off theme. */
export interface CurationNote {
  text: string;
  deleted: boolean;
  hidden: boolean;
  status: 'shown' | 'pending' | 'rejected';
  /** The table that wrote it, to count the tables behind a theme. */
  table?: number;
}
export type CurationNotes = Readonly<Record<string, CurationNote | undefined>>;

export interface CuratedTheme {
  key: string;
  /** The facilitator's name for it, else the computed one. */
  label: string;
  /** Whether the facilitator named it (the console marks computed names as such). */
  renamed: boolean;
  /** The name computed from the notes (or, for a split-off note, the note's start). */
  computedLabel: string;
  terms: string[];
  /** Members, most representative first. */
  noteIds: string[];
  representativeNoteIds: string[];
  /** The distinct tables of its notes, ascending ("7 av 10 bord"). */
  tables: number[];
  /** Themes merged into this one (to undo a merge). */
  merged: { key: string; label: string }[];
  /** Made by splitting notes off into a theme of their own. */
  own: boolean;
  hidden: boolean;
  pinned: boolean;
}

/** The moved-to value that splits a note off into a theme of its own. */
export const OWN = 'own';
export const ownThemeKey = (noteId: string): string => `own:${noteId}`;
const LABEL_CHARS = 60;

/** The projector's rule: shown (not a held or refused idea), not deleted, not hidden by the facilitator. */
export function isOnScreen(note: CurationNote | undefined): note is CurationNote {
  return !!note && note.status === 'shown' && !note.deleted && !note.hidden;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const unique = (xs: readonly string[]): string[] => [...new Set(xs)];

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= LABEL_CHARS ? flat : `${flat.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

function tablesOf(noteIds: readonly string[], notes: CurationNotes): number[] {
  const tables = new Set<number>();
  for (const id of noteIds) {
    const table = notes[id]?.table;
    if (table !== undefined) tables.add(table);
  }
  return [...tables].sort((a, b) => a - b);
}

/** Resolves curation keys against the themes as they are now (see the header). */
export interface KeyResolver {
  resolve(key: string): string | null;
}

export function keyResolver(
  computed: readonly Theme[],
  ownKeys: ReadonlySet<string>,
  anchors: Readonly<Record<string, readonly string[]>> = {},
): KeyResolver {
  const keys = new Set(computed.map((t) => t.key));
  const holder = new Map<string, string>();
  for (const t of computed) for (const id of t.noteIds) if (!holder.has(id)) holder.set(id, t.key);
  /** The theme holding most of the key's anchors, at least half of them (a tie: the key's own theme, then the first). */
  const anchored = (key: string): string | undefined => {
    const notes = anchors[key];
    if (notes === undefined || notes.length === 0) return undefined;
    const counts = new Map<string, number>();
    for (const id of notes) {
      const at = holder.get(id);
      if (at !== undefined) counts.set(at, (counts.get(at) ?? 0) + 1);
    }
    let best: string | undefined;
    let most = 0;
    for (const t of computed) {
      const count = counts.get(t.key) ?? 0;
      if (count > most || (count === most && count > 0 && t.key === key)) {
        best = t.key;
        most = count;
      }
    }
    // Half of them at least: one old note that joined an unrelated theme must not carry a name or a hide to it.
    return most >= Math.ceil(notes.length / 2) ? best : undefined;
  };
  return {
    resolve: (key) => (ownKeys.has(key) ? key : (anchored(key) ?? (keys.has(key) ? key : (holder.get(key) ?? null)))),
  };
}

/** Split-off notes the projector may show, in a fixed order (the stored curation's key order is not kept). */
function ownThemeNotes(curation: ThemeCuration, notes: CurationNotes): string[] {
  return Object.entries(curation.moved)
    .filter(([noteId, target]) => target === OWN && isOnScreen(notes[noteId]))
    .map(([noteId]) => noteId)
    .sort(byString);
}

/** Where `key` ends up after following merges (merges into keys that no longer exist are ignored). */
function rootFinder(curation: ThemeCuration, resolver: KeyResolver): (key: string) => string {
  const mergedInto = new Map<string, string>();
  // Aliases first, exact keys after: an exact key's merge overrides an alias's.
  const entries = Object.entries(curation.merged).sort(
    ([a], [b]) => Number(resolver.resolve(a) === a) - Number(resolver.resolve(b) === b) || byString(a, b),
  );
  for (const [from, into] of entries) {
    const f = resolver.resolve(from);
    const i = resolver.resolve(into);
    if (f && i && f !== i) mergedInto.set(f, i);
  }
  return (key) => {
    const path: string[] = [];
    let k: string | undefined = key;
    while (k !== undefined && !path.includes(k)) {
      path.push(k);
      k = mergedInto.get(k);
    }
    // A loop of merges (two quick edits crossing) still gives one theme: the loop's smallest key.
    return k === undefined
      ? (path[path.length - 1] ?? key)
      : ([...path.slice(path.indexOf(k))].sort(byString)[0] ?? key);
  };
}

/** Per resolved key, the curation's value for it: an exact key beats an alias. */
function valuesByKey(record: Readonly<Record<string, string>>, resolver: KeyResolver): Map<string, string> {
  const out = new Map<string, string>();
  const exact: [string, string][] = [];
  for (const [k, v] of Object.entries(record).sort(([a], [b]) => byString(a, b))) {
    const r = resolver.resolve(k);
    if (r === k) exact.push([k, v]);
    else if (r && !out.has(r)) out.set(r, v);
  }
  for (const [k, v] of exact) out.set(k, v);
  return out;
}

/**
 * A curated theme keeps the notes it was curated with: each anchor note (on screen, not moved by hand) that a regrouping
 * put in another theme, or in none, is taken back to the theme its key names. The facilitator named, hid, pinned,
 * merged or moved notes into a theme for the notes in front of them; a late note that regroups the question must not
 * move those notes out from under that name while the room reads it. Only where most of its anchors (more than half,
 * two at least) are still together in that theme: a theme that fell apart is not glued back together.
 */
function anchoredNotes(
  computed: readonly Theme[],
  curation: ThemeCuration,
  notes: CurationNotes,
  resolver: KeyResolver,
): Map<string, string> {
  const holder = new Map<string, string>();
  for (const t of computed) for (const id of t.noteIds) if (!holder.has(id)) holder.set(id, t.key);
  const out = new Map<string, string>();
  const anchors = curation.anchors ?? {};
  for (const key of Object.keys(anchors).sort(byString)) {
    const ids = anchors[key] ?? [];
    const at = resolver.resolve(key);
    const held = ids.filter((id) => holder.get(id) === at).length;
    // A strict majority, and two notes at least: a named pair split one and one is no theme to rebuild, and pulling
    // its other note would hand the name to notes the room never saw under it.
    if (at === null || held * 2 <= ids.length || held < 2) continue;
    for (const id of ids)
      if (holder.get(id) !== at && isOnScreen(notes[id]) && !Object.hasOwn(curation.moved, id) && !out.has(id))
        out.set(id, at);
  }
  return out;
}

interface Draft {
  key: string;
  computedLabel: string;
  terms: string[];
  own: boolean;
  noteIds: string[];
  representatives: string[];
  merged: string[];
  order: number;
}

/**
 * The themes of a question as the facilitator curated them: renamed, merged, with split-off notes in themes of their
 * own, hidden ones flagged (the console shows them, the projector does not), pinned first in the order pinned, the
 * rest biggest first. Notes the projector may not show are left out; themes left without notes disappear.
 */
export function curateThemes(
  computed: readonly Theme[],
  curation: ThemeCuration,
  notes: CurationNotes,
): CuratedTheme[] {
  const ownNotes = ownThemeNotes(curation, notes);
  const resolver = keyResolver(computed, new Set(ownNotes.map(ownThemeKey)), curation.anchors);
  const rootOf = rootFinder(curation, resolver);
  const drafts = new Map<string, Draft>();
  computed.forEach((t, order) =>
    drafts.set(t.key, {
      key: t.key,
      computedLabel: t.label,
      terms: t.terms,
      own: false,
      noteIds: [],
      representatives: [],
      merged: [],
      order,
    }),
  );
  ownNotes.forEach((noteId, i) => {
    const key = ownThemeKey(noteId);
    drafts.set(key, {
      key,
      computedLabel: shorten(notes[noteId]?.text ?? ''),
      terms: [],
      own: true,
      noteIds: [],
      representatives: [],
      merged: [],
      order: computed.length + i,
    });
  });

  // Where each moved note goes: a theme (after merges), or nowhere when its target is gone (it then stays put).
  const destination = new Map<string, string>();
  for (const [noteId, target] of Object.entries(curation.moved)) {
    if (!isOnScreen(notes[noteId])) continue;
    const to = target === OWN ? ownThemeKey(noteId) : resolver.resolve(target);
    if (to) destination.set(noteId, rootOf(to));
  }
  for (const [noteId, to] of anchoredNotes(computed, curation, notes, resolver))
    if (!destination.has(noteId)) destination.set(noteId, rootOf(to));

  // A theme's own notes first, then those merged in.
  const rootsFirst = [...computed].sort((a, b) => Number(rootOf(a.key) !== a.key) - Number(rootOf(b.key) !== b.key));
  for (const t of rootsFirst) {
    const draft = drafts.get(rootOf(t.key));
    if (!draft) continue;
    if (draft.key !== t.key) draft.merged.push(t.key);
    const stays = (id: string): boolean => isOnScreen(notes[id]) && !destination.has(id);
    draft.noteIds.push(...t.noteIds.filter(stays));
    draft.representatives.push(...t.representativeNoteIds.filter(stays));
  }
  for (const [noteId, to] of [...destination].sort(([a], [b]) => byString(a, b))) drafts.get(to)?.noteIds.push(noteId);
  for (const key of ownNotes.map(ownThemeKey)) {
    const root = rootOf(key);
    if (root !== key) drafts.get(root)?.merged.push(key);
  }

  const labels = valuesByKey(curation.labels, resolver);
  const flagged = (keys: readonly string[]): string[] =>
    unique(keys.map((k) => resolver.resolve(k)).filter((k): k is string => k !== null));
  const hidden = new Set(flagged(curation.hidden));
  const pinned = flagged(curation.pinned);
  const labelOf = (key: string): string => labels.get(key) ?? drafts.get(key)?.computedLabel ?? key;

  const themes: (CuratedTheme & { order: number })[] = [];
  for (const d of drafts.values()) {
    if (rootOf(d.key) !== d.key) continue;
    const noteIds = unique(d.noteIds);
    if (noteIds.length === 0) continue;
    themes.push({
      key: d.key,
      label: labelOf(d.key),
      renamed: labels.has(d.key),
      computedLabel: d.computedLabel,
      terms: d.terms,
      noteIds,
      representativeNoteIds: unique([...d.representatives, ...noteIds])
        .filter((id) => noteIds.includes(id))
        .slice(0, 3),
      tables: tablesOf(noteIds, notes),
      merged: d.merged.map((key) => ({ key, label: labelOf(key) })),
      own: d.own,
      hidden: hidden.has(d.key),
      pinned: pinned.includes(d.key),
      order: d.order,
    });
  }
  const pinRank = (key: string): number => {
    const i = pinned.indexOf(key);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  themes.sort((a, b) => pinRank(a.key) - pinRank(b.key) || b.noteIds.length - a.noteIds.length || a.order - b.order);
  return themes.map(({ order: _order, ...theme }) => theme);
}

/**
 * A theme holds at least this many notes wherever it is summarised: the projector, the ballot and the report. A "theme"
 * of one note (only curation makes one: a note split off, or the last note left when the others were moved out) is that
 * note under a second name; a room or a reader takes a theme for something several notes said, so showing it as one
 * overstates it. It stays on the wall of notes, and the console shows it, marked, until a second note joins it.
 */
export const MIN_THEME_NOTES = 2;

/** Whether the projector shows a curated theme: not hidden, and a theme rather than one note. */
export const isShownTheme = (t: CuratedTheme): boolean => !t.hidden && t.noteIds.length >= MIN_THEME_NOTES;

/** The themes the projector shows (and the ballot and the report hold): curated, without hidden or one-note ones. */
export function themesOnScreen(
  computed: readonly Theme[],
  curation: ThemeCuration,
  notes: CurationNotes,
): CuratedTheme[] {
  return curateThemes(computed, curation, notes).filter(isShownTheme);
}
