/**
 * Features of an article for story clustering: three sparse vectors over hashed keys, and a day.
 *
 * Computes: the text vector (stemmed words of title and body, no stopwords, no numbers), the entity
 * vector (see entities.ts) and the title vector (stemmed title words), each weighted by sublinear
 * term frequency 1 + ln(tf); IDF is applied later by the index, from document frequencies that grow
 * as articles arrive. Keys are 32-bit hashes (words.ts) salted per channel, so the same word as a
 * text term, an entity and a title term gives three different keys.
 * Reference: sublinear TF scaling as in Manning, Raghavan & Schütze, "Introduction to Information
 * Retrieval", §6.4.1; the hashing trick (Weinberger et al., "Feature hashing for large scale
 * multitask learning", ICML 2009) instead of a shared vocabulary.
 * Invariants: pure — no state shared between calls, so features can be computed in worker
 * threads; the result holds only typed arrays and numbers (structured-clone friendly); keys within
 * a vector are distinct and ascending; weights ≥ 1. Two different keys collide with probability
 * about 2⁻³² per pair, which at most blends two rare words.
 * Cost: O(words) time and memory; one sort of each channel's keys.
 */

import type { Article } from '../article.js';
import { fmix32 } from '../tokens.js';
import { entitiesOfWords } from './entities.js';
import { scanWords } from './words.js';

export interface SparseVector {
  /** Salted 32-bit key hashes, ascending and distinct. */
  keys: Uint32Array;
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

/** Per-channel salts: keep a word's text, entity and title keys apart. */
const TEXT_SALT = 0x1b873593;
const ENTITY_SALT = 0x2c1b3c6d;
const TITLE_SALT = 0x297a2d39;

const MS_PER_DAY = 86_400_000;

/** The story features of an article; pure, so it may run in a worker thread. */
export function storyFeatures(article: Article): ArticleFeatures {
  const body = scanWords(article.body.join('\n'));
  const title = article.title ? scanWords(article.title) : scanWords('');
  const textKeys = new Uint32Array(body.count + title.count);
  let size = 0;
  for (let i = 0; i < body.count; i++) {
    const term = body.terms[i]!;
    if (term !== 0) textKeys[size++] = fmix32(term ^ TEXT_SALT);
  }
  const titleKeys = new Uint32Array(title.count);
  let titleSize = 0;
  for (let i = 0; i < title.count; i++) {
    const term = title.terms[i]!;
    if (term === 0) continue;
    textKeys[size++] = fmix32(term ^ TEXT_SALT);
    titleKeys[titleSize++] = fmix32(term ^ TITLE_SALT);
  }
  const entityKeys = entitiesOfWords(body.count > 0 ? body : title);
  for (let i = 0; i < entityKeys.length; i++) entityKeys[i] = fmix32(entityKeys[i]! ^ ENTITY_SALT);
  let day: number | null = null;
  if (article.published) {
    const ms = Date.parse(article.published);
    if (Number.isFinite(ms)) day = ms / MS_PER_DAY;
  }
  return {
    text: toVector(textKeys.subarray(0, size)),
    entities: toVector(entityKeys),
    title: toVector(titleKeys.subarray(0, titleSize)),
    day,
  };
}

/** Counts repeated keys (sorting them in place) into a sparse vector of 1 + ln(tf). */
function toVector(keys: Uint32Array): SparseVector {
  keys.sort();
  let distinct = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) distinct++;
  const out = new Uint32Array(distinct);
  const weights = new Float64Array(distinct);
  let k = -1;
  let run = 0;
  for (let i = 0; i < keys.length; i++) {
    if (i === 0 || keys[i] !== keys[i - 1]) {
      if (k >= 0) weights[k] = 1 + Math.log(run);
      k++;
      out[k] = keys[i]!;
      run = 0;
    }
    run++;
  }
  if (k >= 0) weights[k] = 1 + Math.log(run);
  return { keys: out, weights };
}
