// The default JSON export's log: no names, no one's own ballot or answers, and yet the same report when replayed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHarvestReport } from '@kafe/shared/harvest/index';
import { guillemets } from '@kafe/shared/harvest/document/format';
import { pseudonymousEvents, shuffledAnswers, shuffledBallots } from '../../../server/src/export/pseudonymous.js';
import { NOW, scriptedEvents, scriptedState } from './scripted.js';

describe('the pseudonymous log', () => {
  const events = scriptedEvents();
  const pseudonymous = pseudonymousEvents(events);

  it('replays to the same report: participation, votes, evaluation, notes', () => {
    const report = (log: typeof events) => {
      const { generatedAt: _g, seq: _s, ...rest } = buildHarvestReport(scriptedState(log), log, { now: NOW });
      return rest;
    };
    expect(report(pseudonymous)).toEqual(report(events));
  });

  it("holds no name and no real participant's ballot or answers", () => {
    expect(JSON.stringify(events)).toContain('Bjørn');
    expect(JSON.stringify(pseudonymous)).not.toContain('Bjørn');
    const real = new Set(events.flatMap((e) => (e.event.type === 'participant.joined' ? [e.event.participantId] : [])));
    for (const { event } of pseudonymous)
      if (event.type === 'vote.cast' || event.type === 'evaluation.answered')
        expect(real.has(event.participantId)).toBe(false);
    expect(pseudonymous.map((e) => e.seq)).toEqual(pseudonymous.map((_, i) => i + 1));
  });

  it("drops a phone's group, which would tie its pseudonym (seat, ideas) to its group", () => {
    const joined = events.find((e) => e.event.type === 'participant.joined');
    if (joined?.event.type !== 'participant.joined') throw new Error('the scripted workshop has no participant');
    const { participantId } = joined.event;
    const grouped = [
      ...events,
      {
        seq: events.length + 1,
        at: joined.at,
        actor: { role: 'participant' as const, participantId },
        event: { type: 'participant.grouped' as const, participantId, group: 'tillitsvalgt' },
      },
    ];
    expect(JSON.stringify(grouped)).toContain('tillitsvalgt');
    expect(JSON.stringify(pseudonymousEvents(grouped))).not.toContain('tillitsvalgt');
    expect(pseudonymousEvents(grouped).some((e) => e.event.type === 'participant.grouped')).toBe(false);
  });
});

describe('made-up ballots and answer sets', () => {
  const ballot = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 0, max: 5 }));
  it('keep every total and the voter count, and no ballot holds more dots than the fullest real one', () => {
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 30 }), (ballots) => {
        const made = shuffledBallots(ballots);
        const sum = (bs: typeof ballots, key?: string) =>
          bs.reduce((n, b) => n + Object.entries(b).reduce((m, [k, d]) => m + (key && k !== key ? 0 : d), 0), 0);
        const cast = ballots.filter((b) => Object.values(b).some((d) => d > 0));
        expect(made).toHaveLength(cast.length);
        for (const key of ['a', 'b', 'c', 'd']) expect(sum(made, key)).toBe(sum(cast, key));
        const fullest = Math.max(0, ...cast.map((b) => sum([b])));
        for (const b of made) expect(sum([b])).toBeGreaterThan(0);
        for (const b of made) expect(sum([b])).toBeLessThanOrEqual(fullest);
      }),
    );
  });

  const answers = fc.dictionary(fc.constantFrom('x', 'y', 'z'), fc.oneof(fc.integer({ min: 1, max: 5 }), fc.string()));
  it("keep each item's answers (sorted, so no set is one person's in the order they answered) and the respondent count", () => {
    fc.assert(
      fc.property(fc.array(answers, { maxLength: 20 }), (sets) => {
        const made = shuffledAnswers(sets);
        const given = sets.filter((a) => Object.keys(a).length > 0);
        expect(made).toHaveLength(given.length);
        for (const a of made) expect(Object.keys(a).length).toBeGreaterThan(0);
        const sorted = (xs: (string | number | undefined)[]) =>
          [...xs].sort((a, b) => String(a).localeCompare(String(b), 'nb', { numeric: true }));
        for (const item of ['x', 'y', 'z'])
          expect(made.flatMap((a) => (item in a ? [a[item]] : []))).toEqual(
            sorted(given.flatMap((a) => (item in a ? [a[item]] : []))),
          );
      }),
    );
  });
});

describe('quotation marks', () => {
  it('nest as «…‹…›…»', () => {
    expect(guillemets('Han sa «nok nå» og gikk')).toBe('«Han sa ‹nok nå› og gikk»');
    expect(guillemets('enkel')).toBe('«enkel»');
  });
});
