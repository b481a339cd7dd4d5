// A next step (tiltak) ticked from a starred note went into a walkthrough's filed report as «Byråkrati: … | – | –»:
// no owner, no deadline, nothing to say so. The report now writes «ikke avklart», and the console counts such steps
// before a download (stepsWithoutOwnerOrDeadline, shown beside the missing filing details).
import { describe, expect, it } from 'vitest';
import { emptyFilingFrame } from '@kafe/shared/filing';
import { stepsWithoutOwnerOrDeadline } from '@kafe/shared/filingMissing';
import { uuidOf } from '../../fixtures/workshop.js';
import { reportWith } from './reportWith.js';

const frame = {
  ...emptyFilingFrame(),
  nextSteps: [
    { what: 'Kartlegge rapporteringskrav', who: 'Fagstaben', due: '1. mars 2027' },
    { what: 'Mindre rapportering, mer tid til barna', who: '', due: '', noteId: uuidOf(103) },
    { what: 'Samarbeidsmøte med skolene', who: 'Rektor', due: '' },
  ],
};

describe('next steps without an owner or a deadline', () => {
  it('read «ikke avklart» in the report, not a dash', () => {
    const md = reportWith([{ type: 'report.framed', frame }]).md;
    expect(md).toContain('| 1. Kartlegge rapporteringskrav | Fagstaben | 1. mars 2027 |');
    expect(md).toContain('| 2. Mindre rapportering, mer tid til barna | ikke avklart | ikke avklart |');
    expect(md).toContain('| 3. Samarbeidsmøte med skolene | Rektor | ikke avklart |');
    expect(reportWith([{ type: 'report.framed', frame }], 'nn').md).toContain('| Rektor | ikkje avklart |');
    expect(reportWith([{ type: 'report.framed', frame }], 'en').md).toContain('| Rektor | not set |');
  });

  it('are counted for the console’s warning before a download', () => {
    expect(stepsWithoutOwnerOrDeadline(frame)).toBe(2);
    expect(stepsWithoutOwnerOrDeadline(null)).toBe(0);
    expect(stepsWithoutOwnerOrDeadline({ ...frame, nextSteps: frame.nextSteps.slice(0, 1) })).toBe(0);
  });
});
