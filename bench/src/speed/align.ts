/**
 * Speed of the align stage: candidate pairs aligned per second on news-length articles (about
 * 4 KB, 700 words) built from the real text of ../shared/datasets/clustering/ecbplus_docs.jsonl
 * (`full_text`; the documents of one event joined until 3,000 characters, so that articles of
 * one event share no document). Three kinds of candidate pairs, as LSH and the story pass hand
 * them to align(): edited copies (a word in ten substituted, a sentence dropped, a paragraph of
 * another event inserted), same-event non-copies (two articles of one ECB+ event), and unrelated
 * articles (different topics). prepareAlignment() runs once per article in the pipeline and is
 * timed apart here (after a warm-up, the median of three rounds over all articles).
 * Next to it, a naive baseline measured in the same run on fewer pairs: the classic O(n·m)
 * longest-common-subsequence dynamic programme over the two word-hash arrays (the core of
 * difflib-like diffing), which finds how many words two articles share but not where.
 * Also reported: the share of each copy that align() covers, and of each non-copy (ideally 0).
 */
import { readFileSync } from 'node:fs';
import { type AlignText, align, coveredFraction, prepareAlignment, tokenize } from '@storyfold/engine';
import { type Prng, prng } from '../eval/copies/prng.js';
import type { Section } from '../report.js';

const DATASET = '../shared/datasets/clustering/ecbplus_docs.jsonl';
/** An article is built from the documents of one event until it reaches this many characters. */
const ARTICLE_CHARS = 3000;
/** Longer documents (up to 16 KB in ECB+) are left out, to keep articles news-length. */
const MAX_DOC_CHARS = 3000;
/** Time spent aligning each kind of pair (the pair list is cycled until it runs out). */
const SECONDS = 1.5;
const PAIRS_PER_KIND = 2000;
const BASELINE_PAIRS = 150;
/** prepareAlignment is timed after this many warm-up calls, over PREPARE_ROUNDS rounds (median). */
const PREPARE_WARM_UP = 300;
const PREPARE_ROUNDS = 3;
const SEED = 20230228;

interface Doc {
  event: string;
  topic: number;
  paragraphs: string[];
}

interface Article {
  event: string;
  topic: number;
  body: string[];
}

function loadArticles(): Article[] {
  const byEvent = new Map<string, Doc[]>();
  for (const line of readFileSync(DATASET, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const doc = JSON.parse(line) as { event_id: string; topic: number; full_text: string };
    const paragraphs = doc.full_text
      .split('\n')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const docs = byEvent.get(doc.event_id) ?? [];
    docs.push({ event: doc.event_id, topic: doc.topic, paragraphs });
    byEvent.set(doc.event_id, docs);
  }
  const articles: Article[] = [];
  for (const [event, docs] of byEvent) {
    let body: string[] = [];
    let length = 0;
    for (const doc of docs) {
      if (doc.paragraphs.join('\n').length > MAX_DOC_CHARS) continue;
      body.push(...doc.paragraphs);
      length += doc.paragraphs.join('\n').length;
      if (length >= ARTICLE_CHARS) {
        articles.push({ event, topic: doc.topic, body });
        body = [];
        length = 0;
      }
    }
  }
  return articles;
}

/** An edited copy: one word in ten substituted, a sentence dropped, a foreign paragraph inserted. */
function editedCopy(body: readonly string[], foreign: readonly string[], r: Prng): string[] {
  const words = foreign.join(' ').split(' ');
  const copy = body.map((paragraph) =>
    paragraph
      .split(' ')
      .map((word) => (r.chance(0.1) ? r.pick(words) : word))
      .join(' '),
  );
  const at = r.int(0, copy.length - 1);
  const sentences = copy[at]!.split('. ');
  if (sentences.length > 1) {
    sentences.splice(r.int(0, sentences.length - 1), 1);
    copy[at] = sentences.join('. ');
  }
  copy.splice(r.int(0, copy.length), 0, r.pick(foreign));
  return copy;
}

interface Pair {
  a: AlignText;
  b: AlignText;
  hashesA: Uint32Array;
  hashesB: Uint32Array;
}

/** Pairs/s of align() over the pairs (cycled for SECONDS), and the mean covered share of a. */
function timeAlign(pairs: readonly Pair[]): { perSecond: number; covered: number; passages: number } {
  let done = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < SECONDS * 1000) {
    for (let i = 0; i < 200; i++)
      sink += align(pairs[(done + i) % pairs.length]!.a, pairs[(done + i) % pairs.length]!.b).length;
    done += 200;
    elapsed = performance.now() - start;
  }
  let covered = 0;
  let passages = 0;
  for (const pair of pairs) {
    const found = align(pair.a, pair.b);
    passages += found.length;
    covered += coveredFraction(found, 'a', pair.a.length);
  }
  if (sink < 0) throw new Error('unreachable');
  return {
    perSecond: done / (elapsed / 1000),
    covered: covered / pairs.length,
    passages: passages / pairs.length,
  };
}

/** The naive baseline: length of the longest common subsequence of words, by the O(n·m) DP. */
function lcsWords(x: Uint32Array, y: Uint32Array): number {
  let previous = new Int32Array(y.length + 1);
  let current = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const word = x[i - 1]!;
    for (let j = 1; j <= y.length; j++) {
      current[j] = word === y[j - 1]! ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length]!;
}

