// A theme's name is shown to the whole room, so a slip in the note it was cut from ("Samarbied barnevern") is written
// as the room writes that word ("Samarbeid barnevern"), when the room clearly writes it otherwise.
//
// Only slips that cannot be another form of the word are mended: two neighbouring letters swapped, or a letter
// doubled or lost inside the word. A different vowel or ending is often the other målform or an inflection ("borna" /
// "barna", "tiltaka" / "tiltak"), so it is left as written; so is any word the nynorsk list knows.
import { toBokmal } from './nynorsk.js';

/** Words shorter than this are left alone: too many short words are one slip apart. */
const MIN_LENGTH = 5;
/** The room's spelling must be written at least this often; against a slip written twice (a host who slips on a word
 *  may slip on it again), this many times as often: a word written about as often as the other is a spelling. */
const MIN_ROOM_COUNT = 2;
const COMMONER = 3;
/** A word written more often than this is not a slip. */
const MAX_SLIPS = 2;
/** Slips in the last letters are endings, not slips. */
const ENDING = 2;

const WORD = /[\p{L}\p{M}]+/gu;

/** How often each lowercased word is written, by length (a slip is a letter longer or shorter at most). */
export type RoomWords = ReadonlyMap<number, ReadonlyMap<string, number>>;

/** The room's words from `counts` (word → how often written), as roomSpelling reads them. */
export function roomWords(counts: Iterable<readonly [string, number]>): RoomWords {
  const byLength = new Map<number, Map<string, number>>();
  for (const [word, count] of counts) {
    let words = byLength.get(word.length);
    if (!words) byLength.set(word.length, (words = new Map<string, number>()));
    words.set(word, (words.get(word) ?? 0) + count);
  }
  return byLength;
}

/** The room's words counted from note texts (tests and callers without features). */
export function roomWordsOf(texts: readonly string[]): RoomWords {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const [word] of text.normalize('NFC').toLowerCase().matchAll(WORD))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  return roomWords(counts);
}

/** Whether `slip` is `word` with two neighbouring letters swapped, or one letter added or lost before its ending. */
function oneSlipFrom(slip: string, word: string): boolean {
  if (slip.length === word.length) {
    const diff: number[] = [];
    for (let k = 0; k < slip.length; k++) if (slip.charAt(k) !== word.charAt(k)) diff.push(k);
    const [i, j] = diff;
    return (
      diff.length === 2 &&
      i !== undefined &&
      j === i + 1 &&
      slip.charAt(i) === word.charAt(j) &&
      slip.charAt(j) === word.charAt(i)
    );
  }
  const [longer, shorter] = slip.length > word.length ? [slip, word] : [word, slip];
  if (longer.length !== shorter.length + 1) return false;
  let i = 0;
  while (i < shorter.length && longer.charAt(i) === shorter.charAt(i)) i++;
  return (
    i > 0 &&
    i < longer.length - ENDING &&
    longer.slice(i + 1) === shorter.slice(i) &&
    !OTHER_FORM_LETTERS.has(longer.charAt(i))
  );
}

/** A letter that one målform has and the other lacks is no slip: "meiner"/"mener", "fleire"/"flere", "høyre"/"høre",
 *  "tenester"/"tjenester", "auke"/"øke". */
const OTHER_FORM_LETTERS = new Set(['i', 'j', 'y', 'u']);

function mend(word: string, room: RoomWords): string {
  const lower = word.toLowerCase();
  const slips = room.get(lower.length)?.get(lower) ?? 0;
  if (lower.length < MIN_LENGTH || slips > MAX_SLIPS || toBokmal(lower) !== lower) return word;
  let best: [string, number] | undefined;
  for (const length of [lower.length - 1, lower.length, lower.length + 1]) {
    for (const [candidate, count] of room.get(length) ?? []) {
      if (count < (slips > 1 ? COMMONER * slips : MIN_ROOM_COUNT) || !oneSlipFrom(lower, candidate)) continue;
      // The other målform's word is a spelling of its own, not the room's spelling of this one.
      if (toBokmal(candidate) !== candidate) continue;
      if (best === undefined || count > best[1] || (count === best[1] && candidate < best[0]))
        best = [candidate, count];
    }
  }
  if (best === undefined) return word;
  if (word === word.toUpperCase()) return best[0].toUpperCase();
  const first = word.charAt(0);
  return first === first.toLowerCase() ? best[0] : best[0].charAt(0).toUpperCase() + best[0].slice(1);
}

/** `label` with each slip written as the room (from roomWords) writes the word. */
export function inRoomSpelling(label: string, counts: RoomWords): string {
  return label.replace(WORD, (word) => mend(word, counts));
}
