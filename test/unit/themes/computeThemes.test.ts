// The public API: shape, the acceptance example, determinism, labels, limits.
import { describe, expect, it } from 'vitest';
import { computeThemes } from '@kafe/shared/themes/index';
import type { Theme, ThemeInputNote } from '@kafe/shared/themes/index';
import { tokenize } from '@kafe/shared/themes/tokenize';
import { LABELLED, Q2 } from '../../fixtures/themes/labelled.js';
import { syntheticNotes } from '../../bench/themes.js';
import { must } from '../../fixtures/must.js';

const SIX = [
  'Mindre rapportering gir mer tid til barna',
  'Rapporteringskrav stjeler tid fra barn og familier',
  'Vi bruker for mye tid på rapportering',
  'Tillitsbasert ledelse gir ansatte mer ansvar',
  'Ledere må vise tillit til ansatte',
  'Ledelse bygd på tillit og ansvar',
].map((text, i): ThemeInputNote => ({ id: `n${i + 1}`, text }));

/** Deterministic Fisher–Yates shuffle (LCG), so a failing order can be reproduced. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [must(out[j]), must(out[i])];
  }
  return out;
}

describe('computeThemes', () => {
  it('returns [] for no notes', () => {
    expect(computeThemes([])).toEqual([]);
    expect(computeThemes([], { language: 'nn', maxThemes: 3 })).toEqual([]);
  });

  it('returns [] when no two notes have anything in common', () => {
    expect(
      computeThemes([
        { id: 'a', text: 'Tidlig innsats' },
        { id: 'b', text: 'Bryte ned siloer' },
      ]),
    ).toEqual([]);
    expect(
      computeThemes([
        { id: 'a', text: '' },
        { id: 'b', text: 'og i på' },
      ]),
    ).toEqual([]);
  });

  it('separates reporting from leadership/trust in the six-note example', () => {
    const themes = computeThemes(SIX);
    expect(themes.length).toBeGreaterThanOrEqual(2);
    const home = (id: string) => themes.find((t) => t.noteIds.includes(id))?.key;
    expect(new Set(['n1', 'n2', 'n3'].map(home))).toEqual(new Set(['n1']));
    expect(new Set(['n4', 'n5', 'n6'].map(home))).toEqual(new Set(['n4']));
    const reporting = must(themes.find((t) => t.key === 'n1'));
    const leadership = must(themes.find((t) => t.key === 'n4'));
    expect(reporting.terms).toContain('rapportering');
    expect(leadership.terms.some((t) => t === 'ledelse' || t === 'tillit')).toBe(true);
    console.log(
      'six-note example:',
      themes.map((t) => t.label),
    );
  });

  it('labels with words people wrote, not stems', () => {
    const [reporting] = computeThemes(SIX);
    // The note whose every word the theme's notes share most (reporting, time, children: themeLabel.ts).
    expect(must(reporting).label).toBe('Rapporteringskrav stjeler tid fra barn og familier');
    for (const q of LABELLED) {
      const written = new Set(q.notes.flatMap((n) => tokenize(n.text)));
      for (const theme of computeThemes(q.notes)) {
        for (const term of theme.terms) expect(written.has(term), `${term} in ${theme.label}`).toBe(true);
        for (const word of tokenize(theme.label)) expect(written.has(word), `${word} in ${theme.label}`).toBe(true);
        expect(theme.terms.length).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('has a consistent shape: keys, order, representatives, disjoint members', () => {
    const notes = Q2.notes;
    const themes = computeThemes(notes);
    const seen = new Set<string>();
    for (const t of themes) {
      expect(t.noteIds.length).toBeGreaterThanOrEqual(2);
      expect(t.key).toBe([...t.noteIds].sort()[0]); // smallest member id
      // Quotes are members, in the members' order (most representative first), at most three.
      expect(t.representativeNoteIds.length).toBeGreaterThan(0);
      expect(t.representativeNoteIds.length).toBeLessThanOrEqual(3);
      const positions = t.representativeNoteIds.map((id) => t.noteIds.indexOf(id));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      for (const id of t.noteIds) {
        expect(seen.has(id), `${id} in two themes`).toBe(false);
        seen.add(id);
      }
    }
    const order = (a: Theme, b: Theme) =>
      b.noteIds.length - a.noteIds.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
    expect([...themes].sort(order)).toEqual(themes);
  });

  it('is deterministic: same input twice, and any input order, give the same themes', () => {
    for (const q of LABELLED) {
      const first = computeThemes(q.notes);
      expect(computeThemes(q.notes)).toEqual(first);
      for (const seed of [1, 2, 3, 42]) expect(computeThemes(shuffled(q.notes, seed))).toEqual(first);
    }
    const many = syntheticNotes(400);
    expect(computeThemes(shuffled(many, 7))).toEqual(computeThemes(many));
  });

  it('keeps a theme key while notes are added to it', () => {
    const before = computeThemes(SIX).map((t) => t.key);
    const after = computeThemes([...SIX, { id: 'n7', text: 'Rapportering tar tid fra familiene' }]);
    expect(after.map((t) => t.key)).toEqual(before);
    expect(must(after.find((t) => t.key === 'n1')).noteIds).toContain('n7');
  });

  it('puts starred notes first among equally central notes', () => {
    const notes = [
      { id: 'a', text: 'Samarbeid på tvers' },
      { id: 'b', text: 'Samarbeid på tvers' },
      { id: 'c', text: 'Samarbeid på tvers', starred: true },
    ];
    expect(must(computeThemes(notes)[0]).noteIds).toEqual(['c', 'a', 'b']);
  });

  it('places a starred note that is only a little like a theme, and leaves out one nothing is like', () => {
    const wall = [
      'Mindre rapportering',
      'Mindre rapportering, mer tid til barna',
      'Rapporteringskrav tar all tida',
      'Færre skjema og rapporter',
      'Ledere som stoler på oss',
      'Tillitsbasert ledelse',
      'Ledelse som gir tillit',
      'Lederne må stole mer på de ansatte',
    ].map((text, i): ThemeInputNote => ({ id: `w${i}`, text }));
    const faint = 'Kortere notater holder'; // shares a few letters with the reporting notes, no word
    const alone = 'Kaffen var kald'; // shares nothing with any theme ("Vi skriver for mye" did, until writing was read as paperwork)
    const themeOf = (starred: boolean, text: string): Theme | undefined =>
      computeThemes([...wall, { id: 'x', text, starred }]).find((t) => t.noteIds.includes('x'));
    expect(themeOf(false, faint)).toBeUndefined();
    expect(themeOf(true, faint)?.noteIds).toContain('w3');
    expect(themeOf(true, alone)).toBeUndefined();
  });

  it('at the cap, keeps the themes most tables raised before bigger ones from fewer tables', () => {
    const texts = (table: number, ...lines: string[]) => lines.map((text) => ({ text, table }));
    const notes = [
      ...texts(1, 'Parkering ved rådhuset', 'Parkeringa er for dyr', 'Parkering for tilsette', 'Meir parkering'),
      ...texts(1, 'Parkeringsplassen er full', 'Gratis parkering'),
      ...texts(2, 'Kantina er stengd', 'Kantina må opne tidlegare', 'Betre mat i kantina', 'Kantina er dyr'),
      ...texts(2, 'Kantine med kaffe', 'Kantina treng fleire bord'),
      { text: 'Sjukefråvær', table: 3 },
      { text: 'Høgt sjukefråvær blant tilsette', table: 4 },
      { text: 'Sykefravær og slitasje', table: 5 },
      { text: 'Sjukefråværet er høgt', table: 6 },
      { text: 'høyt sykefravær', table: 7 },
    ].map((n, i): ThemeInputNote => ({ id: `b${String(i).padStart(2, '0')}`, ...n }));
    const themes = computeThemes(notes, { maxThemes: 2 });
    // Five tables on sick leave outrank six notes of one table on parking (or on the canteen).
    const sickIds = notes.filter((n) => n.table !== undefined && n.table >= 3).map((n) => n.id);
    const sick = themes.find((t) => sickIds.every((id) => t.noteIds.includes(id)));
    expect(sick?.tables).toEqual(expect.arrayContaining([3, 4, 5, 6, 7]));
    expect(themes).toHaveLength(2);
  });

  it('quotes notes that say something, a starred one first, before one-word notes', () => {
    const notes = [
      { id: 'k1', text: 'Kvardagsrehabilitering' },
      { id: 'k2', text: 'kvardagsrehabilitering!' },
      { id: 'k3', text: 'Kvardagsrehabilitering heime' },
      { id: 'k4', text: 'Kvardagsrehabilitering gir folk meir sjølvstende – gode resultat', starred: true },
      { id: 'k5', text: 'Hverdagsrehabilitering har gitt gode resultater hos oss' },
      { id: 'k6', text: 'kvardagsrehab' },
    ];
    const [theme] = computeThemes(notes, { language: 'nn' });
    // Before: the one-word notes came first (k1, k6, k4): nearest the theme's centre, saying least.
    expect(must(theme).representativeNoteIds).toEqual(['k4', 'k5', 'k1']);
  });

  it('caps the number of themes at maxThemes, keeping the biggest', () => {
    const all = computeThemes(syntheticNotes(300), { maxThemes: 50 });
    expect(all.length).toBeGreaterThan(3);
    const capped = computeThemes(syntheticNotes(300), { maxThemes: 3 });
    expect(capped).toHaveLength(3);
    // Leftovers may join the themes kept, so a kept theme can grow; it never loses a note.
    for (const theme of all.slice(0, 3)) {
      const first = must(theme.noteIds[0]);
      const home = capped.find((t) => t.noteIds.includes(first));
      expect(home?.noteIds).toEqual(expect.arrayContaining(theme.noteIds));
    }
    expect(computeThemes(syntheticNotes(300))).toHaveLength(Math.min(8, all.length));
    expect(computeThemes(SIX, { maxThemes: 0 })).toEqual([]);
  });

  it('works for English and nynorsk workshops', () => {
    const en = computeThemes(
      [
        { id: '1', text: 'Less reporting, more time with the children' },
        { id: '2', text: 'Reporting requirements steal time from families' },
        { id: '3', text: 'Leaders who trust their staff' },
        { id: '4', text: 'Trust-based leadership gives staff responsibility' },
      ],
      { language: 'en' },
    );
    expect(en.map((t) => t.noteIds.sort()).sort()).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    const nn = computeThemes(
      [
        { id: '1', text: 'Mindre rapportering, meir tid til borna' },
        { id: '2', text: 'Rapporteringa tek for mykje tid' },
        { id: '3', text: 'Leiarane må vise tillit' },
        { id: '4', text: 'Tillit mellom leiarar og tilsette' },
      ],
      { language: 'nn' },
    );
    expect(nn.map((t) => t.noteIds.sort()).sort()).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('groups 2 000 notes into themes (how fast: test/bench/themes.ts)', () => {
    const themes = computeThemes(syntheticNotes(2000));
    expect(themes.length).toBeGreaterThan(1);
    expect(themes.every((t) => t.noteIds.length >= 2)).toBe(true);
  });
});

describe('quotes under a theme', () => {
  it('never repeat a line, nor the theme name: each quote adds something', () => {
    const notes: ThemeInputNote[] = [
      ...Array.from({ length: 4 }, (_, i) => ({ id: `d${i}`, text: 'Mindre rapportering gir mer tid til barna' })),
      { id: 'v1', text: 'mindre rapportering gir mer tid til barna!' },
      { id: 'v2', text: 'Rapporteringskrav stjeler tid fra barn og familier' },
      { id: 'v3', text: 'Vi bruker for mye tid på rapportering' },
      ...SIX.slice(3),
    ];
    const themes = computeThemes(notes);
    const text = (id: string): string =>
      must(notes.find((n) => n.id === id))
        .text.toLowerCase()
        .replace(/!$/, '');
    const reporting = must(themes.find((t) => t.noteIds.includes('d0')));
    const quoted = reporting.representativeNoteIds.map(text);
    expect(quoted.length).toBeGreaterThan(0);
    expect(new Set(quoted).size).toBe(quoted.length);
    expect(quoted).not.toContain(reporting.label.toLowerCase());
  });
});
