/**
 * Speed and memory of the match stage (LSH) at 1,000,000 signatures: inserts per second,
 * queries per second, bytes per article (the index's typed arrays, and the process's resident
 * memory delta), and recall of near-duplicates; next to a naive baseline measured in the same
 * run: one JS Map<string, number[]> per band, at 200,000 signatures (a million would take
 * several GB). Queries are signatures the index does not hold, as when a new article arrives:
 * unrelated ones (random values: the common case, almost no candidates) and near-duplicates of
 * held ones (a copy keeping 30% of a held signature's values, Jaccard ≈ 0.3), timed apart.
 * Signatures are generated cheaply (seeded random values; one held signature in 50 is itself a
 * planted copy of one of the 50 before it, so buckets hold real pairs); computing real
 * signatures is measured by the fingerprint benchmark. Candidates per article on real text are
 * measured on the clustering datasets.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  LshIndex,
  type Signature,
  signature,
  signatureSimilarity,
  signatureVersion,
} from '@storyfold/engine';
import type { Section } from '../report.js';
import { newsTexts } from './fingerprint.js';

const ARTICLES = 1_000_000;
const NAIVE_ARTICLES = 200_000;
/** Queries of each kind (unrelated, near-duplicate) at 1,000,000; a quarter for the naive index. */
const QUERIES = 200_000;
const SIZE = 128;
const BATCH = 10_000;
/** Every PLANT_EVERY-th held article is a copy of an earlier one keeping PLANT_KEEP of its values. */
const PLANT_EVERY = 50;
/** Share of a held signature's values a near-duplicate keeps (planted or queried). */
const PLANT_KEEP = 0.3;
/** Bytes per article are also tracked after every batch from this many articles on. */
const TRACK_FROM = 100_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Seeded random signature values for stream `stream`, number `i`. */
function randomValues(stream: number, i: number, out: Uint32Array): void {
  let state = fmix32(i + 0x51ed27 + Math.imul(stream, 0x2545f491));
  for (let v = 0; v < SIZE; v++) {
    state = fmix32(state + 0x9e3779b9);
    out[v] = state === 0xffffffff ? 1 : state;
  }
}

/** Overwrites about PLANT_KEEP of `out`'s values with those of held signature `source`. */
function keepShare(source: number, salt: number, out: Uint32Array): void {
  const values = new Uint32Array(SIZE);
  fill(source, values);
  for (let v = 0; v < SIZE; v++) if (fmix32(salt * SIZE + v) / 4294967296 < PLANT_KEEP) out[v] = values[v]!;
}

/** Writes the values of held synthetic signature `i` into `out` (planted copies included). */
function fill(i: number, out: Uint32Array): void {
  randomValues(0, i, out);
  if (i >= PLANT_EVERY && i % PLANT_EVERY === 0) keepShare(plantedSource(i), i, out);
}

function plantedSource(i: number): number {
  return i - 1 - (fmix32(i) % (PLANT_EVERY - 1));
}

function toSignature(values: Uint32Array): Signature {
  return { seed: 1, size: SIZE, version: signatureVersion(3), values };
}

/**
 * Held signatures `from` … `from + count − 1`, their values in one buffer: one allocation per
 * batch, so that garbage signatures do not fragment the heap and inflate the index's RSS.
 */
function batch(from: number, count: number): Signature[] {
  const buffer = new Uint32Array(count * SIZE);
  const sigs: Signature[] = [];
  for (let j = 0; j < count; j++) {
    const values = buffer.subarray(j * SIZE, (j + 1) * SIZE);
    fill(from + j, values);
    sigs.push(toSignature(values));
  }
  return sigs;
}

/** Query number q of a kind, for an index holding `count` signatures, and the id it must find. */
function querySignature(kind: 'unrelated' | 'near-duplicate', q: number, count: number): [Signature, number] {
  const values = new Uint32Array(SIZE);
  if (kind === 'unrelated') {
    randomValues(1, q, values);
    return [toSignature(values), -1];
  }
  randomValues(2, q, values);
  const source = fmix32(q + 0x3c6ef372) % count;
  keepShare(source, q + 0x10000000, values);
  return [toSignature(values), source];
}

function rss(): number {
  gc();
  return process.memoryUsage().rss;
}

interface Index {
  insert(id: number, sig: Signature): void;
  query(sig: Signature): number[];
  memoryBytes?(): number;
}

/**
 * Inserts `count` synthetic signatures, timing only the inserts; returns inserts/s and the
 * largest bytes per article of the index's arrays seen after a batch from TRACK_FROM on.
 */
