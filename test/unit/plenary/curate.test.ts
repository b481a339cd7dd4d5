// Curation laid over computed themes: what the facilitator's rename, merge, split-off, hide and pin do to the
// themes the console and the projector show.
import { describe, expect, it } from 'vitest';
import { emptyCuration, type ThemeCuration } from '@kafe/shared/events';
import { curateThemes, OWN, ownThemeKey, themesOnScreen, type CurationNote } from '@kafe/shared/themes/curate';
import type { Theme } from '@kafe/shared/themes/index';

const theme = (key: string, label: string, noteIds: string[]): Theme => ({
  key,
  label,
  labelNoteId: key,
  terms: label.split(' · '),
  noteIds,
  representativeNoteIds: noteIds.slice(0, 3),
  tables: [],
});
const shown = (text: string): CurationNote => ({ text, deleted: false, hidden: false, status: 'shown' });

// Three computed themes of one question: reporting (4 notes), trust (3), meetings (2).
const COMPUTED: Theme[] = [
  theme('a1', 'rapportering · tid', ['a1', 'a2', 'a3', 'a4']),
  theme('b1', 'tillit · ledelse', ['b1', 'b2', 'b3']),
  theme('c1', 'møter', ['c1', 'c2']),
];
const NOTES: Record<string, CurationNote> = Object.fromEntries(
  [...COMPUTED.flatMap((t) => t.noteIds), 'x1'].map((id) => [
    id,
    shown(`Notat ${id} om noe som ble sagt ved bordet, og litt til for å bli lang nok`),
  ]),
);
const curation = (patch: Partial<ThemeCuration>): ThemeCuration => ({ ...emptyCuration(), ...patch });
const keys = (themes: { key: string }[]): string[] => themes.map((t) => t.key);

