// Seeded hostile messages for the fuzz test: plausible commands (so many reach decide) mutated into wrong types,
// unstorable characters, huge and out-of-range values, unknown names and replayed opIds.
import { randomUUID } from 'node:crypto';
import { COMMAND_ROLES } from '@kafe/shared/decide/index';
import type { Role } from '@kafe/shared/events';
import { COMMAND_NAMES, type CommandName } from '@kafe/shared/protocol';

export type Rand = () => number;

export interface HostileMessage {
  name: string;
  payload: unknown;
}

/** What the generator knows of the workshop so far: ids it may aim at, and opIds it may replay. */
export interface FuzzMemory {
  noteIds: string[];
  opIds: string[];
  segmentIds: string[];
  questionIds: string[];
}

const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  ' ',
  'x'.repeat(5000),
  'a\u0000b',
  '\u0000',
  '\ud800',
  'tail \udbff',
  '\udc00 head',
  '😀'.repeat(300),
  {},
  [],
  [1, 2, 3],
  { $gt: '' },
  { __proto__: { admin: true } },
  'constructor',
  '__proto__',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  'DROP TABLE events;--',
  '../../etc/passwd',
  Array(200).fill('x'),
];

const UNKNOWN_NAMES = [
  'note:nuke',
  'admin:grant',
  '__proto__',
  'constructor',
  'welcome',
  'time:sync',
  '',
  'clock:start ',
  'NOTE:ADD',
];

/** A plausible payload for `name`: right enough to get past the schema often. */
function plausible(rand: Rand, name: CommandName, mem: FuzzMemory): Record<string, unknown> {
  const noteId = mem.noteIds.length > 0 && rand() < 0.6 ? pick(rand, mem.noteIds) : randomUUID();
  const text = pick(rand, [
    'Mer tillit',
    'Mindre rapportering gir mer tid',
    'Lytt til de ansatte',
    'Tillitsvalgte tidlig med',
  ]);
  const question = pick(rand, mem.questionIds);
  switch (name) {
    case 'clock:jump':
      return { segmentId: pick(rand, mem.segmentIds) };
    case 'clock:adjust':
      return { deltaMs: Math.round((rand() - 0.5) * 600_000) };
    case 'clock:mode':
      return { mode: pick(rand, ['fixed', 'durations']) };
    case 'note:add':
      return {
        noteId: randomUUID(),
        text,
        table: 1 + Math.floor(rand() * 4),
        ...(rand() < 0.3 ? { round: 1 + Math.floor(rand() * 30) } : {}),
      };
    case 'note:edit':
      return { noteId, text };
    case 'note:star':
      return { noteId, starred: rand() < 0.5 };
    case 'note:hide':
      return { noteId, hidden: rand() < 0.5 };
    case 'note:pin':
      return { noteId, pinned: rand() < 0.5 };
    case 'note:delete':
    case 'note:restore':
      return { noteId };
    case 'summary:set':
      return { round: 1 + Math.floor(rand() * 30), text, table: 1 + Math.floor(rand() * 4) };
    case 'host:name':
    case 'participant:name':
      return { name: pick(rand, ['Kari', 'Ola', '', 'Åse']), table: 1 };
    case 'participant:table':
      return { table: rand() < 0.2 ? null : 1 + Math.floor(rand() * 12) };
    case 'idea:add':
      return { noteId: randomUUID(), text };
    case 'idea:moderate':
      return { noteId, approved: rand() < 0.5 };
    case 'settings:set':
      return { settings: { ideas: pick(rand, ['off', 'open', 'approval']), mixing: rand() < 0.5 } };
    case 'vote:open':
      return {
        questionId: question,
        options: [
          { key: 'a', label: 'Tillit' },
          { key: 'b', label: 'Tid' },
        ],
      };
    case 'vote:cast':
      return { questionId: question, dots: { a: Math.floor(rand() * 4), b: Math.floor(rand() * 4) } };
    case 'vote:close':
    case 'vote:reveal':
      return { questionId: question };
    case 'evaluation:answer':
      return { answers: { [pick(rand, ['e1', 'e2', 'useful', 'x'])]: rand() < 0.5 ? Math.ceil(rand() * 5) : text } };
    case 'theme:curate':
      return {
        questionId: question,
        curation: { labels: { t1: text }, merged: {}, moved: {}, hidden: [], pinned: [] },
      };
    case 'wrapup:show':
      return { questionId: question, part: pick(rand, ['themes', 'insights', 'summaries', 'votes']) };
    case 'message:show':
      return { messageId: randomUUID(), text };
    case 'message:dismiss':
    case 'screen:spotlight':
      return name === 'message:dismiss' ? { messageId: randomUUID() } : { noteId: rand() < 0.3 ? null : noteId };
    case 'workshop:update':
      return { definition: { title: text } };
    case 'report:frame':
      return {
        frame: {
          ...{ reference: text, organisation: '', unit: '', author: '', purpose: text, method: '' },
          nextSteps: [{ what: text, who: '', due: '', noteId: rand() < 0.5 ? noteId : undefined }],
        },
      };
    case 'photo:add':
      return { photoId: randomUUID(), round: 1, mime: 'image/jpeg', width: 1600, height: 1200, bytes: 250_000 };
    case 'photo:remove':
    case 'photo:show':
      return { photoId: rand() < 0.3 && name === 'photo:show' ? null : randomUUID() };
    case 'participant:group':
      return { group: pick(rand, ['ansatt', 'leder', 'ukjent', null]) };
    case 'composition:set':
      return { round: 1 + Math.floor(rand() * 4), counts: { ansatt: Math.floor(rand() * 8), leder: 1 }, table: 1 };
    case 'clock:start':
    case 'clock:pause':
    case 'clock:resume':
    case 'clock:next':
    case 'clock:prev':
    case 'clock:catchUp':
    case 'clock:reset':
    case 'tables:assign':
    case 'evaluation:open':
    case 'evaluation:close':
      return {};
    default:
      return name satisfies never;
  }
}

