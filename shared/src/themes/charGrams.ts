// Character n-grams of a note's content words: the second view of a note, next to its word stems.
//
// Short Norwegian notes that mean the same often share no whole word, only parts of one: a typo ("samarbied"),
// bokmål and nynorsk forms ("brukermedvirkning" / "brukarmedverknad"), a compound and its head ("rapporteringskrav"
// / "krav"), an inflection the stemmer leaves ("tilsette" / "tilsatte"). 4- and 5-grams inside word boundaries catch
// those without a dictionary; they never span two words, so word order and function words add nothing.

/** Gram lengths: 3-grams join too much ("ter", "ing"), 6-grams too little for a 6-letter word. */
const GRAM_LENGTHS = [4, 5] as const;
/** Word boundary marker, so "tid" as a word and "tid" inside "fritid" are told apart. */
const EDGE = '_';

/** Counts of the 4- and 5-grams of a note's content words (features.ts gives them, stopwords and verbs gone). */
export function charGrams(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) {
    const padded = `${EDGE}${word}${EDGE}`;
    for (const n of GRAM_LENGTHS) {
      // A word shorter than the gram is one gram: itself.
      if (padded.length <= n) {
        counts.set(padded, (counts.get(padded) ?? 0) + 1);
        continue;
      }
      for (let i = 0; i + n <= padded.length; i++) {
        const gram = padded.slice(i, i + n);
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
  }
  return counts;
}
