// The worker pool on real threads: the same results as computing here, the event loop free meanwhile, a job's error or
// a thread's crash rejecting exactly the requests it must (never a hang), and close() refusing and rejecting the rest.
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { computeThemes, type ThemeInputNote } from '@kafe/shared/themes/index';
import { WorkerPool, type WorkerPoolOptions } from '../../../server/src/workers/pool.js';
import { bigWorkshop } from '../../bench/export.js';
import { syntheticNotes } from '../../bench/themes.js';
import { must } from '../../fixtures/must.js';

const pools: WorkerPool[] = [];
const poolOf = (options: WorkerPoolOptions = {}): WorkerPool => {
  const pool = new WorkerPool({ size: 1, ...options });
  pools.push(pool);
  return pool;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

const notes = (count: number): ThemeInputNote[] =>
  syntheticNotes(count).map(({ id, text, starred }) => ({ id, text, starred }));
const crashing = new URL('./crashingWorker.ts', import.meta.url);
const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('jobs on the worker thread', () => {
  it('computes the same themes as computeThemes on this thread', async () => {
    const input = notes(300);
    expect(await poolOf().themes(input, 'nb')).toEqual(computeThemes(input, { language: 'nb' }));
  });

  it('renders a Word export that arrives as a Buffer and unzips', async () => {
    const events = bigWorkshop(200);
    const file = await poolOf().exportWorkshop(applyAll(emptyState(), events), events, {
      format: 'docx',
      now: must(events.at(-1)).at,
    });
    expect(Buffer.isBuffer(file.body)).toBe(true);
    const zip = await JSZip.loadAsync(file.body);
    expect(await zip.file('word/document.xml')?.async('string')).toContain('<w:body>');
  });

  it('a 4 000-note recompute leaves the event loop free: three timer turns pass before its result', async () => {
    const pool = poolOf();
    await pool.themes(notes(3), 'nb');
    const order: string[] = [];
    const job = pool.themes(notes(4000), 'nb').then(() => order.push('themes'));
    // Computed on this thread, the themes would be done before the first timer could run.
    for (let i = 1; i <= 3; i++) {
      await turn();
      order.push(`turn ${i}`);
    }
    await job;
    expect(order).toEqual(['turn 1', 'turn 2', 'turn 3', 'themes']);
  });
});

describe('failures', () => {
  it('a job that throws rejects its own request with the error; the thread serves the next', async () => {
    const pool = poolOf();
    await expect(pool.exportWorkshop(emptyState(), [], { format: 'md', now: 0 })).rejects.toThrow(
      'the workshop has no definition yet',
    );
    expect(await pool.themes(notes(20), 'nb')).toEqual(computeThemes(notes(20), { language: 'nb' }));
  });

  it('a thread that exits rejects every request it had; the next request gets a new thread', async () => {
    const pool = poolOf({ script: crashing });
    const dying = pool.themes([{ id: 'a', text: 'exit' }], 'nb');
    const queued = pool.themes(notes(20), 'nb');
    await expect(dying).rejects.toThrow('exit code 7');
    await expect(queued).rejects.toThrow('exit code 7');
    expect(await pool.themes(notes(20), 'nb')).toEqual(computeThemes(notes(20), { language: 'nb' }));
  });

  it('an uncaught exception in the thread rejects with that error; the next request works', async () => {
    const pool = poolOf({ script: crashing });
    await expect(
      pool.themes(
        [
          { id: 'a', text: 'throw' },
          { id: 'b', text: 'tillit' },
        ],
        'nb',
      ),
    ).rejects.toThrow('boom in the worker');
    expect(await pool.themes(notes(20), 'nb')).toEqual(computeThemes(notes(20), { language: 'nb' }));
  });

  it('close() rejects what is still running and refuses new jobs', async () => {
    const pool = poolOf();
    const running = expect(pool.themes(notes(2000), 'nb')).rejects.toThrow('the worker pool is closed');
    await pool.close();
    await running;
    await expect(pool.themes(notes(3), 'nb')).rejects.toThrow('the worker pool is closed');
  });
});