/** Turns a plausible payload hostile in one of several ways (or leaves it alone, about a third of the time). */
function mutate(rand: Rand, payload: Record<string, unknown>): unknown {
  const keys = Object.keys(payload);
  const r = rand();
  if (r < 0.35) return payload;
  if (r < 0.6 && keys.length > 0) return { ...payload, [pick(rand, keys)]: pick(rand, HOSTILE_VALUES) };
  if (r < 0.7) return { ...payload, extra: pick(rand, HOSTILE_VALUES) };
  if (r < 0.78 && keys.length > 0) {
    const { [pick(rand, keys)]: _dropped, ...rest } = payload;
    return rest;
  }
  if (r < 0.88) {
    const key = keys.find((k) => typeof payload[k] === 'string');
    return key
      ? { ...payload, [key]: `${String(payload[key])}${pick(rand, ['\u0000', '\ud800', '\udfff', '\u0000\u0000'])}` }
      : payload;
  }
  return pick(rand, HOSTILE_VALUES);
}

/**
 * One hostile message from a client in `role`: usually a known command with a mutated payload and a fresh, replayed
 * or broken opId; mostly one its role may send (so decide is reached), sometimes one it may not.
 */
export function hostileMessage(rand: Rand, mem: FuzzMemory, role: Role): HostileMessage {
  if (rand() < 0.05) return { name: pick(rand, UNKNOWN_NAMES), payload: pick(rand, HOSTILE_VALUES) };
  const own = COMMAND_NAMES.filter((c) => COMMAND_ROLES[c].includes(role));
  const name = pick(rand, rand() < 0.7 && own.length > 0 ? own : COMMAND_NAMES);
  const body = mutate(rand, plausible(rand, name, mem));
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { name, payload: body };
  const o = rand();
  const opId =
    o < 0.15 && mem.opIds.length > 0 ? pick(rand, mem.opIds) : o < 0.2 ? pick(rand, HOSTILE_VALUES) : randomUUID();
  if (typeof opId === 'string') mem.opIds.push(opId);
  return { name, payload: { ...body, opId } };
}