function build(index: Index, count: number): { perSecond: number; maxBytes: number } {
  let elapsed = 0;
  let maxBytes = 0;
  for (let from = 0; from < count; from += BATCH) {
    const sigs = batch(from, Math.min(BATCH, count - from));
    const start = performance.now();
    for (let j = 0; j < sigs.length; j++) index.insert(from + j, sigs[j]!);
    elapsed += performance.now() - start;
    const held = from + sigs.length;
    if (index.memoryBytes && held >= TRACK_FROM) maxBytes = Math.max(maxBytes, index.memoryBytes() / held);
  }
  return { perSecond: count / (elapsed / 1000), maxBytes };
}

/** Queries signatures the index does not hold; returns queries/s, recall of sources, candidates. */
function probe(
  index: Index,
  kind: 'unrelated' | 'near-duplicate',
  count: number,
  queries: number,
): { perSecond: number; recall: number; mean: number } {
  let elapsed = 0;
  let found = 0;
  let candidates = 0;
  for (let done = 0; done < queries; done += BATCH) {
    const pairs: [Signature, number][] = [];
    for (let j = 0; j < BATCH && done + j < queries; j++) pairs.push(querySignature(kind, done + j, count));
    const results: number[][] = [];
    const start = performance.now();
    for (const [sig] of pairs) results.push(index.query(sig));
    elapsed += performance.now() - start;
    pairs.forEach(([, source], j) => {
      candidates += results[j]!.length;
      if (source >= 0 && results[j]!.includes(source)) found++;
    });
  }
  return { perSecond: queries / (elapsed / 1000), recall: found / queries, mean: candidates / queries };
}

/** The naive baseline: one Map from the band's values joined as a string to the ids. */
class NaiveIndex implements Index {
  private readonly maps: Map<string, number[]>[];
  constructor(
    private readonly bands: number,
    private readonly rows: number,
  ) {
    this.maps = Array.from({ length: bands }, () => new Map<string, number[]>());
  }
  private key(sig: Signature, band: number): string {
    return Array.from(sig.values.subarray(band * this.rows, (band + 1) * this.rows)).join(',');
  }
  insert(id: number, sig: Signature): void {
    for (let band = 0; band < this.bands; band++) {
      const key = this.key(sig, band);
      const map = this.maps[band]!;
      const ids = map.get(key);
      if (ids) ids.push(id);
      else map.set(key, [id]);
    }
  }
  query(sig: Signature): number[] {
    const out = new Set<number>();
    for (let band = 0; band < this.bands; band++) {
      for (const id of this.maps[band]!.get(this.key(sig, band)) ?? []) out.add(id);
    }
    return [...out].sort((a, b) => a - b);
  }
}

/** Candidates per article when real articles are matched in order (query, then insert). */
function realCandidates(): { articles: number; mean: number; similar: number } {
  const texts = newsTexts(Number.POSITIVE_INFINITY);
  const sigs = texts.map((text) => signature(text));
  const index = new LshIndex();
  let candidates = 0;
  let similar = 0;
  sigs.forEach((sig, i) => {
    for (const j of index.query(sig)) {
      candidates++;
      if (signatureSimilarity(sig, sigs[j]!) >= 0.2) similar++;
    }
    index.insert(i, sig);
  });
  return {
    articles: sigs.length,
    mean: candidates / sigs.length,
    similar: similar / Math.max(1, candidates),
  };
}

