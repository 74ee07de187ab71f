/**
 * A large corpus of news-length articles built from real text, for end-to-end speed runs.
 *
 * How it is built (one seeded PRNG; the same (n, seed) always gives the same corpus):
 * - Real text pool: ECB+ (982 articles), NewsWCL50 (50), MEANTIME English (120), all
 *   detokenised and split into paragraphs of 1–3 sentences, and NeuS excerpts (about 7,300
 *   paragraphs of about 70 words from left, centre and right outlets).
 * - A non-copy article (70%) starts with a real document (documents taken in a seeded shuffled
 *   order, cycled) with its title, and appends the paragraphs of further random documents until it
 *   reaches 3,500–4,500 characters. Its words are then remapped (word-remap.ts): the 150 most
 *   frequent words are kept and every other word is replaced by a real word of the same frequency
 *   band, through a mapping drawn for that article, so that articles built from the same real
 *   paragraphs do not share text.
 * - A copy (30%) reproduces one of the 500 most recent non-copy articles with the copy
 *   benchmark's operations: wrap in page furniture (seed 001 lines, trafilatura `without`
 *   snippets) with p 0.6, word edits (2–10%) with p 0.5, truncation (50–100%) with p 0.3,
 *   paragraph drop with p 0.3.
 * - Ids "s1".."sn"; non-copies from 500 sources "source-N", copies from 100 outlets "outlet-N";
 *   published times spread evenly (2,000 articles a day, with jitter), copies 0.2–36 h after
 *   their original.
 * Invariants: deterministic; distinct ids; text lengths about 4 KB (copies shorter when cut).
 * Cost: O(n · article length); about 400 MB of text for 100k articles, streamed by writeCorpus.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { RawArticle } from '@storyfold/engine';
import { bodyOf, dropParagraphs, editWords, renderBody, truncate } from '../eval/copies/copy-operations.js';
import { type Prng, prng } from '../eval/copies/prng.js';
import { loadEcbplus, loadFurniture, loadNeusExcerpts, loadOtherNews } from '../eval/copies/real-text.js';
import * as D from './defaults.js';
import { bandCount, buildVocabulary, remapWords, type Vocabulary } from './word-remap.js';

interface PoolDocument {
  title: string;
  paragraphs: string[];
}

interface Pool {
  documents: PoolDocument[];
  vocabulary: Vocabulary;
  furniture: { header: string[]; footer: string[] }[];
}

let cachedPool: Pool | undefined;

function loadPool(): Pool {
  if (cachedPool) return cachedPool;
  const news = [...loadEcbplus(), ...loadOtherNews()].filter((doc) => doc.paragraphs.length > 0);
  const excerpts = loadNeusExcerpts();
  const documents: PoolDocument[] = [
    ...news.map((doc) => ({ title: doc.title, paragraphs: doc.paragraphs })),
    ...excerpts.map((excerpt) => ({ title: excerpt.title, paragraphs: [excerpt.text] })),
  ];
  const vocabulary = buildVocabulary(
    documents.flatMap((doc) => [doc.title, ...doc.paragraphs]),
    D.KEPT_WORDS,
  );
  const lines = loadFurniture();
  const r = prng(7);
  const furniture = Array.from({ length: D.OUTLETS }, () => ({
    header: [
      ...r.shuffle(lines.header).slice(0, r.int(0, 3)),
      ...Array.from({ length: r.int(0, 2) }, () => r.pick(lines.snippets)),
    ],
    footer: [
      ...r.shuffle(lines.footer).slice(0, r.int(0, 4)),
      ...Array.from({ length: r.int(0, 2) }, () => r.pick(lines.snippets)),
    ],
  }));
  cachedPool = { documents, vocabulary, furniture };
  return cachedPool;
}

interface Recent {
  title: string;
  paragraphs: string[];
  time: number;
}

const START = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

/** The corpus articles, one at a time (see header). */
export function* corpusArticles(n: number, seed: number): Generator<RawArticle> {
  const pool = loadPool();
  const r = prng(seed);
  const order = r.shuffle(pool.documents.map((_, i) => i));
  const bands = bandCount(pool.vocabulary);
  const recent: Recent[] = [];
  let lead = 0;
  for (let i = 0; i < n; i++) {
    const time = START + Math.floor(((i + r.next()) / D.ARTICLES_PER_DAY) * DAY_MS);
    const id = `s${i + 1}`;
    if (recent.length > 0 && r.chance(D.COPY_SHARE)) {
      const base = recent[r.int(0, recent.length - 1)]!;
      const outlet = r.int(0, D.OUTLETS - 1);
      yield {
        id,
        ...copyOf(base, pool.furniture[outlet]!, r),
        source: `outlet-${outlet + 1}`,
        published: new Date(
          Math.max(time, base.time + Math.floor(r.between(0.2, 36) * 3_600_000)),
        ).toISOString(),
      };
      continue;
    }
    const first = pool.documents[order[lead++ % order.length]!]!;
    const target = r.int(D.ARTICLE_CHARS[0], D.ARTICLE_CHARS[1]);
    const paragraphs: string[] = [];
    let length = 0;
    for (let doc = first; length < target; doc = r.pick(pool.documents)) {
      for (const paragraph of doc.paragraphs) {
        if (length >= target) break;
        paragraphs.push(paragraph);
        length += paragraph.length + 2;
      }
    }
    const offsets = Array.from({ length: bands }, () => r.int(1, 1 << 30));
    const title = remapWords(first.title, pool.vocabulary, offsets);
    const remapped = paragraphs.map((paragraph) => remapWords(paragraph, pool.vocabulary, offsets));
    recent.push({ title, paragraphs: remapped, time });
    if (recent.length > D.COPY_WINDOW) recent.shift();
    yield {
      id,
      title,
      text: remapped.join('\n\n'),
      source: `source-${r.int(1, D.SOURCES)}`,
      published: new Date(time).toISOString(),
    };
  }
}

function copyOf(
  base: Recent,
  furniture: { header: string[]; footer: string[] },
  r: Prng,
): { title: string; text: string } {
  let body = bodyOf(base.paragraphs, 0);
  if (r.chance(0.3)) body = truncate(body, r.between(0.5, 1));
  if (r.chance(0.3)) body = dropParagraphs(body, 0.25, r);
  if (r.chance(0.5)) body = editWords(body, r.between(0.02, 0.1), r);
  let lines = renderBody(body);
  if (r.chance(0.6)) lines = [...furniture.header, base.title, ...lines, ...furniture.footer];
  return { title: base.title, text: lines.join('\n\n') };
}

/** The whole corpus in memory (for small n; use writeCorpus for large ones). */
export function buildCorpus(n: number, seed: number): RawArticle[] {
  return [...corpusArticles(n, seed)];
}

/** Writes the corpus as JSONL (fields id, text, title, source, published) and returns its size in bytes. */
export function writeCorpus(path: string, n: number, seed: number): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  let chunk: string[] = [];
  let chunkLength = 0;
  const flush = (): void => {
    if (chunk.length === 0) return;
    bytes += writeSync(fd, chunk.join(''));
    chunk = [];
    chunkLength = 0;
  };
  try {
    for (const article of corpusArticles(n, seed)) {
      const line = `${JSON.stringify(article)}\n`;
      chunk.push(line);
      chunkLength += line.length;
      if (chunkLength > 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}
