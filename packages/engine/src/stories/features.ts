/**
 * Features of an article for story clustering: three sparse vectors over one vocabulary and a day.
 *
 * Computes: the text vector (stemmed words of title and body, no stopwords, no numbers), the entity
 * vector (see entities.ts) and the title vector (stemmed title words), each weighted by sublinear
 * term frequency 1 + ln(tf); IDF is applied later by the index, from document frequencies that grow
 * as articles arrive. Keys of the three channels are kept apart in the vocabulary by a prefix.
 * Reference: sublinear TF scaling as in Manning, Raghavan & Schütze, "Introduction to Information
 * Retrieval", §6.4.1.
 * Invariants: ids within a vector are distinct; weights ≥ 1; the same article gives the same
 * vectors given the same vocabulary state.
 * Cost: O(words) time and memory.
 */

import type { Article } from '../article.js';
import { entitiesOfWords } from './entities.js';
import { STOPWORDS, scanWords, stem } from './words.js';

export interface SparseVector {
  ids: Int32Array;
  /** 1 + ln(tf), before IDF. */
  weights: Float64Array;
}

export interface ArticleFeatures {
  text: SparseVector;
  entities: SparseVector;
  title: SparseVector;
  /** Days since 1970 of the publication time, or null when unknown. */
  day: number | null;
}

/** Key → dense id, shared by every channel (entity keys start with "@", title keys with "^"). */
export class Vocabulary {
  private readonly idsByKey = new Map<string, number>();

  get size(): number {
    return this.idsByKey.size;
  }

  idOf(key: string): number {
    let id = this.idsByKey.get(key);
    if (id === undefined) {
      id = this.idsByKey.size;
      this.idsByKey.set(key, id);
    }
    return id;
  }
}

const MS_PER_DAY = 86_400_000;
const HAS_LETTER = /\p{L}/u;

export function articleFeatures(article: Article, vocabulary: Vocabulary): ArticleFeatures {
  const bodyWords = scanWords(article.body.join('\n'));
  const titleWords = article.title ? scanWords(article.title) : [];
  const text = new Map<string, number>();
  const title = new Map<string, number>();
  for (const word of bodyWords) countTerm(text, word.folded);
  for (const word of titleWords) {
    countTerm(text, word.folded);
    countTerm(title, word.folded);
  }
  const entities = entitiesOfWords(bodyWords.length > 0 ? bodyWords : titleWords);
  let day: number | null = null;
  if (article.published) {
    const ms = Date.parse(article.published);
    if (Number.isFinite(ms)) day = ms / MS_PER_DAY;
  }
  return {
    text: toVector(text, '', vocabulary),
    entities: toVector(entities, '@', vocabulary),
    title: toVector(title, '^', vocabulary),
    day,
  };
}

function countTerm(counts: Map<string, number>, folded: string): void {
  if (folded.length < 2 || STOPWORDS.has(folded) || !HAS_LETTER.test(folded)) return;
  const key = stem(folded);
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function toVector(counts: Map<string, number>, prefix: string, vocabulary: Vocabulary): SparseVector {
  const ids = new Int32Array(counts.size);
  const weights = new Float64Array(counts.size);
  let i = 0;
  for (const [key, count] of counts) {
    ids[i] = vocabulary.idOf(prefix + key);
    weights[i] = 1 + Math.log(count);
    i++;
  }
  return { ids, weights };
}
