/**
 * Speed and memory of the match stage (LSH) at 1,000,000 signatures: inserts per second,
 * queries per second, bytes per article (the index's typed arrays, and the process's resident
 * memory delta), and recall of planted near-duplicates; next to a naive baseline measured in the
 * same run: one JS Map<string, number[]> per band, at 200,000 signatures (a million would take
 * several GB). Signatures are generated cheaply (seeded random values, with planted copies that
 * keep a share of an earlier signature's values); computing real signatures is measured by the
 * fingerprint benchmark. Candidates per article on real text are measured on the clustering
 * datasets.
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
const QUERIES = 200_000;
const SIZE = 128;
const BATCH = 10_000;
/** Every PLANT_EVERY-th article is a copy of an earlier one keeping PLANT_KEEP of its values. */
const PLANT_EVERY = 50;
const PLANT_KEEP = 0.3;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Writes the values of synthetic signature `i` into `out` (planted copies included). */
function fill(i: number, out: Uint32Array): void {
  let state = fmix32(i + 0x51ed27);
  for (let v = 0; v < SIZE; v++) {
    state = fmix32(state + 0x9e3779b9);
    out[v] = state === 0xffffffff ? 1 : state;
  }
  if (i >= PLANT_EVERY && i % PLANT_EVERY === 0) {
    const source = new Uint32Array(SIZE);
    fill(plantedSource(i), source);
    for (let v = 0; v < SIZE; v++) if (fmix32(i * SIZE + v) / 4294967296 < PLANT_KEEP) out[v] = source[v]!;
  }
}

function plantedSource(i: number): number {
  return i - 1 - (fmix32(i) % (PLANT_EVERY - 1));
}

function batch(from: number, count: number): Signature[] {
  const sigs: Signature[] = [];
  for (let i = from; i < from + count; i++) {
    const values = new Uint32Array(SIZE);
    fill(i, values);
    sigs.push({ seed: 1, size: SIZE, version: signatureVersion(3), values });
  }
  return sigs;
}

function rss(): number {
  gc();
  return process.memoryUsage().rss;
}

interface Index {
  insert(id: number, sig: Signature): void;
  query(sig: Signature): number[];
}

/** Inserts `count` synthetic signatures, timing only the inserts; returns inserts/s. */
function build(index: Index, count: number): number {
  let elapsed = 0;
  for (let from = 0; from < count; from += BATCH) {
    const sigs = batch(from, Math.min(BATCH, count - from));
    const start = performance.now();
    for (let j = 0; j < sigs.length; j++) index.insert(from + j, sigs[j]!);
    elapsed += performance.now() - start;
  }
  return count / (elapsed / 1000);
}

/** Queries the planted copies and other held signatures; returns queries/s and planted recall. */
function probe(
  index: Index,
  count: number,
  queries: number,
): { perSecond: number; recall: number; mean: number } {
  let elapsed = 0;
  let planted = 0;
  let found = 0;
  let candidates = 0;
  const step = Math.max(1, Math.floor(count / queries));
  for (let done = 0; done < queries; done += BATCH) {
    const ids: number[] = [];
    for (let j = 0; j < BATCH && done + j < queries; j++) ids.push(((done + j) * step) % count);
    const sigs = ids.map((id) => batch(id, 1)[0]!);
    const results: number[][] = [];
    const start = performance.now();
    for (const sig of sigs) results.push(index.query(sig));
    elapsed += performance.now() - start;
    ids.forEach((id, j) => {
      candidates += results[j]!.length;
      if (id >= PLANT_EVERY && id % PLANT_EVERY === 0) {
        planted++;
        if (results[j]!.includes(plantedSource(id))) found++;
      }
    });
  }
  return { perSecond: queries / (elapsed / 1000), recall: found / planted, mean: candidates / queries };
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
  const inserts = build(index, ARTICLES);
  const resident = (rss() - before) / ARTICLES;
  const typed = index.memoryBytes() / ARTICLES;
  const queries = probe(index, ARTICLES, QUERIES);
  const { bands, rows } = index;

  const naiveBefore = rss();
  const naive = new NaiveIndex(bands, rows);
  const naiveInserts = build(naive, NAIVE_ARTICLES);
  const naiveResident = (rss() - naiveBefore) / NAIVE_ARTICLES;
  const naiveQueries = probe(naive, NAIVE_ARTICLES, QUERIES / 4);
  const real = realCandidates();

  return {
    title: `match: LSH index, ${bands} bands × ${rows} rows (one core)`,
    rows: [
      {
        method: 'storyfold LshIndex (typed arrays)',
        signatures: ARTICLES,
        'inserts/s': Math.round(inserts),
        'queries/s': Math.round(queries.perSecond),
        'bytes/article (RSS)': Math.round(resident),
        'bytes/article (arrays)': Math.round(typed),
        'planted recall': queries.recall,
        'candidates/query': queries.mean,
      },
      {
        method: 'naive: Map<string, number[]> per band',
        signatures: NAIVE_ARTICLES,
        'inserts/s': Math.round(naiveInserts),
        'queries/s': Math.round(naiveQueries.perSecond),
        'bytes/article (RSS)': Math.round(naiveResident),
        'planted recall': naiveQueries.recall,
        'candidates/query': naiveQueries.mean,
      },
    ],
    measures: [
      { name: 'lsh.inserts_per_s', value: Math.round(inserts), unit: 'inserts/s' },
      { name: 'lsh.queries_per_s', value: Math.round(queries.perSecond), unit: 'queries/s' },
      { name: 'lsh.bytes_per_article_rss', value: Math.round(resident), unit: 'bytes' },
      { name: 'lsh.bytes_per_article_arrays', value: Math.round(typed), unit: 'bytes' },
      { name: 'lsh.planted_recall', value: queries.recall },
      { name: 'lsh.naive.inserts_per_s', value: Math.round(naiveInserts), unit: 'inserts/s' },
      { name: 'lsh.naive.queries_per_s', value: Math.round(naiveQueries.perSecond), unit: 'queries/s' },
      { name: 'lsh.naive.bytes_per_article_rss', value: Math.round(naiveResident), unit: 'bytes' },
      { name: 'lsh.real.candidates_per_article', value: real.mean },
    ],
    note:
      `${ARTICLES.toLocaleString('en-US')} synthetic signatures of ${SIZE} random values inserted into an index ` +
      `grown from its default capacity; one in ${PLANT_EVERY} is a copy keeping ${PLANT_KEEP * 100}% of the values of ` +
      `one of the ${PLANT_EVERY} signatures before it (Jaccard ≈ ${PLANT_KEEP}), and "planted recall" is the share of ` +
      `queries for those copies that return their source. ${QUERIES.toLocaleString('en-US')} queries at 1,000,000 ` +
      `(${(QUERIES / 4).toLocaleString('en-US')} for the naive index, which holds only ` +
      `${NAIVE_ARTICLES.toLocaleString('en-US')} signatures: a million would take several GB). Only insert and ` +
      'query calls are timed; bytes per article is the growth of process RSS after GC, and the bytes of the ' +
      `index's typed arrays. Real text: ${real.articles} articles of about 4 KB from the clustering datasets, ` +
      `matched in order, gave ${real.mean.toFixed(3)} candidates per article (${(real.similar * 100).toFixed(0)}% ` +
      'with estimated Jaccard ≥ 0.2). One core, a shared machine: noisy lower bounds.',
  };
}
