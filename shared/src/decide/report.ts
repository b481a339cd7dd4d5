import type { FilingFrame } from '../filing.js';
import type { WorkshopState } from '../state.js';
import { accept, refuse, unchanged, type Decision } from './result.js';

/** Same frame, field by field (the schema fixes the key order, so the JSON of two equal frames is equal). */
const sameFrame = (a: FilingFrame | null, b: FilingFrame): boolean =>
  a !== null && JSON.stringify(a) === JSON.stringify(b);

/**
 * The facilitator files the report: reference, organisation, author, purpose, method and next steps. A next step
 * drafted from a note must name a note of this workshop; saving the same frame again stores nothing.
 */
export function decideReport(state: WorkshopState, frame: FilingFrame): Decision {
  if (!state.definition) return refuse('not_found', 'the workshop does not exist');
  const unknown = frame.nextSteps.find((s) => s.noteId !== undefined && !state.notes[s.noteId]);
  if (unknown) return refuse('not_found', `next step "${unknown.what}" refers to a note this workshop does not have`);
  if (sameFrame(state.filing, frame)) return unchanged();
  return accept({ type: 'report.framed', frame });
}
