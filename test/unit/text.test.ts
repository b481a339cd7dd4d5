// Text the store could not hold (NUL, unpaired surrogates) is refused by the shared schemas, before any store sees it.
import { describe, expect, it } from 'vitest';
import { definitionSchema } from '@kafe/shared/agenda';
import { parseCommand } from '@kafe/shared/decide/index';
import { storedEventSchema } from '@kafe/shared/events';
import { isStorableText } from '@kafe/shared/text';
import { templateOn } from '../fixtures/workshop.js';
import { match } from '../fixtures/match.js';

const OP = '11111111-1111-4111-8111-111111111111';
const NOTE = '22222222-2222-4222-8222-222222222222';
const BAD = ['a\u0000b', 'lone high \ud800 surrogate', 'lone low \udc00 surrogate', 'ends high \ud83d'];

describe('isStorableText', () => {
  it('accepts ordinary text, emoji and Norwegian letters', () => {
    for (const s of ['', 'Tillit – «økt handlingsrom» 👍', 'æøå ÆØÅ', 'line\nbreak\ttab'])
      expect(isStorableText(s)).toBe(true);
  });
  it('refuses NUL and unpaired surrogates', () => {
    for (const s of BAD) expect(isStorableText(s)).toBe(false);
  });
});

describe('every text a client can send is checked', () => {
  const cases: [Parameters<typeof parseCommand>[0], (text: string) => Record<string, unknown>][] = [
    ['note:add', (text) => ({ noteId: NOTE, text })],
    ['note:edit', (text) => ({ noteId: NOTE, text })],
    ['idea:add', (text) => ({ noteId: NOTE, text })],
    ['summary:set', (text) => ({ round: 1, text })],
    ['host:name', (name) => ({ name })],
    ['participant:name', (name) => ({ name })],
    ['message:show', (text) => ({ messageId: NOTE, text })],
    ['vote:cast', (key) => ({ questionId: 'q1', dots: { [key]: 1 } })],
    ['vote:open', (label) => ({ questionId: 'q1', options: [{ key: 'a', label }] })],
    ['evaluation:answer', (text) => ({ answers: { e1: text } })],
    [
      'theme:curate',
      (label) => ({
        questionId: 'q1',
        curation: { labels: { t: label }, merged: {}, moved: {}, hidden: [], pinned: [] },
      }),
    ],
    ['workshop:update', (title) => ({ definition: { ...templateOn(), title } })],
  ];
  for (const [name, payload] of cases) {
    it(`${name}: refused with a clear message, and accepted without the bad character`, () => {
      for (const bad of BAD) {
        const parsed = parseCommand(name, { opId: OP, ...payload(`x${bad}`) });
        // Record keys and unions report through zod's own wording; the refusal is what matters there.
        expect(parsed).toEqual({
          ok: false,
          message: match.stringMatching(/cannot be stored|Invalid key|Invalid input/),
        });
      }
      expect(parseCommand(name, { opId: OP, ...payload('Ok tekst') }).ok).toBe(true);
    });
  }

  it('a stored event with such text does not parse either (the loader and the live path agree)', () => {
    const event = {
      type: 'note.added',
      noteId: NOTE,
      table: 1,
      questionId: 'q1',
      round: 1,
      text: 'a\u0000',
      source: 'host',
    };
    expect(storedEventSchema.safeParse({ seq: 1, at: 0, actor: { role: 'host', table: 1 }, event }).success).toBe(
      false,
    );
    expect(definitionSchema.safeParse({ ...templateOn(), place: 'Oslo\u0000' }).success).toBe(false);
  });
});

describe('ids and keys never name an inherited member', () => {
  it('a question id, vote option or record key such as "constructor" or "__proto__" is refused', () => {
    for (const bad of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(parseCommand('vote:reveal', { opId: OP, questionId: bad }).ok).toBe(false);
      const dots: unknown = JSON.parse(`{"${bad}": 1}`);
      const cast = parseCommand('vote:cast', { opId: OP, questionId: 'q1', dots });
      // Refused, or (zod's own guard for __proto__) the key does not survive parsing.
      expect(cast.ok ? Object.hasOwn(cast.cmd.name === 'vote:cast' ? cast.cmd.payload.dots : {}, bad) : false).toBe(
        false,
      );
      expect(definitionSchema.safeParse({ ...templateOn(), questions: [{ id: bad, text: 'Hva?' }] }).success).toBe(
        false,
      );
    }
    expect(parseCommand('vote:reveal', { opId: OP, questionId: 'q1' }).ok).toBe(true);
  });
});
