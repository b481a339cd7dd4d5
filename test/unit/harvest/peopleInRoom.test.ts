// The app counts phones, not people. A walkthrough with 60 in the room and 7 phones filed «7 deltakarar vart med».
// The facilitator can now give the people counted in the room (the filing frame); the report names people only then,
// and otherwise says plainly that its number is phones; the evaluation's share says it is of phones.
import { describe, expect, it } from 'vitest';
import { emptyFilingFrame, filingFrameSchema, type FilingFrame } from '@kafe/shared/filing';
import { reportWith } from './reportWith.js';

const framed = (frame: Partial<FilingFrame>) => ({
  type: 'report.framed' as const,
  frame: { ...emptyFilingFrame(), ...frame },
});

describe('people in the room', () => {
  it('is a whole number from 1 to 10,000, optional, so frames saved before it still parse', () => {
    const parse = (peopleInRoom: unknown) =>
      filingFrameSchema.safeParse({ ...emptyFilingFrame(), peopleInRoom }).success;
    expect(parse(60)).toBe(true);
    expect(parse(10_000)).toBe(true);
    expect(parse(undefined)).toBe(true);
    expect(parse(2.5)).toBe(false);
    expect(parse(0)).toBe(false);
    expect(parse(10_001)).toBe(false);
    expect(parse('60')).toBe(false);
    expect(filingFrameSchema.parse({ ...emptyFilingFrame(), peopleInRoom: 60 }).peopleInRoom).toBe(60);
  });

  it('when given, the first page says how many people took part and, apart, how many of them joined on a phone', () => {
    const { report, md } = reportWith([framed({ peopleInRoom: 60 })]);
    expect(report.filing.peopleInRoom).toBe(60);
    expect(md).toContain('60 deltakere satt ved 3 bord i 3 samtalerunder. 3 av dem var med på mobil.');
    expect(md).toContain('Deltakere i rommet');
    expect(md).not.toMatch(/deltakere ble med/);
  });

  it('when not given, says the number is phones: «3 deltakere var med på mobil»', () => {
    const { report, md } = reportWith([]);
    expect(report.filing.peopleInRoom).toBeNull();
    expect(md).toContain('Samtalene foregikk ved 3 bord i 3 samtalerunder. 3 deltakere var med på mobil.');
    expect(md).not.toContain('Deltakere i rommet');
  });

  it('says the evaluation share is of those on phones, in nynorsk and English too', () => {
    expect(reportWith([framed({ peopleInRoom: 60 })]).md).toMatch(/3 av 3 som var med på mobil, svarte \(100\s%\)/u);
    const nn = reportWith([framed({ peopleInRoom: 60 })], 'nn').md;
    expect(nn).toContain('60 deltakarar sat ved 3 bord i 3 samtalerundar. 3 av dei var med på mobil.');
    expect(nn).toContain('3 av 3 som var med på mobil, svarte på evalueringa.');
    const en = reportWith([], 'en').md;
    expect(en).toContain(
      'The conversations took place at 3 tables in 3 rounds of conversation. 3 participants joined on their phones.',
    );
    expect(en).toContain('3 of the 3 who joined on their phones answered');
  });
});
