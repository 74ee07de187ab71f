/**
 * The clustering baseline: TF-IDF cosine similarity with average-linkage agglomerative clustering,
 * cut at the threshold that scores best against the labels (an oracle no online system has).
 *
 * Computes: the full merge sequence (dendrogram) once, then the clusters at any threshold by
 * replaying merges whose similarity is at least the threshold.
 * Reference: UPGMA / group-average agglomerative clustering (Manning, Raghavan & Schütze,
 * "Introduction to Information Retrieval", §17.3), with sublinear TF and smoothed IDF (§6.4).
 * Invariants: average linkage is reducible, so merge similarities never increase and a threshold
 * cut equals stopping the merges there; ties are broken by the lower index (deterministic).
 * Cost: O(n² × words-per-pair) for the similarity matrix, O(n²) memory, about O(n²) for the merges
 * with a cached best neighbour per cluster.
 */

import { tokenize } from '@storyfold/engine';

export interface Merge {
  a: number;
  b: number;
  similarity: number;
}

/** L2-normalised TF-IDF vectors (sorted hash ids with weights) for a list of texts. */
export function tfidfVectors(texts: readonly string[]): { ids: Uint32Array; weights: Float64Array }[] {
  const counts = texts.map((text) => {
    const map = new Map<number, number>();
    for (const hash of tokenize(text).hashes) map.set(hash, (map.get(hash) ?? 0) + 1);
    return map;
  });
  const df = new Map<number, number>();
  for (const map of counts) for (const hash of map.keys()) df.set(hash, (df.get(hash) ?? 0) + 1);
  const n = texts.length;
  return counts.map((map) => {
    const entries = [...map].sort((x, y) => x[0] - y[0]);
    const ids = new Uint32Array(entries.length);
    const weights = new Float64Array(entries.length);
    let norm = 0;
    entries.forEach(([hash, tf], i) => {
      const w = (1 + Math.log(tf)) * (Math.log((n + 1) / ((df.get(hash) ?? 0) + 1)) + 1);
      ids[i] = hash;
      weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { ids, weights };
  });
}

function cosine(
  x: { ids: Uint32Array; weights: Float64Array },
  y: { ids: Uint32Array; weights: Float64Array },
): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < x.ids.length && j < y.ids.length) {
    const a = x.ids[i]!;
    const b = y.ids[j]!;
    if (a === b) dot += x.weights[i++]! * y.weights[j++]!;
    else if (a < b) i++;
    else j++;
  }
  return dot;
}

/** The average-linkage merge sequence of the texts' TF-IDF vectors, most similar first. */
export function averageLinkage(texts: readonly string[]): Merge[] {
  const vectors = tfidfVectors(texts);
  const n = texts.length;
  // sum[i*n+j]: sum of pairwise similarities between clusters i and j.
  const sum = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i]!, vectors[j]!);
      sum[i * n + j] = s;
      sum[j * n + i] = s;
    }
  }
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const best = new Int32Array(n).fill(-1);
  const bestValue = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const average = (i: number, j: number): number => sum[i * n + j]! / (size[i]! * size[j]!);
  const refresh = (i: number): void => {
    best[i] = -1;
    bestValue[i] = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < n; j++) {
      if (j === i || active[j] === 0) continue;
      const value = average(i, j);
      if (value > bestValue[i]!) {
        bestValue[i] = value;
        best[i] = j;
      }
    }
  };
  for (let i = 0; i < n; i++) refresh(i);
  const merges: Merge[] = [];
  for (let step = 0; step < n - 1; step++) {
    let a = -1;
    for (let i = 0; i < n; i++) {
      if (active[i] === 1 && best[i]! >= 0 && (a < 0 || bestValue[i]! > bestValue[a]!)) a = i;
    }
    if (a < 0) break;
    let b = best[a]!;
    const similarity = bestValue[a]!;
    if (b < a) [a, b] = [b, a];
    merges.push({ a, b, similarity });
    for (let k = 0; k < n; k++) {
      const value = sum[a * n + k]! + sum[b * n + k]!;
      sum[a * n + k] = value;
      sum[k * n + a] = value;
    }
    size[a] = size[a]! + size[b]!;
    active[b] = 0;
    for (let i = 0; i < n; i++) {
      if (active[i] === 0) continue;
      if (i === a || best[i] === a || best[i] === b) refresh(i);
      else {
        const value = average(i, a);
        if (value > bestValue[i]! || (value === bestValue[i]! && a < best[i]!)) {
          bestValue[i] = value;
          best[i] = a;
        }
      }
    }
  }
  return merges;
}

/** Cluster index of each item after replaying the merges at or above the threshold. */
export function cutAt(merges: readonly Merge[], n: number, threshold: number): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const merge of merges) {
    if (merge.similarity < threshold) break;
    parent[find(merge.b)] = find(merge.a);
  }
  return Array.from({ length: n }, (_, i) => find(i));
}
