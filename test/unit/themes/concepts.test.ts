// The language knowledge grouping uses beside the notes' own words: concepts (broad synonym groups) and nynorsk twins.
import { describe, expect, it } from 'vitest';
import { computeThemes } from '@kafe/shared/themes/index';
import { CONCEPT_MARK, conceptOf, participationOf } from '@kafe/shared/themes/concepts';
import { extractFeatures } from '@kafe/shared/themes/features';
import { toBokmal } from '@kafe/shared/themes/nynorsk';
import { must } from '../../fixtures/must.js';

describe('conceptOf', () => {
  it('puts words a Norwegian speaker would call the same thing in one concept, bokmål and nynorsk', () => {
    expect(conceptOf('skjema')).toBe(conceptOf('rapportering'));
    expect(conceptOf('dokumentasjonskrav')).toBe(conceptOf('rapportering'));
    expect(conceptOf('leiinga')).toBe(conceptOf('ledelse'));
    expect(conceptOf('siloer')).toBe(conceptOf('samarbeid'));
    expect(conceptOf('brukarmedverknad')).toBe(conceptOf('medvirkning'));
    expect(conceptOf('skjønn')).toBeDefined();
  });

  it('reads a compound by its head when its start is no concept', () => {
    expect(conceptOf('foreldresamarbeid')).toBe(conceptOf('samarbeid'));
    expect(conceptOf('ungdomsmedvirkning')).toBe(conceptOf('medvirkning'));
  });

  it('keeps tillitsvalgte (union representatives) apart from tillit (trust)', () => {
    expect(conceptOf('tillitsvalgte')).toBeDefined();
    expect(conceptOf('tillit')).toBeDefined();
    expect(conceptOf('tillitsvalgte')).not.toBe(conceptOf('tillit'));
    expect(conceptOf('tillitsbasert')).toBe(conceptOf('tillit'));
  });

  it('gives no concept to the people every note names, nor to look-alikes', () => {
    for (const word of ['barna', 'familiene', 'ansatte', 'brukerne', 'systematisk', 'stemmer'])
      expect(conceptOf(word), word).toBeUndefined();
    // "tid" is time only as itself and its endings, not every word that starts with it.
    expect(conceptOf('tiden')).toBe(conceptOf('tid'));
    expect(conceptOf('tidspunkt')).toBeUndefined();
  });
});

describe('participationOf', () => {
  it('tells the voice of the people served from the involvement of staff, by whom a note names', () => {
    expect(participationOf(['involvere', 'brukerne'])).toBe('voice');
    expect(participationOf(['lytte', 'ungdommen'])).toBe('voice');
    expect(participationOf(['involvere', 'ansatte', 'tidligere'])).toBe('involvement');
    expect(participationOf(['ansattes', 'stemme'])).toBe('involvement');
  });

  it('decides nothing when a note names neither side, or both, or only a service', () => {
    expect(participationOf(['involvering'])).toBeUndefined();
    expect(participationOf(['ansatte', 'brukerne', 'involveres'])).toBeUndefined();
    expect(participationOf(['barnevernet', 'involverer'])).toBeUndefined();
  });

  it('gives "involve the users" and "involve the staff" different concepts, and the same one to each side', () => {
    const concepts = (text: string): string[] =>
      [...must(extractFeatures([text], { language: 'nb', conceptWeight: 3 })[0]).counts.keys()].filter((t) =>
        t.startsWith(CONCEPT_MARK),
      );
    expect(concepts('Brukerne må involveres')).toEqual(concepts('Lytte til brukerne'));
    expect(concepts('Ansatte må involveres')).toEqual(concepts('Medarbeiderne må få medvirke'));
    expect(concepts('Brukerne må involveres')).not.toEqual(concepts('Ansatte må involveres'));
  });
});

describe('toBokmal', () => {
  it('reads a nynorsk word as its bokmål twin, keeping its ending', () => {
    expect(toBokmal('borna')).toBe('barna');
    expect(toBokmal('tilsette')).toBe('ansatte');
    expect(toBokmal('tenestene')).toBe('tjenestene');
    // The twin may read oddly ("ledelse" + "a"); only the stemmer sees it, and it strips the ending.
    expect(toBokmal('leiinga')).toBe('ledelsea');
  });

  it("reads a twin that is a compound's head, and the regular ending -heit", () => {
    expect(toBokmal('brukarmedverknad')).toBe('brukarmedvirkning');
    expect(toBokmal('arbeidskvardagen')).toBe('arbeidshverdagen');
    expect(toBokmal('skjønnheita')).toBe('skjønnheten');
    expect(toBokmal('usikkerheit')).toBe('usikkerhet');
  });

  it('leaves bokmål words and longer words that only start alike as they are', () => {
    expect(toBokmal('barna')).toBe('barna');
    expect(toBokmal('rapportering')).toBe('rapportering');
    expect(toBokmal('heimevernsoldat')).toBe('heimevernsoldat');
  });

  it('lets a nynorsk note and a bokmål note share a theme while the label keeps the words as written', () => {
    const notes = [
      'Meir tid med borna',
      'Tid saman med borna',
      'Mer tid med barna',
      'Færre skjema å fylle ut',
      'Mindre rapportering',
      'Kutte dokumentasjonskrav',
    ].map((text, i) => ({ id: `n${i}`, text }));
    const themes = computeThemes(notes, { language: 'nn' });
    const home = (id: string): string | undefined => themes.find((t) => t.noteIds.includes(id))?.key;
    expect(home('n0')).toBeDefined();
    expect(new Set(['n0', 'n1', 'n2'].map(home)).size).toBe(1);
    expect(home('n3')).not.toBe(home('n0'));
    for (const theme of themes) expect(theme.label).not.toMatch(/ledelsea|barna med borna/);
  });
});
