import type { Note } from '../note.js';
import type { WorkshopState } from '../state.js';
import { roundCount } from '../rounds.js';
import { documentedNotes } from './documentedNotes.js';
import type { ParticipationReport, TableReport } from './types.js';

/** Who took part and how much was written where: per table and round, notes by the host and ideas from phones. */
export function participationReport(state: WorkshopState, notes: readonly Note[]): ParticipationReport {
  const rounds = Array.from({ length: Math.max(roundCount(state), ...notes.map((n) => n.round)) }, (_, i) => i + 1);
  const tableNumbers = new Set<number>();
  for (let t = 1; t <= (state.definition?.tables ?? 0); t++) tableNumbers.add(t);
  // A table that was removed from the definition later still shows if it has notes: nothing written is dropped.
  for (const n of notes) tableNumbers.add(n.table);

  const participants = Object.values(state.participants);
  const tables = [...tableNumbers]
    .sort((a, b) => a - b)
    .map((table): TableReport => {
      const here = notes.filter((n) => n.table === table);
      const host = state.hostNames[table]?.trim() || null;
      const perRound = rounds.map((round) => {
        const inRound = here.filter((n) => n.round === round);
        const ideas = inRound.filter((n) => n.source === 'participant').length;
        return { round, notes: inRound.length - ideas, ideas };
      });
      const ideas = here.filter((n) => n.source === 'participant').length;
      return {
        table,
        host,
        hosted: host !== null || here.some((n) => n.source === 'host'),
        seated: participants.filter((p) => p.table === table).length,
        rounds: perRound,
        notes: here.length - ideas,
        ideas,
      };
    });

  const ideasOf = (status: Note['status']): number =>
    Object.values(state.notes).filter((n) => !n.deleted && n.source === 'participant' && n.status === status).length;
  const ideas = notes.filter((n) => n.source === 'participant').length;
  return {
    participantsJoined: participants.length,
    // Sampled by the server every few seconds, so a peak shorter than that can be missed.
    peakConnected: state.peakParticipants,
    tableCount: state.definition?.tables ?? tables.length,
    hostedTables: tables.filter((t) => t.hosted).length,
    rounds,
    tables,
    notes: notes.length - ideas,
    ideas,
    starred: notes.filter((n) => n.starred).length,
    summaries: Object.values(state.summaries).filter((s) => s.text.trim()).length,
    ideasPending: ideasOf('pending'),
    ideasRejected: ideasOf('rejected'),
  };
}

/**
 * The tables that took part, as the report counts them (a host's name or notes): the console's suggested method
 * paragraph says the same number as the report, which a facilitator who edits the paragraph then stores.
 */
export function tablesTookPart(state: WorkshopState): number {
  return participationReport(state, documentedNotes(state)).hostedTables;
}