describe('curateThemes', () => {
  it('without curation, the computed themes come through unchanged, biggest first', () => {
    const out = curateThemes(COMPUTED, emptyCuration(), NOTES);
    expect(keys(out)).toEqual(['a1', 'b1', 'c1']);
    expect(out[0]).toMatchObject({
      label: 'rapportering · tid',
      computedLabel: 'rapportering · tid',
      noteIds: ['a1', 'a2', 'a3', 'a4'],
      hidden: false,
      pinned: false,
      own: false,
      merged: [],
    });
  });

  it('leaves out notes the projector may not show, and themes left without notes', () => {
    const notes = {
      ...NOTES,
      a2: { ...shown('x'), hidden: true },
      a3: { ...shown('x'), deleted: true },
      c1: { ...shown('x'), status: 'pending' as const },
      c2: { ...shown('x'), status: 'rejected' as const },
    };
    const out = curateThemes(COMPUTED, emptyCuration(), notes);
    expect(keys(out)).toEqual(['b1', 'a1']);
    expect(out[1]?.noteIds).toEqual(['a1', 'a4']);
    expect(out[1]?.representativeNoteIds).toEqual(['a1', 'a4']);
  });

  it('a renamed theme shows the new name and keeps the computed one', () => {
    const [first] = curateThemes(COMPUTED, curation({ labels: { a1: 'Mindre rapportering' } }), NOTES);
    expect(first).toMatchObject({ key: 'a1', label: 'Mindre rapportering', computedLabel: 'rapportering · tid' });
  });

  it('a merged theme brings its notes into the target, which then ranks by its new size', () => {
    const out = curateThemes(COMPUTED, curation({ merged: { a1: 'c1' }, labels: { a1: 'Rapportering' } }), NOTES);
    expect(keys(out)).toEqual(['c1', 'b1']);
    expect(out[0]?.noteIds).toEqual(['c1', 'c2', 'a1', 'a2', 'a3', 'a4']);
    expect(out[0]?.merged).toEqual([{ key: 'a1', label: 'Rapportering' }]);
    expect(out[0]?.representativeNoteIds).toEqual(['c1', 'c2', 'a1']);
  });

  it('follows merge chains and survives a loop without losing notes', () => {
    const chain = curateThemes(COMPUTED, curation({ merged: { a1: 'b1', b1: 'c1' } }), NOTES);
    expect(keys(chain)).toEqual(['c1']);
    expect(chain[0]?.noteIds).toHaveLength(9);
    const loop = curateThemes(COMPUTED, curation({ merged: { a1: 'b1', b1: 'a1' } }), NOTES);
    expect(loop.flatMap((t) => t.noteIds).sort()).toEqual(COMPUTED.flatMap((t) => t.noteIds).sort());
  });

  it('a merge into a theme that no longer exists is ignored', () => {
    expect(keys(curateThemes(COMPUTED, curation({ merged: { a1: 'gone' } }), NOTES))).toEqual(['a1', 'b1', 'c1']);
  });

  it('a split-off note leaves its theme for a theme of its own, named by its start', () => {
    const out = curateThemes(COMPUTED, curation({ moved: { a2: OWN } }), NOTES);
    const own = out.find((t) => t.own);
    expect(own).toMatchObject({ key: ownThemeKey('a2'), noteIds: ['a2'] });
    expect(own?.label.length).toBeLessThanOrEqual(60);
    expect(own?.label.endsWith('…')).toBe(true);
    expect(out.find((t) => t.key === 'a1')?.noteIds).toEqual(['a1', 'a3', 'a4']);
  });

  it('a note moved into another theme (even one the computation left out) joins it', () => {
    const out = curateThemes(COMPUTED, curation({ moved: { a2: 'c1', x1: 'c1' } }), NOTES);
    expect(out.find((t) => t.key === 'c1')?.noteIds).toEqual(['c1', 'c2', 'a2', 'x1']);
    expect(out.find((t) => t.key === 'a1')?.noteIds).not.toContain('a2');
  });

  it('a note moved to a theme that is gone stays where it was', () => {
    expect(curateThemes(COMPUTED, curation({ moved: { a2: 'gone' } }), NOTES)[0]?.noteIds).toContain('a2');
  });

  it('hidden themes are flagged for the console and left off the projector', () => {
    const c = curation({ hidden: ['b1'] });
    expect(curateThemes(COMPUTED, c, NOTES).find((t) => t.key === 'b1')?.hidden).toBe(true);
    expect(keys(themesOnScreen(COMPUTED, c, NOTES))).toEqual(['a1', 'c1']);
  });

  it('pinned themes come first, in the order they were pinned', () => {
    const out = curateThemes(COMPUTED, curation({ pinned: ['c1', 'b1'] }), NOTES);
    expect(keys(out)).toEqual(['c1', 'b1', 'a1']);
    expect(out.map((t) => t.pinned)).toEqual([true, true, false]);
  });

  it('a curation key keeps naming its theme when the theme key changes (a note with a smaller id joined)', () => {
    const recomputed = [theme('a0', 'rapportering · tid', ['a0', 'a1', 'a2', 'a3', 'a4']), ...COMPUTED.slice(1)];
    const notes = { ...NOTES, a0: shown('ny') };
    const [first] = curateThemes(
      recomputed,
      curation({ labels: { a1: 'Rapportering' }, pinned: ['c1', 'a1'], hidden: ['a1'] }),
      notes,
    );
    expect(first).toBeDefined();
    const a = curateThemes(recomputed, curation({ labels: { a1: 'Rapportering' }, hidden: ['a1'] }), notes)[0];
    expect(a).toMatchObject({ key: 'a0', label: 'Rapportering', hidden: true });
  });

  it('an exact key beats an alias', () => {
    const recomputed = [theme('a0', 'rapportering', ['a0', 'a1']), ...COMPUTED.slice(1)];
    const out = curateThemes(recomputed, curation({ labels: { a1: 'Gammelt navn', a0: 'Nytt navn' } }), {
      ...NOTES,
      a0: shown('ny'),
    });
    expect(out.find((t) => t.key === 'a0')?.label).toBe('Nytt navn');
  });

  it('is deterministic whatever order the stored curation lists its keys in', () => {
    const one = curation({ moved: { a2: OWN, b2: OWN, a3: 'c1' }, merged: { b1: 'c1', a1: 'c1' } });
    const two = curation({ moved: { a3: 'c1', b2: OWN, a2: OWN }, merged: { a1: 'c1', b1: 'c1' } });
    expect(curateThemes(COMPUTED, two, NOTES)).toEqual(curateThemes(COMPUTED, one, NOTES));
  });
});
