import type { WorkshopDefinition } from './agenda.js';
import type { FilingFrame } from './filing.js';
import { ownPurpose } from './harvest/templateTexts.js';

/** The filing details an archive files a report under; the rest of the frame (author, method, steps) is a bonus. */
export const REQUIRED_FILING_FIELDS = ['reference', 'organisation', 'unit', 'purpose'] as const;
export type RequiredFilingField = (typeof REQUIRED_FILING_FIELDS)[number];

/**
 * The required filing details still empty, in the console's order. The purpose counts as given when the workshop was
 * created with one of its own (the report then uses it), never when it is the template's example.
 */
export function missingFilingFields(
  frame: FilingFrame | null,
  def: Pick<WorkshopDefinition, 'purpose'>,
): RequiredFilingField[] {
  return REQUIRED_FILING_FIELDS.filter((field) => {
    const value = frame?.[field].trim() ?? '';
    return field === 'purpose' ? !value && !ownPurpose(def.purpose) : !value;
  });
}

/**
 * How many next steps (tiltak) lack an owner or a deadline. A step is often drafted by ticking a starred note, and a
 * ticked note is not yet a decision: the console says so before a download, the report prints «ikkje avklart».
 */
export function stepsWithoutOwnerOrDeadline(frame: FilingFrame | null): number {
  return (frame?.nextSteps ?? []).filter((s) => s.what.trim() && (!s.who.trim() || !s.due.trim())).length;
}
