import type { MessagePort } from 'node:worker_threads';
import { runJob } from './jobs.js';
import type { JobReply, JobRequest, JobResult } from './protocol.js';

/**
 * The worker side: answers every request on `port` with its result or its error, in the order jobs finish. A job that
 * throws answers only its own request; the thread stays up for the next. `run` is replaceable for tests.
 */
export function serveJobs(port: MessagePort, run: (job: JobRequest['job']) => Promise<JobResult> = runJob): void {
  port.on('message', (request: JobRequest) => {
    void run(request.job).then(
      (result) => port.postMessage({ id: request.id, ok: true, result } satisfies JobReply, transferable(result)),
      (err: unknown) => {
        const error =
          err instanceof Error
            ? { message: err.message, stack: err.stack }
            : { message: String(err), stack: undefined };
        port.postMessage({ id: request.id, ok: false, error } satisfies JobReply);
      },
    );
  });
}

/** A document's bytes are moved, not copied, when they own their whole ArrayBuffer (never a slice of Buffer's pool). */
function transferable(result: JobResult): ArrayBuffer[] {
  if (result.kind !== 'export' || typeof result.file.body === 'string') return [];
  const { buffer, byteOffset, byteLength } = result.file.body;
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength ? [buffer] : [];
}
