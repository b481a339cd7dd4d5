import { useMemo } from 'react';
import type { ThemeCuration } from '@kafe/shared/events';
import { curateThemes, isShownTheme, type CuratedTheme } from '@kafe/shared/themes/curate';
import type { Theme } from '@kafe/shared/themes/index';
import { useWorkshop } from '../sync/hooks';

// A constant, not emptyCuration() from events.ts: that module brings zod, which no page needs to render.
const NO_CURATION: ThemeCuration = { labels: {}, merged: {}, moved: {}, hidden: [], pinned: [] };
const NO_THEMES: Theme[] = [];

/** A question's themes as curated by the facilitator, hidden ones included (the console shows them, flagged). */
export function useCuratedThemes(questionId: string | null): CuratedTheme[] {
  const computed = useWorkshop((s) => (questionId ? s.themes[questionId] : undefined) ?? NO_THEMES);
  const curation = useWorkshop((s) => (questionId ? s.state.curation[questionId] : undefined) ?? NO_CURATION);
  const notes = useWorkshop((s) => s.state.notes);
  return useMemo(() => curateThemes(computed, curation, notes), [computed, curation, notes]);
}

/** What the projector shows (and the ballot and the report hold): the curated themes without hidden or one-note ones. */
export function useScreenThemes(questionId: string | null): CuratedTheme[] {
  const themes = useCuratedThemes(questionId);
  return useMemo(() => themes.filter(isShownTheme), [themes]);
}
