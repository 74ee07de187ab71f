/**
 * Spans: sets of [start, end) character ranges kept sorted and disjoint.
 * Used to measure how much of a body some alignments cover and how two coverages overlap.
 * Cost: union is O(n log n) in the number of ranges; length and intersection are O(n + m).
 */

export type Span = readonly [number, number];

/** Sorts and merges ranges into a disjoint, increasing list. */
export function unionSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter(([start, end]) => end > start).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Total length of a disjoint list. */
export function spansLength(spans: readonly Span[]): number {
  let total = 0;
  for (const [start, end] of spans) total += end - start;
  return total;
}

/** Length of the intersection of two disjoint, increasing lists. */
export function overlapLength(x: readonly Span[], y: readonly Span[]): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < x.length && j < y.length) {
    const a = x[i]!;
    const b = y[j]!;
    const start = Math.max(a[0], b[0]);
    const end = Math.min(a[1], b[1]);
    if (end > start) total += end - start;
    if (a[1] < b[1]) i++;
    else j++;
  }
  return total;
}
