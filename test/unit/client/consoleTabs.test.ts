// The console's sections follow the workshop: preparation before the start, live in the rounds, the plenary in its
// segment, the report at the end.
import { describe, expect, it } from 'vitest';
import { KAFEDIALOG_TEMPLATE } from '@kafe/shared/template';
import { wallClockToEpoch } from '@kafe/shared/time';
import { timelineAt } from '@kafe/shared/timeline';
import { tabOfPhase } from '../../../client/src/facilitator/console/consoleTabs';

// test/fixtures lies outside this project (it is checked with the client's resolution), so the day is built here.
const DAY = '2026-03-10';
const def = { ...KAFEDIALOG_TEMPLATE, date: DAY };
const oslo = (hhmm: string): number => wallClockToEpoch(DAY, hhmm, 'Europe/Oslo');
const started = [{ at: oslo('12:45'), event: { type: 'clock.started' as const, planShiftMs: 0 } }];
const at = (hhmm: string, clock: Parameters<typeof timelineAt>[1] = started) =>
  tabOfPhase(timelineAt(def, clock, oslo(hhmm)));

describe('tabOfPhase', () => {
  it('follows the workshop through the day', () => {
    expect(at('12:00', [])).toBe('prepare');
    expect(at('12:50')).toBe('live'); // intro
    expect(at('13:10')).toBe('live'); // round 1
    expect(at('13:55')).toBe('live'); // break
    expect(at('14:40')).toBe('plenary');
    expect(at('15:30'), 'the plenary holds in overtime').toBe('plenary');
    const ended = [...started, { at: oslo('15:00'), event: { type: 'clock.jumped' as const, segmentId: null } }];
    expect(at('15:01', ended)).toBe('report');
  });
});
