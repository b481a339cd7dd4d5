// Per-IP limits on wrong join codes, for a room of phones that all share the venue's one public IP (127.0.0.1 here).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedWorkshop } from '../../server/src/context.js';
import { JOIN_GATE_SETTINGS as JOIN_LIMIT } from '../../server/src/limits/appLimits.js';
import {
  asParticipant,
  asRole,
  connectError,
  createWorkshop,
  join,
  startApp,
  tokenOf,
  type Client,
  type Harness,
} from './harness.js';
import { must } from '../fixtures/must.js';

let h: Harness;
let w: CreatedWorkshop;
const answers: string[] = [];
const opened: Client[] = [];
// Its own app, so the failures counted here do not leak into other tests. The room mistypes a code more often than
// the limit allows, once, before the tests look at what that did.
beforeAll(async () => {
  h = await startApp();
  w = await createWorkshop(h.url);
  for (let i = 0; i < JOIN_LIMIT.maxFailures + 3; i++)
    answers.push((await connectError(h.url, asParticipant('ZZZZZ2'))).data?.code ?? '');
});
afterAll(async () => {
  for (const c of opened) c.close();
  await h.close();
});

describe("after more mistyped join codes than the limit, from the venue's shared IP", () => {
  it('wrong codes were answered not_found up to the limit, then rate_limited', () => {
    expect(answers.slice(0, JOIN_LIMIT.maxFailures)).toEqual(Array(JOIN_LIMIT.maxFailures).fill('not_found'));
    expect(answers.slice(JOIN_LIMIT.maxFailures)).toEqual(['rate_limited', 'rate_limited', 'rate_limited']);
  });

  it('a phone with the right code still joins (successful joins are never capped per IP)', async () => {
    const phone = await join(h.url, asParticipant(w.joinCode, randomUUID()));
    opened.push(phone);
    expect(phone.w).toMatchObject({ role: 'participant', workshopId: w.id });
  });

  it("the hosts' and the facilitator's links still connect", async () => {
    const host = await join(h.url, asRole(tokenOf(must(w.links.hosts[0]).url)));
    const facilitator = await join(h.url, asRole(w.facilitatorToken));
    opened.push(host, facilitator);
    expect([host.w.role, facilitator.w.role]).toEqual(['host', 'facilitator']);
  });
});
