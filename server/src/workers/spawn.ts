import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts a worker thread on `script`. The built server runs it as is (server/dist/…/x.js). From the sources (vitest,
 * tsx, the benches) the script is .ts: the thread first registers tsx, then the hook that maps @kafe/shared to
 * shared/src. Neither `execArgv: ['--import', 'tsx']` nor the parent's hooks reach a worker thread on Node 20, and
 * vitest's aliases never do, so a small bootstrap does it inside the thread.
 */
export function spawnWorker(script: URL, resourceLimits?: ResourceLimits): Worker {
  const options = { resourceLimits };
  if (!script.pathname.endsWith('.ts')) return new Worker(script, options);
  // Resolved here, not in the thread: an evaluated script would resolve it from the working directory.
  const tsx = import.meta.resolve('tsx/esm/api');
  const hooks = new URL('./sharedSourcesHooks.ts', import.meta.url).href;
  // Evaluated as a script inside the new thread: only dynamic import(), so it means the same as CommonJS or as ESM.
  const bootstrap = `
    import(${JSON.stringify(tsx)})
      .then((tsx) => { tsx.register(); return import('node:module'); })
      .then((m) => { m.register(${JSON.stringify(hooks)}); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
