// The entry point of a heavy-work thread (pool.ts starts it): theme recomputes and document exports, off the event loop.
import { parentPort } from 'node:worker_threads';
import { serveJobs } from './serve.js';

if (!parentPort) throw new Error('heavyWork.worker runs as a worker thread only');
serveJobs(parentPort);
