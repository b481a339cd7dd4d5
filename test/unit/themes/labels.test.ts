// Theme names a facilitator can read aloud: a phrase in the notes' own words, never a list of stems.
import { describe, expect, it } from 'vitest';
import { computeThemes } from '@kafe/shared/themes/index';
import { FUNCTION_WORDS, LIGHT_VERBS } from '@kafe/shared/themes/lexicon';
import { notePhrase } from '@kafe/shared/themes/phrase';
import { themeLabel } from '@kafe/shared/themes/themeLabel';
import { tokenize } from '@kafe/shared/themes/tokenize';
import { must } from '../../fixtures/must.js';
import { SETS } from './sets.js';

const allThemes = Object.values(SETS).flatMap((questions) => questions.flatMap((notes) => computeThemes(notes)));

describe('theme labels', () => {
  it('are phrases of 1–7 words from a member note, never dot-joined stems', () => {
    for (const questions of Object.values(SETS)) {
      for (const notes of questions) {
        for (const theme of computeThemes(notes)) {
          expect(theme.label).not.toContain('·');
          const words = theme.label.split(' ');
          expect(words.length, theme.label).toBeLessThanOrEqual(7);
          const source = must(notes.find((n) => n.id === theme.labelNoteId));
          expect(theme.noteIds).toContain(source.id);
          // Every word of the label is a word of its note, as written (målform and all), or a slip in it written as
          // the room writes that word (roomSpelling.ts).
          const written = new Set(tokenize(source.text));
          const room = new Set(notes.flatMap((note) => tokenize(note.text)));
          // A mended word is the room's, a letter or a swap away from one the note wrote (same start, same length ±1).
          const mended = (word: string): boolean =>
            room.has(word) &&
            [...written].some(
              (w) => w.length >= 5 && w.charAt(0) === word.charAt(0) && Math.abs(w.length - word.length) <= 1,
            );
          for (const word of tokenize(theme.label))
            expect(written.has(word) || mended(word), `${word} in «${theme.label}»`).toBe(true);
        }
      }
    }
  });

  it('never are a lone verb or function word, and never end on one', () => {
    for (const theme of allThemes) {
      // Every word as written, two-letter ones too: tokenize drops those, and «BTI fungerer ok» then seemed to end on
      // its verb, while «… på» would have seemed to end on the word before.
      const words = theme.label.toLocaleLowerCase('nb').match(/\p{L}+/gu) ?? [];
      const last = words[words.length - 1] ?? '';
      // A verb may close a subordinate clause ("… at noe ikke virker"): the clause is whole there.
      const closesClause = LIGHT_VERBS.has(last) && /\b(at|som|om|når|fordi)\s+\S+\s/u.test(theme.label);
      // …and a particle may follow its verb ("brukerne skal være med"): the verb is "være med".
      const particle = LIGHT_VERBS.has(words[words.length - 2] ?? '') && /^(med|over|inn|ut|opp|til)$/u.test(last);
      expect(
        (FUNCTION_WORDS.has(last) && !particle) || (LIGHT_VERBS.has(last) && !closesClause),
        `«${theme.label}»`,
      ).toBe(false);
    }
  });

  it('keep the verb that closes a subordinate clause, and prefer a whole phrase to one that lost its verb', () => {
    expect(notePhrase('Vi må tåle at noe ikke virker når vi prøver nytt', 'nb')).toBe('Vi må tåle at noe ikke virker');
    expect(notePhrase('Rapportering som ingen leser', 'nb')).toBe('Rapportering som ingen leser');
    // "Mer tid til barna blir" loses its verb: the next note's whole phrase names the theme.
    expect(themeLabel(['Mer tid til barna blir', 'Mer tid sammen med barna'], 'nb', 'x').label).toBe(
      'Mer tid sammen med barna',
    );
  });

  it('keep the målform of the note: nynorsk stays nynorsk', () => {
    expect(notePhrase('Mindre rapportering, meir tid til fagarbeid', 'nb')).toBe('Mindre rapportering');
    expect(notePhrase('Meir tid til borna, mindre skjema', 'nn')).toBe('Meir tid til borna');
    const nn = computeThemes(
      [
        { id: '1', text: 'Meir tid med borna' },
        { id: '2', text: 'meir tid til borna og familiane' },
        { id: '3', text: 'Tid med borna' },
      ],
      { language: 'nn' },
    );
    expect(must(nn[0]).label).toMatch(/borna/);
  });

  it('cut long notes at a clause boundary, keeping "=" between two halves of one thought', () => {
    expect(notePhrase('Mindre rapportering = mer tid til barna', 'nb')).toBe('Mindre rapportering = mer tid til barna');
    expect(notePhrase('Vi må få mer tid til barna fordi rapporteringen tar over hele dagen', 'nb')).toBe(
      'Vi må få mer tid til barna',
    );
    expect(notePhrase('og i på', 'nb')).toBeUndefined();
  });

  it('read whole: a list after a comma, a verb with its particle, no empty verdict after "="', () => {
    // The comma separates the list's items, not two clauses: not "Bedre samarbeid mellom barnevern".
    expect(notePhrase('Bedre samarbeid mellom barnevern, skole og helse.', 'nb')).toBe(
      'Bedre samarbeid mellom barnevern, skole og helse',
    );
    expect(notePhrase('Mindre rapportering, mer tid til barna og familiene', 'nb')).toBe('Mindre rapportering');
    // "være med" is the verb: not "Bra at brukerne skal være".
    expect(notePhrase('Bra at brukerne skal være med og skape reformen!', 'nb')).toBe('Bra at brukerne skal være med');
    expect(notePhrase('Tillitsvalde med i langtidsplanarbeidet = bra', 'nn')).toBe(
      'Tillitsvalde med i langtidsplanarbeidet',
    );
    expect(notePhrase('Mindre rapportering = mer tid', 'nb')).toBe('Mindre rapportering = mer tid');
  });

  it('never cut a comparison in half ("det same som …" is not "det same")', () => {
    // The cut before "som" would leave "Tillit er ikkje det same", which says something else; what is left after
    // the dangling words go is one word, so a near-central note's whole phrase names the theme instead.
    const long = 'Tillit er ikkje det same som fråvær av kontroll';
    expect(notePhrase(long, 'nn')).toBe('Tillit');
    expect(themeLabel([long, 'Tillit og kontroll i balanse'], 'nn', 'x').label).toBe('Tillit og kontroll i balanse');
  });

  it('prefer a whole phrase from a near-central note to one clipped mid-clause at the word limit', () => {
    const clipped = 'Faglige diskusjoner i teamene er vår største styrke i hverdagen';
    const whole = 'Faglige diskusjoner i teamene';
    expect(themeLabel([clipped, whole], 'nb', 'x')).toEqual({ label: whole, from: 1 });
    // With nothing better among the candidates, the clipped phrase still names the theme.
    expect(themeLabel([clipped, 'Ja'], 'nb', 'x').label).toBe('Faglige diskusjoner i teamene er vår største');
  });

  it('name what the notes share, not what one table added (a walkthrough: one note on the hospital named them all)', () => {
    // Most central first, as the pipeline hands them over: the first is about one hospital, the theme about working
    // together. Support: the share of the theme's notes that use a word.
    const texts = [
      'Samarbeidet med sjukehuset har blitt betre',
      'Godt samarbeid mellom fysio og heimetenesta',
      'Godt samarbeid på tvers',
      'Samarbeid på tvers av einingane',
    ];
    const shares: Record<string, number> = { samarbeidet: 1, samarbeid: 1, tvers: 0.5, godt: 0.5, einingane: 0.25 };
    const support = (word: string): number | undefined =>
      word in shares ? shares[word] : word.length > 3 ? 0.1 : undefined;
    expect(themeLabel(texts, 'nn', 'x').label).toBe('Samarbeidet med sjukehuset har blitt betre');
    expect(themeLabel(texts, 'nn', 'x', support)).toEqual({ label: 'Godt samarbeid på tvers', from: 2 });
  });

  it('are not a question or an "if …" when a statement names the theme', () => {
    const support = (): number => 1;
    expect(
      themeLabel(['Kommer det nye krav nå?', 'Hvis vi får tid', 'Mindre rapportering'], 'nb', 'x', support).label,
    ).toBe('Mindre rapportering');
  });

  it('keep tillitsvalgte (union representatives) apart from tillit (trust)', () => {
    const notes = [
      'Tillit til medarbeiderne',
      'Tillit til de ansatte',
      'Vise tillit i hverdagen',
      'Tillitsvalgte med fra start',
      'Tillitsvalgte må involveres tidlig',
      'Samarbeid med tillitsvalgte',
    ].map((text, i) => ({ id: `n${i}`, text }));
    const themes = computeThemes(notes);
    const home = (id: string): string | undefined => themes.find((t) => t.noteIds.includes(id))?.key;
    expect(home('n0')).toBeDefined();
    expect(home('n3')).toBeDefined();
    expect(home('n0')).not.toBe(home('n3'));
    expect(new Set(['n0', 'n1', 'n2'].map(home)).size).toBe(1);
    expect(new Set(['n3', 'n4', 'n5'].map(home)).size).toBe(1);
  });
});

describe('themes do not depend on note ids or order', () => {
  const shape = (notes: readonly { id: string; text: string }[], themes: ReturnType<typeof computeThemes>) => {
    const textOf = new Map(notes.map((n) => [n.id, n.text]));
    return themes.map((t) => ({
      label: t.label,
      texts: t.noteIds.map((id) => textOf.get(id)).sort(),
      tables: t.tables,
    }));
  };

  it('gives the same themes (members, labels, order) for the same notes under new ids and any order', () => {
    for (const notes of [...SETS.labelled, ...SETS.tuning2, ...SETS.tuning3]) {
      const first = shape(notes, computeThemes(notes));
      const renamed = [...notes].reverse().map((n, i) => ({ ...n, id: `x${(i * 31) % 97}-${i}` }));
      expect(shape(renamed, computeThemes(renamed))).toEqual(first);
    }
  });
});
