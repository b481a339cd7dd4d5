// The messages between the main thread and a heavy-work thread. Both ends are this same build, and worker messages are
// structured clones (no parsing), so these types are the whole contract.
import type { StoredEvent } from '@kafe/shared/events';
import type { WorkshopState } from '@kafe/shared/state';
import type { Theme, ThemeInputNote, ThemeLanguage } from '@kafe/shared/themes/index';
import type { ExportFile, ExportRequest } from '../export/formats.js';

/** One question's live themes: only the notes the projector may show, not the workshop. */
export interface ThemesJob {
  kind: 'themes';
  notes: ThemeInputNote[];
  language: ThemeLanguage;
}

/** A harvest export: the report needs the whole state and log. */
export interface ExportJob {
  kind: 'export';
  state: WorkshopState;
  events: readonly StoredEvent[];
  request: ExportRequest;
}

export type Job = ThemesJob | ExportJob;

/** A Buffer arrives as a plain Uint8Array on the other side of postMessage. */
export type WireExportFile = Omit<ExportFile, 'body'> & { body: string | Uint8Array };

export type JobResult = { kind: 'themes'; themes: Theme[] } | { kind: 'export'; file: WireExportFile };

/** main → worker */
export interface JobRequest {
  id: number;
  job: Job;
}

/** worker → main: the result, or the error the job threw (an Error does not survive postMessage with its class). */
export type JobReply =
  | { id: number; ok: true; result: JobResult }
  | { id: number; ok: false; error: { message: string; stack: string | undefined } };
