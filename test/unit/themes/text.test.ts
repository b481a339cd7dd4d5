// The text steps in isolation: tokenizer, stopword lists, stemmer.
import { describe, expect, it } from 'vitest';
import { stem } from '@kafe/shared/themes/stem';
import {
  BOKMAL_STOPWORDS,
  ENGLISH_STOPWORDS,
  NYNORSK_STOPWORDS,
  stopwordsFor,
  type StopwordLanguage,
} from '@kafe/shared/themes/stopwords';
import { tokenize } from '@kafe/shared/themes/tokenize';

/** Whether the theme pipeline drops `word` in a workshop in `language`: tokenized, then looked up (as features.ts does). */
const dropped = (word: string, language: StopwordLanguage): boolean =>
  tokenize(word).every((token) => stopwordsFor(language).has(token));

describe('tokenize', () => {
  it('lowercases and keeps æ, ø, å', () => {
    expect(tokenize('Økt HANDLINGSROM på Førstelinja, særlig i små kommuner')).toEqual([
      'økt',
      'handlingsrom',
      'førstelinja',
      'særlig',
      'små',
      'kommuner',
    ]);
  });

  it('drops numbers, punctuation and one- and two-letter words', () => {
    expect(tokenize('Ca 13: 2 pilotar i 2023 – v/ NAV, ok?')).toEqual(['pilotar', 'nav']);
  });

  it('splits hyphenated word parts and keeps the parts', () => {
    expect(tokenize('rapporterings- og dokumentasjonskrav')).toEqual(['rapporterings', 'dokumentasjonskrav']);
  });

  it('treats a decomposed å (a + combining ring, as some keyboards send it) as å', () => {
    expect(tokenize('sa\u030Ant')).toEqual(tokenize('sånt'));
  });

  it('returns nothing for empty or wordless text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('123 !!! :-)')).toEqual([]);
  });

  it("reads the sector's shorthand as the words meant, two-letter ones included", () => {
    expect(tokenize('bv og TV m/ HTV ift rapp. og dok')).toEqual([
      'barnevern',
      'tillitsvalgt',
      'tillitsvalgt',
      'rapportering',
      'dokumentasjon',
    ]);
  });

  it('reads IT and PC as the machines only in capitals ("it" is an English word)', () => {
    expect(tokenize('Treg PC og dårlig IT-støtte')).toEqual(['treg', 'datamaskin', 'dårlig', 'ikt', 'støtte']);
    expect(tokenize('make it work')).toEqual(['make', 'work']);
  });

  it('reads "aa" as "å" in a word typed without æ, ø and å', () => {
    expect(tokenize('naar vi maa slippe byraakratiet')).toEqual(['når', 'slippe', 'byråkratiet']);
    expect(tokenize('Kåre og Haakon')).toEqual(['kåre', 'håkon']); // word by word
  });
});

describe('stopwords', () => {
  it('knows the nynorsk function words', () => {
    for (const w of ['ikkje', 'eg', 'berre', 'kva', 'korleis', 'frå', 'meir', 'dei', 'noko']) {
      expect(NYNORSK_STOPWORDS.has(w), w).toBe(true);
      expect(dropped(w, 'nn'), w).toBe(true);
    }
  });

  it('knows the bokmål function words (from the stopword package)', () => {
    for (const w of ['ikke', 'jeg', 'og', 'hvordan', 'også']) {
      expect(BOKMAL_STOPWORDS.has(w), w).toBe(true);
      expect(dropped(w, 'nb'), w).toBe(true);
    }
  });

  it('uses both written forms of Norwegian in either language, as rooms mix them', () => {
    expect(dropped('ikkje', 'nb')).toBe(true);
    expect(dropped('ikke', 'nn')).toBe(true);
  });

  it('drops the workshop-wide domain words, case-insensitively', () => {
    for (const w of ['Tillitsreformen', 'reformen', 'vi', 'oss']) expect(dropped(w, 'nb'), w).toBe(true);
  });

  it('keeps words that carry themes', () => {
    for (const w of ['rapportering', 'tillit', 'barn', 'ledelse', 'samarbeid', 'tid', 'tidlig', 'skjønn']) {
      expect(dropped(w, 'nb'), w).toBe(false);
      expect(dropped(w, 'nn'), w).toBe(false);
    }
  });

  it('has an English list that does not leak into Norwegian', () => {
    expect(ENGLISH_STOPWORDS.has('the')).toBe(true);
    expect(dropped('because', 'en')).toBe(true);
    expect(dropped('trust', 'en')).toBe(false);
    expect(dropped('the', 'nb')).toBe(false);
  });
});

describe('stem', () => {
  const same = (a: string, b: string, lang: 'nb' | 'nn' | 'en' = 'nb') =>
    expect(stem(a, lang), `${a} ~ ${b}`).toBe(stem(b, lang));

  it('joins inflections of one Norwegian word', () => {
    same('rapportering', 'rapporteringen');
    same('rapportering', 'rapporteringa');
    same('rapportering', 'rapporterer');
    same('barna', 'barn');
    same('barnas', 'barn');
    same('familiene', 'familier');
    same('ledere', 'leder');
    same('lederne', 'leder');
    same('involvering', 'involvere');
    same('ungdommen', 'ungdom');
  });

  it('stems nynorsk with the Norwegian stemmer', () => {
    same('leiarane', 'leiarar', 'nn');
    same('ungdommane', 'ungdom', 'nn');
    same('rapporteringa', 'rapportering', 'nn');
  });

  it('keeps "tidlig" (early) apart from "tid" (time)', () => {
    expect(stem('tidlig', 'nb')).not.toBe(stem('tid', 'nb'));
    same('tidlig', 'tidligere');
    same('tidleg', 'tidlig', 'nn');
  });

  it('keeps "brukerne" (the users) apart from "bruke" (to use)', () => {
    expect(stem('brukerne', 'nb')).not.toBe(stem('bruke', 'nb'));
    expect(stem('brukere', 'nb')).not.toBe(stem('brukes', 'nb'));
    same('brukerne', 'brukeren');
    same('brukarane', 'brukerne', 'nn');
  });

  it('stems English with the English stemmer', () => {
    same('reporting', 'reports', 'en');
    same('families', 'family', 'en');
  });

  it('is stable: the same word always gets the same stem', () => {
    expect(stem('rapporteringskrav', 'nb')).toBe(stem('rapporteringskrav', 'nb'));
  });
});
