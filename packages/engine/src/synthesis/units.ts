/**
 * Sentence units: every sentence of every article of a story, with its content terms and the
 * origins it is credited to; the common input of facts and the summary.
 *
 * Credits: a sentence of an article that descends from one origin is that origin's; a sentence
 * of an article that descends from several (a mix of two wire reports) is credited to the
 * origins of the single-origin articles whose aligned passages cover it, and when none covers it,
 * to the article's largest origin share. An article without origin shares credits nothing; it
 * counts as its own independent report in support (see `reportsOf`).
 * Invariants: units are in article order, then sentence order; terms are distinct, sorted.
 * Cost: O(total characters) for splitting and tokenising, plus O(passages · sentences) for credits.
 */

import type { AnalysedArticle } from '../analysis.js';
import { bodyText } from '../article.js';
import { tokenize } from '../tokens.js';
import { STOPWORDS } from './defaults.js';
import { oncePer } from './once-per.js';
import { splitSentences } from './sentences.js';
import type { SynthesisInput } from './types.js';

export interface SentenceUnit {
  /** Index in the unit list. */
  index: number;
  article: string;
  articleIndex: number;
  /** The sentence's index in its article, and that divided by the article's sentence count. */
  position: number;
  relative: number;
  text: string;
  span: [number, number];
  /** Number of words. */
  words: number;
  /** Distinct content-word hashes, sorted ascending. */
  terms: Uint32Array;
  /** The origins it is credited to. */
  origins: string[];
}

/**
 * Terms are word hashes cut to 30 bits, so that they are small integers for the engine's maps
 * and sets (full 32-bit hashes are boxed numbers there, several times slower); two words of a
 * story share a 30-bit hash with probability about words² / 2^31, negligible for a story.
 */
const TERM_MASK = 0x3fffffff;

/**
 * The stop words' terms in an open-addressing table of 30-bit terms (-1 = empty, at most a
 * quarter full): a multiply and one or two compares per token instead of a Set lookup.
 */
const STOP_BITS = (() => {
  let bits = 4;
  while (1 << bits < 4 * STOPWORDS.length) bits++;
  return bits;
})();
const STOP_TABLE = new Int32Array(1 << STOP_BITS).fill(-1);
for (const hash of tokenize(STOPWORDS.join(' ')).hashes) {
  const term = hash & TERM_MASK;
  let slot = Math.imul(term, 0x9e3779b1) >>> (32 - STOP_BITS);
  while (STOP_TABLE[slot] !== -1 && STOP_TABLE[slot] !== term) slot = (slot + 1) & (STOP_TABLE.length - 1);
  STOP_TABLE[slot] = term;
}

/** Whether a term is a stop word's. */
function isStop(term: number): boolean {
  let slot = Math.imul(term, 0x9e3779b1) >>> (32 - STOP_BITS);
  for (;;) {
    const held = STOP_TABLE[slot]!;
    if (held === term) return true;
    if (held === -1) return false;
    slot = (slot + 1) & (STOP_TABLE.length - 1);
  }
}

/** The distinct content terms of a text, sorted. */
export function termsOf(text: string): { terms: Uint32Array; words: number } {
  return termsOfTokens(tokenize(text).hashes, 0, undefined);
}

/** Reused buffer for one sentence's terms before they are sorted and copied out. */
let scratch = new Uint32Array(256);

/** The distinct content terms of hashes[from, to), sorted. */
export function termsOfTokens(
  hashes: Uint32Array,
  from: number,
  to: number | undefined,
): { terms: Uint32Array; words: number } {
  const end = to ?? hashes.length;
  if (scratch.length < end - from) scratch = new Uint32Array(2 * (end - from));
  let count = 0;
  for (let i = from; i < end; i++) {
    const term = hashes[i]! & TERM_MASK;
    if (!isStop(term)) scratch[count++] = term;
  }
  const sorted = scratch.subarray(0, count).sort();
  let kept = 0;
  for (let i = 0; i < count; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i]!;
  return { terms: sorted.slice(0, kept), words: end - from };
}

/** Dice coefficient of two sorted term lists: 2|A∩B| / (|A|+|B|). */
export function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** The body text of each article of a story, in input order: joined once per input object, so every part of its synthesis shares them. */
export const bodiesOf = oncePer((input: SynthesisInput): string[] =>
  input.articles.map((article) => bodyText(article)),
);

/**
 * The sentence units of a story's articles, computed once per input object, so that every part of
 * its synthesis (facts, summary, additions, discrepancies) splits and tokenises its bodies once.
 */