export async function run(): Promise<Section> {
  const before = rss();
  const index = new LshIndex();
  const built = build(index, ARTICLES);
  const resident = (rss() - before) / ARTICLES;
  const typed = index.memoryBytes() / ARTICLES;
  const unrelated = probe(index, 'unrelated', ARTICLES, QUERIES);
  const near = probe(index, 'near-duplicate', ARTICLES, QUERIES);
  const { bands, rows } = index;

  const naiveBefore = rss();
  const naive = new NaiveIndex(bands, rows);
  const naiveBuilt = build(naive, NAIVE_ARTICLES);
  const naiveResident = (rss() - naiveBefore) / NAIVE_ARTICLES;
  const naiveUnrelated = probe(naive, 'unrelated', NAIVE_ARTICLES, QUERIES / 4);
  const naiveNear = probe(naive, 'near-duplicate', NAIVE_ARTICLES, QUERIES / 4);
  const real = realCandidates();

  return {
    title: `match: LSH index, ${bands} bands × ${rows} rows (one core)`,
    rows: [
      {
        method: 'storyfold LshIndex (typed arrays)',
        signatures: ARTICLES,
        'inserts/s': Math.round(built.perSecond),
        'queries/s unrelated': Math.round(unrelated.perSecond),
        'queries/s near-dup.': Math.round(near.perSecond),
        'bytes/article RSS': Math.round(resident),
        'bytes/article arrays': Math.round(typed),
        'arrays max (allocated) ≥100k': Math.round(built.maxBytes),
        'near-dup. recall': near.recall,
        'candidates unrelated': unrelated.mean,
        'candidates near-dup.': near.mean,
      },
      {
        method: 'naive: Map<string, number[]> per band',
        signatures: NAIVE_ARTICLES,
        'inserts/s': Math.round(naiveBuilt.perSecond),
        'queries/s unrelated': Math.round(naiveUnrelated.perSecond),
        'queries/s near-dup.': Math.round(naiveNear.perSecond),
        'bytes/article RSS': Math.round(naiveResident),
        'near-dup. recall': naiveNear.recall,
        'candidates unrelated': naiveUnrelated.mean,
        'candidates near-dup.': naiveNear.mean,
      },
    ],
    measures: [
      { name: 'lsh.inserts_per_s', value: Math.round(built.perSecond), unit: 'inserts/s' },
      {
        name: 'lsh.queries_per_s',
        value: Math.round(Math.min(unrelated.perSecond, near.perSecond)),
        unit: 'queries/s',
      },
      { name: 'lsh.queries_per_s.unrelated', value: Math.round(unrelated.perSecond), unit: 'queries/s' },
      { name: 'lsh.queries_per_s.near_duplicate', value: Math.round(near.perSecond), unit: 'queries/s' },
      { name: 'lsh.bytes_per_article_rss', value: Math.round(resident), unit: 'bytes' },
      { name: 'lsh.bytes_per_article_arrays', value: Math.round(typed), unit: 'bytes' },
      { name: 'lsh.bytes_per_article_arrays_max', value: Math.round(built.maxBytes), unit: 'bytes' },
      { name: 'lsh.near_duplicate_recall', value: near.recall },
      { name: 'lsh.unrelated_candidates', value: unrelated.mean },
      { name: 'lsh.naive.inserts_per_s', value: Math.round(naiveBuilt.perSecond), unit: 'inserts/s' },
      {
        name: 'lsh.naive.queries_per_s',
        value: Math.round(Math.min(naiveUnrelated.perSecond, naiveNear.perSecond)),
        unit: 'queries/s',
      },
      { name: 'lsh.naive.bytes_per_article_rss', value: Math.round(naiveResident), unit: 'bytes' },
      { name: 'lsh.real.candidates_per_article', value: real.mean },
    ],
    note:
      `${ARTICLES.toLocaleString('en-US')} synthetic signatures of ${SIZE} random values inserted into an index ` +
      `grown from its default capacity; one in ${PLANT_EVERY} is a copy keeping ${PLANT_KEEP * 100}% of the values of ` +
      `one of the ${PLANT_EVERY} signatures before it. Then ${QUERIES.toLocaleString('en-US')} queries of each kind, ` +
      'for signatures the index does not hold: unrelated (random values) and near-duplicates (a copy keeping ' +
      `${PLANT_KEEP * 100}% of a random held signature's values, Jaccard ≈ ${PLANT_KEEP}); "near-dup. recall" is the ` +
      'share of near-duplicate queries that return their source (the S-curve predicts 0.998 at J = 0.3). ' +
      `The naive index holds only ${NAIVE_ARTICLES.toLocaleString('en-US')} signatures (a million would take several ` +
      `GB) and gets ${(QUERIES / 4).toLocaleString('en-US')} queries of each kind. Only insert and query calls are ` +
      "timed; bytes per article is the growth of process RSS after GC, and the bytes of the index's typed arrays " +
      `(at the end, and the largest seen after any batch of ${BATCH.toLocaleString('en-US')} from ` +
      `${TRACK_FROM.toLocaleString('en-US')} articles on; allocated bytes, which include room reserved by a ` +
      `doubling but not yet written, hence not resident). Real text: ${real.articles} articles of about 4 KB from ` +
      `the clustering datasets, matched in order, gave ${real.mean.toFixed(3)} candidates per article ` +
      `(${(real.similar * 100).toFixed(0)}% with estimated Jaccard ≥ 0.2). One core, a shared machine: noisy lower ` +
      'bounds.',
  };
}
