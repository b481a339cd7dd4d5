import type { Language, Question } from '../agenda.js';
import { groupsReport } from '../participation/report.js';
import { reportPhotos } from '../photosReport.js';
import type { StoredEvent } from '../events.js';
import type { Note } from '../note.js';
import type { WorkshopState } from '../state.js';
import { agendaReport } from './agenda.js';
import { evaluationReport } from './evaluation.js';
import { filingReport } from './filing.js';
import { participationReport } from './participation.js';
import { overviewPoints } from '../themes/mainPoints.js';
import { documentedNotes } from './documentedNotes.js';
import { questionReport } from './questions.js';
import type { HarvestReport } from './types.js';
import { inLanguage } from './templateTexts.js';
import { voteReports } from './votes.js';

export interface HarvestOptions {
  /** The instant the report describes (server time): segments still running are measured up to it. */
  now: number;
  /** The report's language; the workshop's own by default. */
  language?: Language;
}

/** What only the log knows: notes edited after they were written, and every message shown (the state drops dismissed ones). */
function fromLog(events: readonly StoredEvent[]): { edited: Set<string>; messages: { text: string; at: number }[] } {
  const edited = new Set<string>();
  const messages: { text: string; at: number }[] = [];
  for (const { at, event } of events) {
    if (event.type === 'note.edited') edited.add(event.noteId);
    else if (event.type === 'message.shown') messages.push({ text: event.text, at });
  }
  return { edited, messages };
}

/** The workshop's questions, plus any a note still refers to after the question was taken out: nothing written is dropped. */
function questionsWithNotes(questions: readonly Question[], notes: readonly Note[]): Question[] {
  const known = new Set(questions.map((q) => q.id));
  const orphans = [...new Set(notes.map((n) => n.questionId).filter((id) => !known.has(id)))];
  return [...questions, ...orphans.map((id) => ({ id, text: id }))];
}

/**
 * The harvest report of a workshop: pure, from its state (and optionally its event log), at a given instant.
 * Throws if the state holds no workshop yet (no workshop.created applied).
 */
export function buildHarvestReport(
  state: WorkshopState,
  events: readonly StoredEvent[] | null,
  opts: HarvestOptions,
): HarvestReport {
  const def = state.definition;
  if (!def) throw new Error('the workshop has no definition yet');
  const language = opts.language ?? def.language;
  const notes = documentedNotes(state);
  const log = events
    ? fromLog(events)
    : { edited: new Set<string>(), messages: state.messages.map((m) => ({ text: m.text, at: m.at })) };
  const votes = voteReports(state, language);
  // Themes are found in the notes' own language, whatever language the report is written in.
  const questions = questionsWithNotes(def.questions, notes).map((q, i) => ({
    ...questionReport(state, q, i, notes, log.edited, def.language),
    text: inLanguage(q.text, language),
    vote: votes.find((v) => v.questionId === q.id) ?? null,
  }));
  const participation = participationReport(state, notes);
  return {
    reportVersion: 2,
    language,
    timeZone: def.timeZone,
    generatedAt: opts.now,
    seq: state.seq,
    title: inLanguage(def.title, language),
    date: def.date,
    place: def.place,
    filing: filingReport(state, language, participation.hostedTables),
    agenda: agendaReport(def, state.clock, opts.now, language),
    participation,
    questions,
    mainPoints: overviewPoints(questions.flatMap((q) => q.mainPoints)),
    votes,
    evaluation: evaluationReport(state, language),
    photos: reportPhotos(state),
    groups: groupsReport(state, language),
    appendix: {
      hostGuidance: def.hostGuidance.map((g) => inLanguage(g, language)),
      tables: def.tables,
      timeZone: def.timeZone,
      messages: log.messages,
    },
  };
}
