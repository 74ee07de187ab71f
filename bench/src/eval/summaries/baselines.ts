/**
 * Baselines for the summary eval, computed in the same run:
 * - lead: the first `words` words of the articles in input order (cut mid-sentence), the lead
 *   baseline of the reference figures (it reproduces them exactly).
 * - lead sentences: the opening sentences of the articles taken in turn (first sentence of each
 *   article, then the second of each, …) until the word target is reached.
 * - LexRank (Erkan & Radev 2004): sentences of all articles as a graph whose edges join pairs
 *   with TF-IDF cosine ≥ 0.1 (idf over the event's sentences), ranked by PageRank (damping
 *   0.85, 50 iterations); best-ranked sentences until the word target, in rank order.
 * Cost: O(sentences²) per event for LexRank.
 */
import { splitSentences } from '@storyfold/engine';

export interface BaselineOptions {
  words: number;
}

const wordsIn = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

export function leadWords(texts: readonly string[], { words }: BaselineOptions): string {
  return texts.join(' ').split(/\s+/u).filter(Boolean).slice(0, words).join(' ');
}

export function leadSummary(texts: readonly string[], { words }: BaselineOptions): string {
  const sentences = texts.map((text) => splitSentences(text).map((sentence) => sentence.text));
  const chosen: string[] = [];
  let count = 0;
  for (let round = 0; count < words && sentences.some((list) => list.length > round); round++) {
    for (const list of sentences) {
      const sentence = list[round];
      if (sentence === undefined || count >= words) continue;
      chosen.push(sentence);
      count += wordsIn(sentence);
    }
  }
  return chosen.join(' ');
}

const LEXRANK_THRESHOLD = 0.1;
const DAMPING = 0.85;
const ITERATIONS = 50;

export function lexRankSummary(texts: readonly string[], { words }: BaselineOptions): string {
  const sentences = texts.flatMap((text) => splitSentences(text).map((sentence) => sentence.text));
  const bags = sentences.map((sentence) => {
    const bag = new Map<string, number>();
    for (const token of sentence.toLowerCase().match(/[a-z0-9]+/gu) ?? [])
      bag.set(token, (bag.get(token) ?? 0) + 1);
    return bag;
  });
  const df = new Map<string, number>();
  for (const bag of bags) for (const token of bag.keys()) df.set(token, (df.get(token) ?? 0) + 1);
  const n = sentences.length;
  const vectors = bags.map((bag) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [token, tf] of bag) {
      const weight = tf * Math.log(n / df.get(token)!);
      vector.set(token, weight);
      norm += weight * weight;
    }
    return { vector, norm: Math.sqrt(norm) };
  });
  const cosine = (i: number, j: number): number => {
    const a = vectors[i]!;
    const b = vectors[j]!;
    if (a.norm === 0 || b.norm === 0) return 0;
    let dot = 0;
    for (const [token, weight] of a.vector) dot += weight * (b.vector.get(token) ?? 0);
    return dot / (a.norm * b.norm);
  };
  const neighbours: number[][] = sentences.map(() => []);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (i === j || cosine(i, j) >= LEXRANK_THRESHOLD) neighbours[i]!.push(j);
  }
  let rank = new Float64Array(n).fill(1 / Math.max(1, n));
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / Math.max(1, n));
    for (let i = 0; i < n; i++) {
      const share = (DAMPING * rank[i]!) / neighbours[i]!.length;
      for (const j of neighbours[i]!) next[j]! += share;
    }
    rank = next;
  }
  const order = sentences.map((_, i) => i).sort((x, y) => rank[y]! - rank[x]! || x - y);
  const chosen: string[] = [];
  let count = 0;
  for (const i of order) {
    if (count >= words) break;
    chosen.push(sentences[i]!);
    count += wordsIn(sentences[i]!);
  }
  return chosen.join(' ');
}
