// Join-code guessing from one IP, in parallel, as an attacker would: once the IP is slowed, codes are checked no
// faster than one per pause however many guesses are in flight, and a guesser learns nothing faster by mixing in the
// right code. Phones that joined before still get straight back in.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JOIN_GATE_SETTINGS } from '../../../server/src/limits/appLimits.js';
import { asParticipant, connectError, createWorkshop, join, refusalCode, useApp } from '../harness.js';

const h = useApp();
const { opened } = h;

type Answer = { code: string; at: number };

async function attempt(code: string, started: number, key = randomUUID()): Promise<Answer> {
  const result = await join(h.url, asParticipant(code, key)).then((c) => (c.close(), 'joined'), refusalCode);
  return { code: result, at: performance.now() - started };
}

describe('join-code guessing in parallel from one IP', () => {
  it('once slowed, guesses are checked one per pause; the excess is refused unchecked; a known phone skips the line', async () => {
    const w = await createWorkshop(h.url);
    const knownKey = randomUUID();
    opened.push(await join(h.url, asParticipant(w.joinCode, knownKey)));
    for (let i = 0; i < JOIN_GATE_SETTINGS.maxFailures; i++)
      expect((await connectError(h.url, asParticipant('ZZZZZ9'))).data?.code).toBe('not_found');

    // Three waves of 100 wrong guesses and the right code, all at once, as a guesser would send them.
    const started = performance.now();
    const answers: Answer[] = [];
    for (let wave = 0; wave < 3; wave++) {
      const wrong = Array.from(
        { length: 100 },
        (_, i) =>
          `ZZZ${String.fromCharCode(65 + wave)}${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(66 + Math.floor(i / 26))}`,
      );
      answers.push(...(await Promise.all([...wrong, w.joinCode].map((c) => attempt(c, started)))));
    }
    const elapsed = performance.now() - started;
    const checked = answers.filter((a) => a.code !== 'busy');
    const refusedUnchecked = answers.filter((a) => a.code === 'busy');
    // Checked attempts: at most the line's length per wave plus one per pause over the whole time.
    expect(checked.length).toBeLessThanOrEqual(
      3 * JOIN_GATE_SETTINGS.maxWaiting + Math.ceil(elapsed / JOIN_GATE_SETTINGS.pauseMs),
    );
    expect(refusedUnchecked.length).toBeGreaterThan(
      3 * (100 - JOIN_GATE_SETTINGS.maxWaiting) - Math.ceil(elapsed / JOIN_GATE_SETTINGS.pauseMs),
    );
    // What was checked got a real answer: wrong codes "slow down", the right one in; nothing else.
    expect(checked.every((a) => a.code === 'rate_limited' || a.code === 'joined')).toBe(true);
    console.log(
      `guess rate from one IP: ${((checked.length / elapsed) * 1000).toFixed(1)} codes checked per second (${checked.length} in ${Math.round(elapsed)} ms, ${refusedUnchecked.length} refused unchecked)`,
    );

    // The phone that joined before proves itself with code and key, and does not wait in the guessers' line.
    const back = await attempt(w.joinCode, performance.now(), knownKey);
    expect(back.code).toBe('joined');
  });
});
