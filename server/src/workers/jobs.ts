import { computeThemes } from '@kafe/shared/themes/index';
import { exportWorkshop } from '../export/formats.js';
import type { Job, JobResult } from './protocol.js';

/** Does one job. Runs inside a worker thread (serve.ts), so it may take as long as it needs. */
export async function runJob(job: Job): Promise<JobResult> {
  switch (job.kind) {
    case 'themes':
      return { kind: 'themes', themes: computeThemes(job.notes, { language: job.language }) };
    case 'export':
      return { kind: 'export', file: await exportWorkshop(job.state, job.events, job.request) };
    default:
      return job satisfies never;
  }
}
