/**
 * Speed of the fingerprint stage: text → MinHash signature, on news-length text (about 4 KB)
 * made from the real articles of ../shared/datasets/clustering/*.jsonl, next to a naive
 * baseline measured in the same run (shingle strings in a Set, then classic MinHash with one
 * independent hash function per signature value). Also the accuracy of both estimates against
 * the exact Jaccard similarity of shingle sets, on pairs of a text and an edited copy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  DEFAULT_SIGNATURE_SIZE,
  shingleHashes,
  signature,
  signatureSimilarity,
  tokenize,
} from '@storyfold/engine';
import type { Section } from '../report.js';

const DATASETS = '../shared/datasets/clustering';
const TEXT_LENGTH = 4096;
const SECONDS = 1.5;

/** Real article text cut into pieces of about TEXT_LENGTH characters, at word boundaries. */
export function newsTexts(limit = 600): string[] {
  const texts: string[] = [];
  let current = '';
  for (const file of readdirSync(DATASETS).filter((name) => name.endsWith('.jsonl'))) {
    for (const line of readFileSync(`${DATASETS}/${file}`, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const text = (JSON.parse(line) as { full_text?: string }).full_text ?? '';
      current = current === '' ? text : `${current}\n\n${text}`;
      while (current.length >= TEXT_LENGTH) {
        const cut = current.lastIndexOf(' ', TEXT_LENGTH);
        texts.push(current.slice(0, cut > 0 ? cut : TEXT_LENGTH));
        current = current.slice(cut > 0 ? cut + 1 : TEXT_LENGTH);
        if (texts.length >= limit) return texts.map(flat);
      }
    }
  }
  return texts.map(flat);
}

/** A flat copy of a string, as a feed parser would hand it over (not a slice of a larger one). */
function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Calls `f` on every text, round after round, for about `seconds`; returns texts per second. */
function throughput(texts: string[], f: (text: string) => unknown, seconds = SECONDS): number {
  for (const text of texts.slice(0, 50)) f(text); // warm up the JIT
  const start = performance.now();
  let done = 0;
  while (performance.now() - start < seconds * 1000) {
    for (const text of texts) f(text);
    done += texts.length;
  }
  return done / ((performance.now() - start) / 1000);
}

const PRIME = 4294967311; // > 2^32: universal hashing (a·x + b) mod p over 32-bit string hashes

/** Classic MinHash (Broder 1997): shingle strings in a Set, SIZE independent hash functions. */
export function naiveMinHash(text: string, size = DEFAULT_SIGNATURE_SIZE, k = 3): Float64Array {
  const words = text
    .normalize('NFD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const shingles = new Set<string>();
  for (let i = 0; i + k <= words.length; i++) shingles.add(words.slice(i, i + k).join(' '));
  const values = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  for (const shingle of shingles) {
    let x = 0x811c9dc5;
    for (let i = 0; i < shingle.length; i++) x = Math.imul(x ^ shingle.charCodeAt(i), 0x01000193);
    x >>>= 0;
    for (let j = 0; j < size; j++) {
      const a = NAIVE_A[j]!;
      const b = NAIVE_B[j]!;
      // (a·x + b) mod p in doubles, split to stay exact below 2^53.
      const value = (((a * (x >>> 16)) % PRIME) * 65536 + a * (x & 0xffff) + b) % PRIME;
      if (value < values[j]!) values[j] = value;
    }
  }
  return values;
}

const NAIVE_A = Float64Array.from(
  { length: 65536 },
  (_, i) => 1 + ((Math.imul(i + 1, 0x9e3779b1) >>> 0) % 65521),
);
const NAIVE_B = Float64Array.from({ length: 65536 }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

function naiveSimilarity(a: Float64Array, b: Float64Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** A copy that keeps a prefix of the text and edits one word in ten (deterministic). */
function editedCopy(text: string, index: number): string {
  const words = text.split(' ');
  const kept = words.slice(0, Math.ceil(words.length * (0.5 + (0.5 * ((index * 37) % 100)) / 100)));
  return kept.map((word, i) => ((i * 7 + index) % 10 === 0 ? `edited${i}` : word)).join(' ');
}

function exactJaccard(a: string, b: string): number {
  const x = new Set(shingleHashes(tokenize(a)));
  const y = new Set(shingleHashes(tokenize(b)));
  let shared = 0;
  for (const h of x) if (y.has(h)) shared++;
  return shared / (x.size + y.size - shared);
}

export async function run(): Promise<Section> {
  const texts = newsTexts();
  const meanLength = texts.reduce((sum, text) => sum + text.length, 0) / texts.length;
  const fast = throughput(texts, (text) => signature(text));
  const naive = throughput(texts, (text) => naiveMinHash(text), SECONDS / 2);

  let fastError = 0;
  let naiveError = 0;
  const pairs = Math.min(200, texts.length);
  for (let i = 0; i < pairs; i++) {
    const a = texts[i]!;
    const b = editedCopy(a, i);
    const exact = exactJaccard(a, b);
    fastError += Math.abs(signatureSimilarity(signature(a), signature(b)) - exact);
    naiveError += Math.abs(naiveSimilarity(naiveMinHash(a), naiveMinHash(b)) - exact);
  }

  const mb = (perSecond: number): number => (perSecond * meanLength) / 1e6;
  return {
    title: 'fingerprint: text → MinHash signature (one core)',
    rows: [
      {
        method: 'storyfold signature() (OPH + densification, word-hash shingles)',
        'articles/s': Math.round(fast),
        'MB/s': mb(fast),
        'mean |error| vs exact Jaccard': fastError / pairs,
      },
      {
        method: 'naive: shingle strings in a Set, 128 hash functions',
        'articles/s': Math.round(naive),
        'MB/s': mb(naive),
        'mean |error| vs exact Jaccard': naiveError / pairs,
      },
    ],
    measures: [
      { name: 'fingerprint.articles_per_s', value: Math.round(fast), unit: 'articles/s' },
      { name: 'fingerprint.mb_per_s', value: mb(fast), unit: 'MB/s' },
      { name: 'fingerprint.naive.articles_per_s', value: Math.round(naive), unit: 'articles/s' },
      { name: 'fingerprint.speedup_vs_naive', value: fast / naive },
      { name: 'fingerprint.mean_abs_error', value: fastError / pairs },
      { name: 'fingerprint.naive.mean_abs_error', value: naiveError / pairs },
    ],
    note:
      `${texts.length} texts of ${Math.round(meanLength)} characters on average, cut from the real articles of ` +
      `${DATASETS}/*.jsonl; ${DEFAULT_SIGNATURE_SIZE} values, 3-word shingles, both methods. Error: mean absolute ` +
      `difference from the exact Jaccard of shingle sets over ${pairs} pairs (a text and a copy keeping 50–100% of ` +
      'it with one word in ten replaced). One core, timed with performance.now(); a shared machine gives noisy lower bounds.',
  };
}
