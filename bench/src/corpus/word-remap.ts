/**
 * Makes each corpus article's text distinct while keeping real text's statistics: every word
 * outside the KEPT_WORDS most frequent ones is replaced by another real word of about the same
 * frequency (same power-of-two rank band), through a mapping drawn per article. Grammar words,
 * punctuation, numbers, sentence and paragraph lengths and the Zipf distribution of the
 * vocabulary stay those of real news; names and content words change, so two articles built from
 * the same real paragraphs do not share text (which cycling a few MB of real text into 400 MB
 * would otherwise cause, turning the corpus into one giant origin).
 * Reference: none (a benchmark device). Invariants: deterministic for (vocabulary, offsets); the
 * mapping is a bijection within each band, so a copy of a remapped article shares its text.
 * Cost: O(characters).
 */

export interface Vocabulary {
  words: string[];
  rank: Map<string, number>;
  kept: number;
}

/** Words of the texts (letters only, lower case) ranked by frequency, ties by spelling. */
export function buildVocabulary(texts: Iterable<string>, kept: number): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const match of text.matchAll(/\p{L}+/gu)) {
      const word = match[0].toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
  return { words, rank: new Map(words.map((word, i) => [word, i])), kept };
}

/** Number of rank bands: band b holds ranks [2^b − 1, 2^(b+1) − 1). */
export function bandCount(vocabulary: Vocabulary): number {
  return Math.ceil(Math.log2(vocabulary.words.length + 1)) + 1;
}

function withCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase())
    return word.toUpperCase();
  const first = model[0]!;
  if (first !== first.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** Rewrites a text with one offset per band (offsets[b] shifts ranks within band b). */
export function remapWords(text: string, vocabulary: Vocabulary, offsets: readonly number[]): string {
  const total = vocabulary.words.length;
  return text.replace(/\p{L}+/gu, (word) => {
    const rank = vocabulary.rank.get(word.toLowerCase());
    if (rank === undefined || rank < vocabulary.kept) return word;
    const band = Math.floor(Math.log2(rank + 1));
    const low = Math.max(vocabulary.kept, 2 ** band - 1);
    const high = Math.min(total, 2 ** (band + 1) - 1);
    const size = high - low;
    const shifted = low + ((rank - low + (offsets[band] ?? 0)) % size);
    return withCase(word, vocabulary.words[shifted]!);
  });
}
