// The harvest report: what a workshop found, as plain data. Every format (Markdown, Word, CSV, print page, JSON)
// renders this one model, so they cannot disagree. Times are server epoch ms; renderers format them in `timeZone`.
import type { Language, SegmentKind } from '../agenda.js';
import type { GroupsReport } from '../participation/report.js';
import type { ReportPhoto } from '../photosReport.js';
import type { NOTE_SOURCES } from '../constants.js';
import type { TimelineStatus } from '../timeline.js';
import type { MainPoint } from '../themes/mainPoints.js';

export type AuthorRole = (typeof NOTE_SOURCES)[number];

/** One agenda segment, planned against what happened. */
export interface AgendaRow {
  segmentId: string;
  kind: SegmentKind;
  title: string;
  questionId: string | null;
  /** 1-based round number for round segments. */
  round: number | null;
  plannedStartAt: number;
  plannedMin: number;
  /** First time the segment started; null when it never ran. */
  actualStartAt: number | null;
  /** When it last ended; null while it runs or when it never ran. */
  actualEndAt: number | null;
  /** Minutes spent in it (all runs, pauses included); null when it never ran. */
  actualMin: number | null;
  /**
   * How late it started against the plan, in whole minutes (negative: early); null when it never ran. Against the plan
   * moved to the clock's start when it was started off plan (a rehearsal's "15 min early", not "13 days early").
   */
  startDelayMin: number | null;
  status: 'done' | 'current' | 'notRun';
}

export interface AgendaReport {
  status: TimelineStatus;
  /**
   * How far the clock moved the whole plan when it started (a rehearsal or another day); 0 on the day. Only set for a
   * shift the report can say in minutes; a larger one is `startedOffPlan`.
   */
  planShiftMin: number;
  /**
   * The clock was started on another day than planned, or hours off: when it was started and when the plan said. The
   * rows then keep the agenda's own times as planned starts; their delays count from the actual start.
   */
  startedOffPlan: { startedAt: number; plannedAt: number } | null;
  rows: AgendaRow[];
}

/** A note or a participant's idea as the report shows it. */
export interface NoteReport {
  id: string;
  questionId: string;
  round: number;
  table: number;
  authorRole: AuthorRole;
  text: string;
  createdAt: number;
  starred: boolean;
  /**
   * The projector's rule (isOnScreen): false when the facilitator hid it from the screen. The report quotes only notes
   * on screen (main points, starred insights); the appendix and the CSV keep every note, as the record.
   */
  onScreen: boolean;
  /** Held for the host's approval when the report was made. */
  pending: boolean;
  /** Edited after it was written (only known when the report is built with the event log). */
  edited: boolean;
  themeKey: string | null;
  themeLabel: string | null;
}

export interface ThemeReport {
  key: string;
  label: string;
  count: number;
  /** The distinct tables whose notes are in it. */
  tables: number[];
  pinned: boolean;
  /** Up to three notes that say it best. */
  representative: { id: string; text: string }[];
  /** Every note in it, in the order the theme lists them: the JSON export can be checked and re-analysed from this. */
  noteIds: string[];
}

export interface SummaryReport {
  table: number;
  round: number;
  host: string | null;
  text: string;
  at: number;
}

/** A table's notes in one round of a question, with the host's summary of that round. */
export interface NoteGroup {
  table: number;
  round: number;
  host: string | null;
  notes: NoteReport[];
}

export interface QuestionReport {
  questionId: string;
  /** 1-based position in the workshop's questions. */
  number: number;
  text: string;
  /** The rounds that asked it. */
  rounds: number[];
  themes: ThemeReport[];
  /** The facilitator curated this question's themes; false: they are as the text analysis grouped them. */
  curated: boolean;
  /** Hovedpunkter: the 3–5 themes most tables raised (themes/mainPoints.ts). */
  mainPoints: MainPoint[];
  insights: NoteReport[];
  /** The dot vote on its themes in the wrap-up, if there was one. */
  vote: VoteReport | null;
  summaries: SummaryReport[];
  /** Every note, by table then round, oldest first within a group. */
  groups: NoteGroup[];
  noteCount: number;
  tableCount: number;
}

export interface TableRound {
  round: number;
  notes: number;
  ideas: number;
}

export interface TableReport {
  table: number;
  /** The name the host gave, if any. */
  host: string | null;
  /** A host named themself or wrote something. */
  hosted: boolean;
  /** Participants seated here when the report was made. */
  seated: number;
  rounds: TableRound[];
  notes: number;
  ideas: number;
}

export interface ParticipationReport {
  participantsJoined: number;
  peakConnected: number;
  tableCount: number;
  hostedTables: number;
  rounds: number[];
  tables: TableReport[];
  notes: number;
  ideas: number;
  starred: number;
  summaries: number;
  /** Ideas held for approval or refused: counted here, left out of the notes. */
  ideasPending: number;
  ideasRejected: number;
}

export interface VoteOptionResult {
  key: string;
  label: string;
  dots: number;
  /** Share of all dots given, 0..1. */
  share: number;
}

export interface VoteReport {
  questionId: string;
  questionText: string;
  dotsPerVoter: number;
  voters: number;
  open: boolean;
  revealed: boolean;
  options: VoteOptionResult[];
}

export interface EvaluationItemReport {
  id: string;
  kind: 'scale' | 'text';
  text: string;
  count: number;
  /** Scale items: the mean of 1–5 answers. */
  average: number | null;
  /** Scale items: how many answered 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number] | null;
  /** Text items: the answers, in the order they came. */
  answers: string[];
  /** A scale item the organiser measures over time, with where it stood before and where it should get to. */
  indicator: { name: string; baseline: number | null; target: number | null } | null;
}

export interface EvaluationReport {
  respondents: number;
  /** Participants who joined: who could have answered. */
  joined: number;
  open: boolean;
  items: EvaluationItemReport[];
}

export interface AppendixReport {
  hostGuidance: string[];
  tables: number;
  timeZone: string;
  /** Messages the facilitator put on the screen (from the event log; dismissed ones too). */
  messages: { text: string; at: number }[];
}

/** The filing frame as the report uses it: every field filled, from the facilitator's frame or a default. */
export interface FilingReport {
  reference: string;
  organisation: string;
  unit: string;
  author: string;
  /** The workshop's purpose as written for it (the filing frame's, else the one it was created with); '' when neither. */
  purpose: string;
  /** The method paragraph: the facilitator's, or the one generated from the agenda. */
  method: string;
  methodGenerated: boolean;
  nextSteps: { what: string; who: string; due: string }[];
  /** People in the room as the facilitator counted them; null when not given (then only phones are known). */
  peopleInRoom: number | null;
}

export interface HarvestReport {
  /** Bumped when the model changes shape: the JSON export carries it. */
  reportVersion: 2;
  language: Language;
  timeZone: string;
  generatedAt: number;
  /** The last event the report includes. */
  seq: number;
  title: string;
  date: string;
  place: string;
  filing: FilingReport;
  agenda: AgendaReport;
  participation: ParticipationReport;
  questions: QuestionReport[];
  /** Hovedpunkter across all questions (themes/mainPoints.ts). */
  mainPoints: MainPoint[];
  votes: VoteReport[];
  evaluation: EvaluationReport;
  appendix: AppendixReport;
  /** Flip-chart photos kept, by round and table (their bytes are not in the report). */
  photos: ReportPhoto[];
  /** Participation and evaluation by participant group, groups under five merged. */
  groups: GroupsReport;
}
