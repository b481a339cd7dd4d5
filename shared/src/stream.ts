import type { RedactedEvent, VisibleEvent } from './events.js';

/** The last seq an event (or a run of redacted seqs) covers. */
export const lastSeqOf = (e: VisibleEvent): number =>
  e.event.type === 'redacted' && 'through' in e && e.through !== undefined ? e.through : e.seq;

/** A stand-in for seqs `from`..`through`, none of which the viewer may see. */
export const redactedRun = (from: number, through: number, at: number): RedactedEvent =>
  from === through
    ? { seq: from, at, actor: null, event: { type: 'redacted' } }
    : { seq: from, through, at, actor: null, event: { type: 'redacted' } };

/** Merges runs of redacted events into one each: a phone's backlog of 2,000 notes it may not see is one small message. */
export function compressRedacted(events: readonly VisibleEvent[]): VisibleEvent[] {
  const out: VisibleEvent[] = [];
  for (const e of events) {
    const last = out.at(-1);
    if (e.event.type === 'redacted' && last && last.event.type === 'redacted' && lastSeqOf(last) + 1 === e.seq) {
      out[out.length - 1] = redactedRun(last.seq, lastSeqOf(e), e.at);
    } else {
      out.push(e);
    }
  }
  return out;
}

export type StreamStep = { kind: 'apply' } | { kind: 'skip' } | { kind: 'gap' };

/** How a client treats an incoming event given the last seq it has: apply it, drop a duplicate, or resync on a gap. */
export function stepFor(lastSeq: number, e: VisibleEvent): StreamStep {
  if (lastSeqOf(e) <= lastSeq) return { kind: 'skip' };
  if (e.seq > lastSeq + 1) return { kind: 'gap' };
  return { kind: 'apply' };
}
