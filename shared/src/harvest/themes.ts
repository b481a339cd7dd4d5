import type { Language } from '../agenda.js';
import { emptyCuration, type ThemeCuration } from '../events.js';
import type { Note } from '../note.js';
import type { WorkshopState } from '../state.js';
import { isOnScreen, themesOnScreen, type CuratedTheme } from '../themes/curate.js';
import { computeThemes } from '../themes/index.js';
import type { ThemeReport } from './types.js';

/** The facilitator changed something about this question's themes (renamed, merged, moved, hid or pinned one). */
export function isCurated(curation: ThemeCuration | undefined): boolean {
  if (!curation) return false;
  const { labels, merged, moved, hidden, pinned } = curation;
  return (
    Object.keys(labels).length +
      Object.keys(merged).length +
      Object.keys(moved).length +
      hidden.length +
      pinned.length >
    0
  );
}

export interface QuestionThemes {
  themes: ThemeReport[];
  /** note id → the theme it belongs to. */
  themeOf: Map<string, { key: string; label: string }>;
}

/**
 * A question's themes as the room saw them in the wrap-up: computed from the notes the projector may show, then the
 * facilitator's curation (renamed, merged, split, pinned) laid over them, hidden themes and one-note themes left out
 * (themesOnScreen). Deterministic, so
 * two exports of the same log give the same themes.
 */
export function questionThemes(
  state: WorkshopState,
  notes: readonly Note[],
  questionId: string,
  language: Language,
): QuestionThemes {
  const onScreen = notes.filter((n) => isOnScreen(n));
  const computed = computeThemes(
    onScreen.map((n) => ({ id: n.id, text: n.text, starred: n.starred, table: n.table })),
    { language },
  );
  const curated: CuratedTheme[] = themesOnScreen(computed, state.curation[questionId] ?? emptyCuration(), state.notes);
  const themeOf = new Map<string, { key: string; label: string }>();
  for (const t of curated) for (const id of t.noteIds) themeOf.set(id, { key: t.key, label: t.label });
  const themes = curated.map((t): ThemeReport => ({
    key: t.key,
    label: t.label,
    count: t.noteIds.length,
    tables: t.tables,
    pinned: t.pinned,
    representative: t.representativeNoteIds.map((id) => ({ id, text: state.notes[id]?.text ?? '' })),
    noteIds: [...t.noteIds],
  }));
  return { themes, themeOf };
}
