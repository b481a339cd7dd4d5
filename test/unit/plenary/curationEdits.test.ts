// The console's edits: each returns the whole next curation, which it sends with 'theme:curate'.
import { describe, expect, it } from 'vitest';
import { emptyCuration, themeCurationSchema } from '@kafe/shared/events';
import { curateThemes, OWN, ownThemeKey, themesOnScreen, type CurationNote } from '@kafe/shared/themes/curate';
import {
  applyEdit,
  mergeTheme,
  normaliseCuration,
  renameTheme,
  returnNote,
  setThemeHidden,
  setThemePinned,
  splitOffNote,
  unmergeTheme,
} from '@kafe/shared/themes/curationEdits';
import type { Theme } from '@kafe/shared/themes/index';
import { computedTheme } from '../../fixtures/computedTheme.js';

const theme = computedTheme;
const shown = (text: string): CurationNote => ({ text, deleted: false, hidden: false, status: 'shown' });
const COMPUTED = [theme('a1', ['a1', 'a2', 'a3']), theme('b1', ['b1', 'b2']), theme('c1', ['c1', 'c2'])];
const NOTES = Object.fromEntries(COMPUTED.flatMap((t) => t.noteIds).map((id) => [id, shown(id)]));

describe('curation edits', () => {
  it('rename sets a trimmed name; an empty name goes back to the computed one', () => {
    const named = renameTheme(emptyCuration(), 'a1', '  Tid til barna ');
    expect(named.labels).toEqual({ a1: 'Tid til barna' });
    expect(renameTheme(named, 'a1', '   ').labels).toEqual({});
  });

  it('merge, then unmerge, gives the computed themes back', () => {
    const merged = mergeTheme(emptyCuration(), 'b1', 'a1');
    expect(curateThemes(COMPUTED, merged, NOTES).map((t) => t.key)).toEqual(['a1', 'c1']);
    expect(curateThemes(COMPUTED, unmergeTheme(merged, 'b1'), NOTES).map((t) => t.key)).toEqual(['a1', 'b1', 'c1']);
  });

  it('merge refuses to make a loop, and unpins what it merges away', () => {
    const c = mergeTheme(mergeTheme(setThemePinned(emptyCuration(), 'a1', true), 'a1', 'b1'), 'b1', 'c1');
    expect(c.pinned).toEqual([]);
    expect(mergeTheme(c, 'c1', 'a1')).toBe(c);
    expect(mergeTheme(c, 'a1', 'a1')).toBe(c);
  });

  it('split off and return a note', () => {
    const split = splitOffNote(emptyCuration(), 'a2');
    expect(split.moved).toEqual({ a2: OWN });
    const named = setThemePinned(
      setThemeHidden(renameTheme(split, ownThemeKey('a2'), 'Eget'), ownThemeKey('a2'), true),
      ownThemeKey('a2'),
      true,
    );
    expect(returnNote(named, 'a2')).toEqual(emptyCuration());
  });

  it('a note split off alone is on the console, not on the screen, until a second note joins it', () => {
    const split = splitOffNote(emptyCuration(), 'a2');
    expect(curateThemes(COMPUTED, split, NOTES).map((t) => t.key)).toContain(ownThemeKey('a2'));
    const screen = themesOnScreen(COMPUTED, split, NOTES);
    // The theme it left is still there (the marker that the screen's list was read), the one-note theme is not.
    expect(screen.find((t) => t.key === 'a1')?.noteIds).toEqual(['a1', 'a3']);
    expect(screen.map((t) => t.key)).not.toContain(ownThemeKey('a2'));
    const joined = themesOnScreen(COMPUTED, { ...split, moved: { ...split.moved, a3: ownThemeKey('a2') } }, NOTES);
    expect(joined.find((t) => t.key === ownThemeKey('a2'))?.noteIds).toEqual(['a2', 'a3']);
  });

  it('hide and pin toggle without duplicates', () => {
    let c = setThemeHidden(setThemeHidden(emptyCuration(), 'a1', true), 'a1', true);
    expect(c.hidden).toEqual(['a1']);
    c = setThemeHidden(c, 'a1', false);
    expect(c.hidden).toEqual([]);
    c = setThemePinned(setThemePinned(setThemePinned(c, 'b1', true), 'a1', true), 'b1', true);
    expect(c.pinned).toEqual(['a1', 'b1']);
  });

  it('normalise rewrites old keys to the current theme key, an exact key winning', () => {
    const recomputed = [theme('a0', ['a0', 'a1', 'a2', 'a3']), ...COMPUTED.slice(1)];
    const notes = { ...NOTES, a0: shown('a0') };
    const c = normaliseCuration(
      {
        labels: { a1: 'Gammel', a0: 'Ny' },
        merged: { b1: 'a1' },
        moved: { c2: 'a1' },
        hidden: ['a1', 'a0'],
        pinned: ['unknown'],
      },
      recomputed,
      notes,
    );
    expect(c).toEqual({
      labels: { a0: 'Ny' },
      merged: { b1: 'a0' },
      moved: { c2: 'a0' },
      hidden: ['a0'],
      pinned: ['unknown'],
      // The notes that find each named theme again (the key 'unknown' names no theme and had none).
      anchors: { a0: ['a0', 'a1', 'a2', 'a3'], b1: ['b1', 'b2'] },
    });
    expect(themeCurationSchema.safeParse(c).success).toBe(true);
  });

  it('a rename stays with its theme when new notes regroup it and the key note moves away (anchors)', () => {
    // Renamed while theme a1 held a1–a3.
    const renamed = renameTheme(normaliseCuration(emptyCuration(), COMPUTED, NOTES), 'a1', 'Tid til barna');
    const stored = normaliseCuration(renamed, COMPUTED, NOTES);
    // New notes regroup the question: the key note a1 moves to theme b1, a2 and a3 now sit in a theme keyed a2.
    const regrouped = [theme('a2', ['a2', 'a3', 'x1']), theme('b1', ['b1', 'b2', 'a1']), COMPUTED[2] as Theme];
    const notes = { ...NOTES, x1: shown('x1') };
    const named = (c: typeof stored) =>
      Object.fromEntries(curateThemes(regrouped, c, notes).map((t) => [t.key, t.label]));
    expect(named(stored)).toEqual({ a2: 'Tid til barna', b1: 'b1', c1: 'c1' });
    // Without anchors (a curation stored before them) the name followed note a1 into the wrong theme.
    const { anchors: _anchors, ...old } = stored;
    expect(named(old)).toEqual({ a2: 'a2', b1: 'Tid til barna', c1: 'c1' });
  });

  it('a renamed theme keeps the notes it was named for when a late note regroups the question, through later edits', () => {
    const stored = applyEdit(emptyCuration(), (c) => renameTheme(c, 'a1', 'Tid til barna'), COMPUTED, NOTES);
    // A late note x1 regroups the question: a3 lands in theme b1.
    const regrouped = [theme('a1', ['a1', 'a2', 'x1']), theme('b1', ['b1', 'b2', 'a3']), COMPUTED[2] as Theme];
    const notes = { ...NOTES, x1: shown('x1') };
    const members = (c: typeof stored) =>
      Object.fromEntries(curateThemes(regrouped, c, notes).map((t) => [t.label, [...t.noteIds].sort()]));
    expect(members(stored)).toEqual({ 'Tid til barna': ['a1', 'a2', 'a3', 'x1'], b1: ['b1', 'b2'], c1: ['c1', 'c2'] });
    // A later edit, made on the regrouped themes, keeps a3 among the anchors, so it stays.
    const pinned = applyEdit(stored, (c) => setThemePinned(c, 'c1', true), regrouped, notes);
    expect(pinned.anchors?.a1?.slice(0, 3)).toEqual(['a1', 'a2', 'a3']);
    expect(members(pinned)['Tid til barna']).toEqual(['a1', 'a2', 'a3', 'x1']);
    // A note the facilitator hid from the screen is not brought back.
    const hiddenA3 = { ...notes, a3: { ...shown('a3'), hidden: true } };
    expect(curateThemes(regrouped, stored, hiddenA3).find((t) => t.key === 'a1')?.noteIds).not.toContain('a3');
  });

  it('a named pair split one and one is not glued back: no note is pulled, no unrelated theme takes more', () => {
    const pair = [theme('p1', ['p1', 'p2']), theme('x1', ['x1', 'x2', 'x3'])];
    const notes = Object.fromEntries(['p1', 'p2', 'x1', 'x2', 'x3', 'b1', 'b2', 'b3'].map((id) => [id, shown(id)]));
    const named = applyEdit(emptyCuration(), (c) => renameTheme(c, 'p1', 'Alpha'), pair, notes);
    const regrouped = [theme('x1', ['x1', 'x2', 'x3', 'p1']), theme('b1', ['b1', 'b2', 'b3', 'p2'])];
    const members = Object.fromEntries(
      curateThemes(regrouped, named, notes).map((t) => [t.key, [...t.noteIds].sort()]),
    );
    expect(members).toEqual({ x1: ['p1', 'x1', 'x2', 'x3'], b1: ['b1', 'b2', 'b3', 'p2'] });
  });

  it("the console's first rename already carries its theme's anchors", () => {
    const sent = applyEdit(emptyCuration(), (c) => renameTheme(c, 'a1', 'Tid til barna'), COMPUTED, NOTES);
    expect(sent.anchors).toEqual({ a1: ['a1', 'a2', 'a3'] });
    expect(themeCurationSchema.safeParse(sent).success).toBe(true);
  });

  it('one old note that joined an unrelated theme does not carry a hide to it (at least half the anchors)', () => {
    const big = theme('b1', ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'a4']);
    const before = [theme('a1', ['a1', 'a2', 'a3', 'a4']), theme('b1', big.noteIds.slice(0, 7))];
    const notes = Object.fromEntries([...big.noteIds, 'a1', 'a2', 'a3'].map((id) => [id, shown(id)]));
    const hidden = applyEdit(emptyCuration(), (c) => setThemeHidden(c, 'a1', true), before, notes);
    expect(hidden.anchors?.a1).toEqual(['a1', 'a2', 'a3', 'a4']);
    // a1–a3 left every theme; a4 joined b1.
    const after = curateThemes([big], hidden, notes);
    expect(after.find((t) => t.key === 'b1')?.hidden).toBe(false);
  });

  it('refuses anchors for more themes than a question can show', () => {
    const many = Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`k${i}`, ['n1']]));
    expect(themeCurationSchema.safeParse({ ...emptyCuration(), anchors: many }).success).toBe(false);
    // A stored curation from before anchors still reads.
    expect(themeCurationSchema.safeParse({ labels: {}, merged: {}, moved: {}, hidden: [], pinned: [] }).success).toBe(
      true,
    );
  });

  it('a rename stays with its theme when the key note leaves every theme', () => {
    const stored = normaliseCuration(renameTheme(emptyCuration(), 'a1', 'Tid til barna'), COMPUTED, NOTES);
    const regrouped = [theme('a2', ['a2', 'a3']), ...COMPUTED.slice(1)];
    expect(curateThemes(regrouped, stored, NOTES).find((t) => t.key === 'a2')?.label).toBe('Tid til barna');
  });
});
