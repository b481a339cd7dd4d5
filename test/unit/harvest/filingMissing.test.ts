// Which filing details the console warns about beside the downloads: saksnummer, virksomhet, enhet and formål.
import { describe, expect, it } from 'vitest';
import { emptyFilingFrame } from '@kafe/shared/filing';
import { missingFilingFields } from '@kafe/shared/filingMissing';
import { KAFEDIALOG_TEMPLATES } from '@kafe/shared/template';

describe('missingFilingFields', () => {
  it('lists every required field of an unfiled workshop, and the template example does not count as a purpose', () => {
    expect(missingFilingFields(null, { purpose: '' })).toEqual(['reference', 'organisation', 'unit', 'purpose']);
    expect(missingFilingFields(null, { purpose: KAFEDIALOG_TEMPLATES.nn.purpose })).toContain('purpose');
  });

  it("counts what the facilitator filled in, and the purpose the workshop was created with; blanks don't count", () => {
    const frame = { ...emptyFilingFrame(), reference: '26/1234', organisation: '  ', unit: 'Oppvekst' };
    expect(missingFilingFields(frame, { purpose: '' })).toEqual(['organisation', 'purpose']);
    expect(missingFilingFields(frame, { purpose: 'Ny oppvekstplan.' })).toEqual(['organisation']);
    expect(
      missingFilingFields({ ...frame, organisation: 'Vestby kommune', purpose: 'Ny plan.' }, { purpose: '' }),
    ).toEqual([]);
  });
});
