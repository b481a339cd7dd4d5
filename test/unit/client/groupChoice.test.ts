// The phone's group picker: two quick taps on different options must not make the radio jump back to the first one
// when the first tap's answer (and the store's echo of it) arrives while the second is still on its way.
import { describe, expect, it } from 'vitest';
import { answered, NO_CHOICE, shownGroup, tapped } from '../../../client/src/participant/groupChoice';

describe("the phone's group choice", () => {
  it('keeps showing the latest tap while an older tap is answered and the store echoes the older choice', () => {
    const first = tapped('ansatt', 1);
    const second = tapped('leder', 2);
    expect(shownGroup(second, '')).toBe('leder');
    // The server has taken the first tap: its event is in the store ('ansatt'), then its ack comes.
    const firstAnswered = answered(second, first.latest, true);
    expect(shownGroup(firstAnswered, 'ansatt')).toBe('leder');
    expect(firstAnswered.status).toBe('idle');
    // The second tap is taken: the store has 'leder' and the page says it is saved.
    const done = answered(firstAnswered, second.latest, true);
    expect(shownGroup(done, 'leder')).toBe('leder');
    expect(done.status).toBe('saved');
  });

  it("shows the server's choice and says 'not saved' when the latest tap is refused", () => {
    const first = tapped('ansatt', 1);
    const second = tapped('leder', 2);
    const refused = answered(answered(second, first.latest, true), second.latest, false);
    expect(shownGroup(refused, 'ansatt')).toBe('ansatt');
    expect(refused.status).toBe('failed');
  });

  it("an older tap's refusal neither hides the latest tap nor says 'not saved'", () => {
    const first = tapped('ansatt', 1);
    const second = tapped('', 2);
    const olderRefused = answered(second, first.latest, false);
    expect(shownGroup(olderRefused, 'tillitsvalgt')).toBe('');
    expect(olderRefused.status).toBe('idle');
  });

  it("without a tap on its way, shows the store's choice (another tab, or after a reload)", () => {
    expect(shownGroup(NO_CHOICE, 'leder')).toBe('leder');
  });
});
