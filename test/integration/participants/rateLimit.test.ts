// Wrong join codes from one IP (every test here shares 127.0.0.1, as a room shares the venue's NAT): past the limit
// the IP is slowed down, never shut out. This file has its own app so the count starts at zero.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JOIN_GATE_SETTINGS as JOIN_LIMIT } from '../../../server/src/limits/appLimits.js';
import { asParticipant, asRole, connectError, createWorkshop, join, useApp } from '../harness.js';

const h = useApp();
const { opened } = h;

describe('failed join attempts per IP', () => {
  it('many successful joins from one IP are never limited', async () => {
    const w = await createWorkshop(h.url);
    for (let batch = 0; batch < 4; batch++) {
      const phones = await Promise.all(
        Array.from({ length: 25 }, () => join(h.url, asParticipant(w.joinCode, randomUUID()))),
      );
      opened.push(...phones);
    }
    expect(opened).toHaveLength(100);
  });

  it(`after ${JOIN_LIMIT.maxFailures} wrong codes the IP waits in line: wrong codes get "slow down", right codes still join`, async () => {
    const w = await createWorkshop(h.url);
    const first: string[] = [];
    for (let i = 0; i < JOIN_LIMIT.maxFailures; i++)
      first.push((await connectError(h.url, asParticipant('ZZZZZZ'))).data?.code ?? '');
    expect(new Set(first)).toEqual(new Set(['not_found']));

    // Past the limit, attempts are served one at a time with a pause, and wrong codes are told to slow down.
    const burst = await Promise.all(Array.from({ length: 8 }, () => connectError(h.url, asParticipant('ZZZZZY'))));
    expect(burst.map((e) => e.data?.code)).toEqual(Array.from({ length: 8 }, () => 'rate_limited'));

    const phone = await join(h.url, asParticipant(w.joinCode, randomUUID()));
    opened.push(phone);
    expect(phone.w.role).toBe('participant');
  });

  it("the room's typos never touch the facilitator's and hosts' links", async () => {
    const w = await createWorkshop(h.url);
    const facilitator = await join(h.url, asRole(w.facilitatorToken));
    opened.push(facilitator);
    expect(facilitator.w.role).toBe('facilitator');
  });
});
