// A workshop filled over real sockets for the harvest tests: hosts at three tables write notes in three rounds
// (Norwegian letters, commas, quotes and a line break included), star some, name themselves and sum up each round.
import { randomUUID } from 'node:crypto';
import type { CreatedWorkshop } from '../../../server/src/context.js';
import type { CommandName } from '@kafe/shared/protocol';
import { asRole, createWorkshop, join, roleTokens, type Client, type TestArgs } from '../harness.js';

export interface FilledWorkshop {
  w: CreatedWorkshop;
  notes: { table: number; round: number; text: string }[];
  close(): void;
}

const TEXTS = [
  'Tillit til de ansatte gir mer handlingsrom',
  'Mindre rapportering, mer tid til barna',
  'Hør på førstelinjen – de vet hva som virker',
  'Ærlige samtaler om «kontroll» og tillit',
  'Vi må spørre: "Hva trenger familien?"',
  'Samarbeid på tvers av etatene\nogså med skolen',
];

async function ok<C extends CommandName>(c: Client, name: C, ...args: TestArgs<C>): Promise<void> {
  const ack = await c.send(name, ...args);
  if (!ack.ok) throw new Error(`${name} refused: ${ack.error.code} ${ack.error.message}`);
}

/** Creates a workshop and fills it: 3 tables × 3 rounds × 2 notes, a star per table and round, summaries, host names. */
export async function filledWorkshop(
  url: string,
  title = 'Kafédialog Region øst – Tillitsreformen',
): Promise<FilledWorkshop> {
  const w = await createWorkshop(url, { title, place: 'Bodø rådhus' });
  const t = roleTokens(w);
  const hosts = await Promise.all([1, 2, 3].map((table) => join(url, asRole(t.host(table)))));
  const notes: FilledWorkshop['notes'] = [];
  for (const [i, host] of hosts.entries()) {
    const table = i + 1;
    await ok(host, 'host:name', { name: ['Åse', 'Øyvind', 'Ærle'][i] ?? '' });
    for (const round of [1, 2, 3]) {
      for (let k = 0; k < 2; k++) {
        const text = `${TEXTS[(table + round + k) % TEXTS.length]} (bord ${table}, runde ${round}, nr. ${k + 1})`;
        const noteId = randomUUID();
        await ok(host, 'note:add', { noteId, text, round });
        if (k === 0) await ok(host, 'note:star', { noteId, starred: true });
        notes.push({ table, round, text });
      }
      await ok(host, 'summary:set', {
        round,
        text: `Bord ${table} i runde ${round}: særlig opptatt av tillit og tid.`,
      });
    }
  }
  return { w, notes, close: () => hosts.forEach((h) => h.close()) };
}