function timeBaseline(pairs: readonly Pair[]): number {
  const count = Math.min(BASELINE_PAIRS, pairs.length);
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < count; i++) sink += lcsWords(pairs[i]!.hashesA, pairs[i]!.hashesB);
  const elapsed = performance.now() - start;
  if (sink < 0) throw new Error('unreachable');
  return count / (elapsed / 1000);
}

export async function run(): Promise<Section> {
  const articles = loadArticles();
  const r = prng(SEED);
  const bodies: string[][] = articles.map((article) => article.body);
  const copies: [number, number][] = [];
  const sameEvent: [number, number][] = [];
  const unrelated: [number, number][] = [];
  const byEvent = new Map<string, number[]>();
  articles.forEach((article, i) => {
    byEvent.set(article.event, [...(byEvent.get(article.event) ?? []), i]);
  });
  const original = articles.length;
  for (let k = 0; k < PAIRS_PER_KIND; k++) {
    const i = r.int(0, original - 1);
    let j = r.int(0, original - 1);
    while (articles[j]!.topic === articles[i]!.topic) j = r.int(0, original - 1);
    copies.push([i, bodies.length]);
    bodies.push(editedCopy(articles[i]!.body, articles[j]!.body, r));
    unrelated.push([i, j]);
  }
  const events = [...byEvent.values()].filter((members) => members.length >= 2);
  for (let k = 0; k < PAIRS_PER_KIND; k++) {
    const members = r.pick(events);
    const i = r.int(0, members.length - 1);
    let j = r.int(0, members.length - 2);
    if (j >= i) j++;
    sameEvent.push([members[i]!, members[j]!]);
  }

  // prepareAlignment: warmed up, then every body prepared PREPARE_ROUNDS times; the median round counts.
  for (const body of bodies.slice(0, PREPARE_WARM_UP)) prepareAlignment(body);
  let texts: AlignText[] = [];
  const rounds: number[] = [];
  for (let round = 0; round < PREPARE_ROUNDS; round++) {
    const startPrepare = performance.now();
    texts = bodies.map((body) => prepareAlignment(body));
    rounds.push((performance.now() - startPrepare) / 1000);
  }
  const prepareSeconds = rounds.sort((x, y) => x - y)[PREPARE_ROUNDS >> 1]!;
  const hashes = bodies.map((body) => tokenize(body.join('\n')).hashes);
  const toPairs = (list: [number, number][]): Pair[] =>
    list.map(([i, j]) => ({ a: texts[i]!, b: texts[j]!, hashesA: hashes[i]!, hashesB: hashes[j]! }));
  const kinds = [
    { kind: 'edited copies', pairs: toPairs(copies) },
    { kind: 'same-event non-copies', pairs: toPairs(sameEvent) },
    { kind: 'unrelated articles', pairs: toPairs(unrelated) },
  ];
  const all = kinds.flatMap((k) => k.pairs);
  const meanWords = texts.reduce((sum, t) => sum + t.count, 0) / texts.length;
  const meanChars = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;

  const rows: Record<string, string | number>[] = [];
  const measures: Section['measures'] = [];
  timeAlign(all.slice(0, 500)); // warm-up
  for (const { kind, pairs } of kinds) {
    const result = timeAlign(pairs);
    const baseline = timeBaseline(pairs);
    rows.push({
      pairs: kind,
      'align pairs/s': Math.round(result.perSecond),
      'LCS DP pairs/s': Math.round(baseline),
      speed_up: result.perSecond / baseline,
      'passages/pair': result.passages,
      'covered share of a': result.covered,
    });
    const key = kind.split(' ')[0]!.replace(/-.*/, '');
    measures.push(
      { name: `align.${key}.pairs_per_second`, value: result.perSecond, unit: 'pairs/s' },
      { name: `align.${key}.baseline_pairs_per_second`, value: baseline, unit: 'pairs/s' },
      { name: `align.${key}.covered`, value: result.covered },
    );
  }
  const mixed = timeAlign(all);
  rows.push({ pairs: 'all kinds, mixed', 'align pairs/s': Math.round(mixed.perSecond) });
  measures.push(
    { name: 'align.pairs_per_second', value: mixed.perSecond, unit: 'pairs/s' },
    { name: 'align.prepare_per_second', value: texts.length / prepareSeconds, unit: 'articles/s' },
  );
  return {
    title: 'Align: candidate pairs per second (one core)',
    rows,
    measures,
    note:
      `${texts.length} articles (${original} real ECB+ composites of one event, mean ${Math.round(meanChars)} characters, ` +
      `${Math.round(meanWords)} words; plus ${PAIRS_PER_KIND} edited copies); prepareAlignment: ` +
      `${Math.round(texts.length / prepareSeconds)} articles/s (median of ${PREPARE_ROUNDS} rounds after a warm-up), ` +
      `not counted per pair. align() cycled over ` +
      `${PAIRS_PER_KIND} pairs per kind for ${SECONDS} s; the LCS baseline on the first ${BASELINE_PAIRS}. ` +
      'Covered share: characters of a in passages (copies: near 1 minus the dropped sentence; ' +
      'non-copies near 0). Single thread on a shared machine: numbers are noisy lower bounds.',
  };
}
