// A heavy-work thread that can be made to die: a themes job whose first note says "exit" ends the thread, one that
// says "throw" throws outside any job (an uncaught exception). Everything else is the real work.
import { parentPort } from 'node:worker_threads';
import { runJob } from '../../../server/src/workers/jobs.js';
import { serveJobs } from '../../../server/src/workers/serve.js';

if (!parentPort) throw new Error('a worker thread only');
serveJobs(parentPort, (job) => {
  const first = job.kind === 'themes' ? job.notes[0]?.text : undefined;
  if (first === 'exit') process.exit(7);
  if (first !== 'throw') return runJob(job);
  // Thrown outside the job, so no reply: only the crash can end the request.
  setImmediate(() => {
    throw new Error('boom in the worker');
  });
  return new Promise(() => undefined);
});
