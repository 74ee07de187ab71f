/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 of a candidate summary against one reference (Lin 2004).
 *
 * Tokens: the text lower-cased, runs of [a-z0-9] (as the reference `rouge-score` tokeniser);
 * optionally Porter-stemmed (porter.ts) — the eval states which. ROUGE-N: clipped n-gram overlap
 * (each reference n-gram counted at most as often as it occurs there), precision over the
 * candidate's n-grams, recall over the reference's, F1 their harmonic mean. ROUGE-L: the
 * summary-level longest common subsequence of the two whole token sequences (rouge-score's
 * "rougeL", no sentence split), P = LCS / candidate length, R = LCS / reference length.
 * Invariants: scores in [0, 1]; identical texts score 1; empty candidate or reference scores 0.
 * Cost: O(n) for ROUGE-N with maps, O(n·m) time and O(m) memory for ROUGE-L.
 */
import { stem } from './porter.js';

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export function rougeTokens(text: string, stemming: boolean): string[] {
  const tokens = text.toLowerCase().match(/[a-z0-9]+/gu) ?? [];
  return stemming ? tokens.map((token) => (token.length > 3 ? stem(token) : token)) : tokens;
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0 || candidate === 0 || reference === 0) return 0;
  const precision = overlap / candidate;
  const recall = overlap / reference;
  return (2 * precision * recall) / (precision + recall);
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [key, count] of c) overlap += Math.min(count, r.get(key) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

export function rouge(candidate: string, reference: string, stemming: boolean): RougeScores {
  const c = rougeTokens(candidate, stemming);
  const r = rougeTokens(reference, stemming);
  return {
    rouge1: rougeN(c, r, 1),
    rouge2: rougeN(c, r, 2),
    rougeL: f1(lcsLength(c, r), c.length, r.length),
  };
}