export const sentenceUnits: (input: SynthesisInput) => SentenceUnit[] = oncePer(computeUnits);

function computeUnits(input: SynthesisInput): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  const byArticle = new Map<string, SentenceUnit[]>();
  const bodies = bodiesOf(input);
  input.articles.forEach((article, articleIndex) => {
    const text = bodies[articleIndex]!;
    const sentences = splitSentences(text);
    const tokens = tokenize(text);
    const list: SentenceUnit[] = [];
    let token = 0;
    sentences.forEach((sentence, position) => {
      while (token < tokens.count && tokens.starts[token]! < sentence.span[0]) token++;
      const first = token;
      while (token < tokens.count && tokens.ends[token]! <= sentence.span[1]) token++;
      const { terms, words } = termsOfTokens(tokens.hashes, first, token);
      const unit: SentenceUnit = {
        index: units.length,
        article: article.id,
        articleIndex,
        position,
        relative: position / Math.max(1, sentences.length),
        text: sentence.text,
        span: sentence.span,
        words,
        terms,
        origins: [],
      };
      units.push(unit);
      list.push(unit);
    });
    byArticle.set(article.id, list);
  });
  creditOrigins(input, byArticle);
  return units;
}

function creditOrigins(input: SynthesisInput, byArticle: Map<string, SentenceUnit[]>): void {
  const articles = new Map<string, AnalysedArticle>(input.articles.map((article) => [article.id, article]));
  const votes = new Map<SentenceUnit, Map<string, number>>();
  for (const alignment of input.alignments) {
    for (const side of [0, 1] as const) {
      const article = articles.get(alignment.articles[side]);
      const other = articles.get(alignment.articles[1 - side]!);
      if (!article || !other || article.origins.length < 2 || other.origins.length !== 1) continue;
      const origin = other.origins[0]!.origin;
      if (!article.origins.some((share) => share.origin === origin)) continue;
      const units = byArticle.get(article.id) ?? [];
      for (const passage of alignment.passages) {
        const span = side === 0 ? passage.a : passage.b;
        for (const unit of units) {
          const covered = overlap(unit.span, span);
          if (covered <= 0) continue;
          let tally = votes.get(unit);
          if (!tally) {
            tally = new Map();
            votes.set(unit, tally);
          }
          tally.set(origin, (tally.get(origin) ?? 0) + covered);
        }
      }
    }
  }
  for (const article of input.articles) {
    const largest = [...article.origins].sort(
      (x, y) => y.share - x.share || (x.origin < y.origin ? -1 : 1),
    )[0];
    for (const unit of byArticle.get(article.id) ?? []) {
      if (article.origins.length === 1) unit.origins = [article.origins[0]!.origin];
      else if (article.origins.length > 1) {
        const tally = votes.get(unit);
        let best: string | undefined;
        let bestCovered = 0;
        for (const [origin, covered] of tally ?? []) {
          if (covered > bestCovered || (covered === bestCovered && best !== undefined && origin < best)) {
            best = origin;
            bestCovered = covered;
          }
        }
        unit.origins = [best ?? largest!.origin];
      }
    }
  }
}

/** Characters two [start, end) spans share. */
export function overlap(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/**
 * The independent reports behind a set of units: their distinct origins, plus one for each
 * article that has no origin (an article nobody copied is its own report).
 */
export function reportsOf(units: readonly SentenceUnit[]): { origins: string[]; support: number } {
  // One unit with at most one origin (most facts are one sentence): no sets.
  if (units.length === 1 && units[0]!.origins.length <= 1) {
    const credited = units[0]!.origins;
    return credited.length === 0 ? { origins: [], support: 1 } : { origins: [credited[0]!], support: 1 };
  }
  const origins = new Set<string>();
  const alone = new Set<string>();
  for (const unit of units) {
    if (unit.origins.length === 0) alone.add(unit.article);
    for (const origin of unit.origins) origins.add(origin);
  }
  return { origins: [...origins].sort(), support: origins.size + alone.size };
}

/** Whether a code unit is white space as `\s` reads it. */
export function isRegExpSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The text with each run of white space as one space: `text.replace(/\s+/gu, ' ')`, returning
 * the text itself without running the regular expression when it has no such run to replace.
 */
export function collapseSpaces(text: string): string {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    // Printable ASCII and Latin-1 below the no-break space: one compare for most characters.
    if (code > 32 && code < 0xa0) continue;
    if (isRegExpSpace(code) && (code !== 32 || isRegExpSpace(text.charCodeAt(k + 1))))
      return text.replace(/\s+/gu, ' ');
  }
  return text;
}
