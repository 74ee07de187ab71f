/**
 * Clustering quality against gold labels: B-cubed and pairwise precision, recall and F1.
 *
 * Computes, for a predicted clustering and gold labels of the same items:
 * - B-cubed (Bagga & Baldwin, "Algorithms for scoring coreference chains", 1998; Amigó et al.,
 *   "A comparison of extrinsic clustering evaluation metrics", 2009): per item, precision is the
 *   share of its predicted cluster that shares its gold label, recall the share of its gold class
 *   that shares its predicted cluster; both averaged over items;
 * - pairwise: precision and recall over unordered pairs of items placed together.
 * Invariants: items are identified by their index; every item must have one predicted cluster and
 * one label (throws otherwise); a perfect clustering scores 1 on every measure.
 * Cost: O(n + clusters × classes) using the contingency table.
 */

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusteringScores {
  bcubed: Scores;
  pairwise: Scores;
  clusters: number;
  classes: number;
}

/** Scores predicted cluster ids against gold labels, item by item (same index = same item). */
export function scoreClustering(predicted: readonly string[], gold: readonly string[]): ClusteringScores {
  if (predicted.length !== gold.length) {
    throw new Error(`scoreClustering: ${predicted.length} predictions for ${gold.length} labels`);
  }
  const n = predicted.length;
  const clusterSize = new Map<string, number>();
  const classSize = new Map<string, number>();
  const cell = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const p = predicted[i]!;
    const g = gold[i]!;
    clusterSize.set(p, (clusterSize.get(p) ?? 0) + 1);
    classSize.set(g, (classSize.get(g) ?? 0) + 1);
    const key = `${p}\u0000${g}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
  }
  let bPrecision = 0;
  let bRecall = 0;
  let together = 0; // pairs in the same cell: same cluster and same class
  for (const [key, count] of cell) {
    const [p, g] = key.split('\u0000') as [string, string];
    // Each of the `count` items in this cell has `count` same-class items in its cluster.
    bPrecision += (count * count) / clusterSize.get(p)!;
    bRecall += (count * count) / classSize.get(g)!;
    together += pairs(count);
  }
  let predictedPairs = 0;
  for (const size of clusterSize.values()) predictedPairs += pairs(size);
  let goldPairs = 0;
  for (const size of classSize.values()) goldPairs += pairs(size);
  return {
    bcubed: scores(n === 0 ? 1 : bPrecision / n, n === 0 ? 1 : bRecall / n),
    pairwise: scores(
      predictedPairs === 0 ? 1 : together / predictedPairs,
      goldPairs === 0 ? 1 : together / goldPairs,
    ),
    clusters: clusterSize.size,
    classes: classSize.size,
  };
}

/** Turns a list of clusters (arrays of item ids) into one cluster label per item, in `ids` order. */
export function labelsOf(clusters: readonly (readonly string[])[], ids: readonly string[]): string[] {
  const label = new Map<string, string>();
  clusters.forEach((cluster, i) => {
    for (const id of cluster) {
      if (label.has(id)) throw new Error(`labelsOf: item ${id} is in two clusters`);
      label.set(id, String(i));
    }
  });
  return ids.map((id) => {
    const value = label.get(id);
    if (value === undefined) throw new Error(`labelsOf: item ${id} is in no cluster`);
    return value;
  });
}

function pairs(size: number): number {
  return (size * (size - 1)) / 2;
}

function scores(precision: number, recall: number): Scores {
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
