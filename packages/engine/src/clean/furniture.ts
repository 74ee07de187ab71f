/**
 * Furniture: learns each source's page furniture (its own menus, prompts, footers) from repetition.
 *
 * Computes, per source, how many observed articles contain each short line, and calls a line
 * furniture when it recurs in at least `minArticles` articles AND in at least `minShare` of that
 * source's observed articles. A line repeated inside one article counts once; an article without a
 * source teaches nothing.
 * Reference: document frequency of lines per site, as in boilerplate detection by template
 * repetition (Bar-Yossef & Rajagopalan, "Template detection via data mining", WWW 2002), counted
 * with Lossy Counting (Manku & Motwani, "Approximate frequency counts over data streams", VLDB
 * 2002) so that memory stays bounded however many articles a source publishes.
 * Invariants: lines are keyed by a 32-bit hash of their folded words (case, accents, punctuation
 * and spacing do not matter); counts never exceed the true count and fall short of it by at most
 * `errorBound` × articles observed; at most `maxLinesPerSource` hashes are kept per source.
 * Cost: observe is O(text length); isFurniture is O(line length) plus one Map lookup. Memory is
 * O(min(maxLinesPerSource, lines per article / errorBound × log(errorBound × articles))) per source.
 */

import type { RawArticle } from '../article.js';
import { tokenize } from '../tokens.js';
import { DEFAULT_FURNITURE_OPTIONS, type FurnitureOptions } from './defaults.js';
import { splitLines } from './lines.js';

/** Counts are packed with lossy counting's delta into one number: count × DELTA_RANGE + delta. */
const DELTA_RANGE = 2 ** 24;

interface SourceCounts {
  /** Articles observed for this source. */
  articles: number;
  /** Line hash → count × DELTA_RANGE + delta. */
  lines: Map<number, number>;
}

/** A hash of a line's folded words, or -1 when the line has no words or is too long to count. */
export function furnitureKey(line: string, maxLineLength: number): number {
  if (line.length > maxLineLength * 2) return -1;
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > maxLineLength) return -1;
  const tokens = tokenize(trimmed);
  if (tokens.count === 0) return -1;
  let hash = 0x9747b28c ^ tokens.count;
  for (let i = 0; i < tokens.count; i++) {
    hash = Math.imul(hash ^ tokens.hashes[i]!, 0x01000193);
    hash = (hash << 13) | (hash >>> 19);
  }
  return hash >>> 0;
}

/** What a Furniture has learnt, as plain data (survives structured cloning, e.g. to a worker thread). */
export interface FurnitureSnapshot {
  readonly options: Readonly<FurnitureOptions>;
  readonly sources: ReadonlyMap<string, Readonly<SourceCounts>>;
}

export class Furniture {
  readonly options: Readonly<FurnitureOptions>;
  readonly #sources = new Map<string, SourceCounts>();
  readonly #bucketWidth: number;

  constructor(options: Partial<FurnitureOptions> = {}) {
    const merged = { ...DEFAULT_FURNITURE_OPTIONS, ...options };
    if (!(merged.minShare > 0 && merged.minShare <= 1))
      throw new RangeError('Furniture: minShare must be in (0, 1]');
    if (!(merged.errorBound > 0 && merged.errorBound < merged.minShare)) {
      throw new RangeError('Furniture: errorBound must be in (0, minShare)');
    }
    if (!(merged.minArticles >= 1)) throw new RangeError('Furniture: minArticles must be at least 1');
    if (!(merged.maxLinesPerSource >= 1))
      throw new RangeError('Furniture: maxLinesPerSource must be at least 1');
    this.options = Object.freeze(merged);
    this.#bucketWidth = Math.ceil(1 / merged.errorBound);
  }

  /** Counts the distinct short lines of one article under its source. */
  observe(raw: RawArticle): void {
    if (raw.source === undefined || raw.source.length === 0) return;
    this.observeKeys(raw.source, this.lineKeys(raw.text));
  }

  /**
   * The distinct keys of a text's short lines, the part of `observe` that reads the text: it may
   * run elsewhere (a worker thread) and its result be counted here with `observeKeys`.
   */
  lineKeys(text: string): Uint32Array {
    const keys = new Set<number>();
    for (const line of splitLines(text)) {
      const key = furnitureKey(line, this.options.maxLineLength);
      if (key >= 0) keys.add(key);
    }
    return Uint32Array.from(keys);
  }

  /** Counts one article of `source` whose short lines have these distinct keys (from `lineKeys`). */
  observeKeys(source: string, keys: ArrayLike<number>): void {
    if (source.length === 0) return;
    let counts = this.#sources.get(source);
    if (counts === undefined) {
      counts = { articles: 0, lines: new Map() };
      this.#sources.set(source, counts);
    }
    counts.articles++;
    const bucket = Math.ceil(counts.articles / this.#bucketWidth);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const packed = counts.lines.get(key);
      if (packed !== undefined) counts.lines.set(key, packed + DELTA_RANGE);
      else if (counts.lines.size < this.options.maxLinesPerSource) {
        counts.lines.set(key, DELTA_RANGE + Math.min(bucket - 1, DELTA_RANGE - 1));
      }
    }
    if (counts.articles % this.#bucketWidth === 0) prune(counts.lines, bucket);
  }

  /** Whether a line is furniture of the given source: it recurs in enough of that source's articles. */
  isFurniture(source: string | undefined, line: string): boolean {
    if (source === undefined) return false;
    const counts = this.#sources.get(source);
    if (counts === undefined) return false;
    const key = furnitureKey(line, this.options.maxLineLength);
    if (key < 0) return false;
    const packed = counts.lines.get(key);
    if (packed === undefined) return false;
    const count = Math.floor(packed / DELTA_RANGE);
    return count >= this.options.minArticles && count >= this.options.minShare * counts.articles;
  }

  /** A copy of what has been learnt so far; `Furniture.fromSnapshot` gives an equal Furniture back. */
  snapshot(): FurnitureSnapshot {
    const sources = new Map<string, SourceCounts>();
    for (const [source, counts] of this.#sources) {
      sources.set(source, { articles: counts.articles, lines: new Map(counts.lines) });
    }
    return { options: { ...this.options }, sources };
  }

  static fromSnapshot(snapshot: FurnitureSnapshot): Furniture {
    const furniture = new Furniture(snapshot.options);
    for (const [source, counts] of snapshot.sources) {
      furniture.#sources.set(source, { articles: counts.articles, lines: new Map(counts.lines) });
    }
    return furniture;
  }

  /** Articles observed for a source. */
  articleCount(source: string): number {
    return this.#sources.get(source)?.articles ?? 0;
  }

  /** Line hashes remembered for a source (for memory checks). */
  lineCount(source: string): number {
    return this.#sources.get(source)?.lines.size ?? 0;
  }
}

/** Lossy counting's end-of-bucket step: forget lines whose count plus delta is at most the bucket id. */
function prune(lines: Map<number, number>, bucket: number): void {
  for (const [key, packed] of lines) {
    const count = Math.floor(packed / DELTA_RANGE);
    const delta = packed - count * DELTA_RANGE;
    if (count + delta <= bucket) lines.delete(key);
  }
}
