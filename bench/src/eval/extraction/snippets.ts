/**
 * trafilatura's snippet evaluation of one extracted text: each `with` snippet found is a true
 * positive (missing: a false negative), each `without` snippet found is a false positive
 * (absent: a true negative).
 *
 * Reference: adbar/trafilatura tests/comparison.py (evaluate_result) and docs/evaluation.rst:
 * counts are summed over all pages, then precision = tp/(tp+fp), recall = tp/(tp+fn),
 * accuracy = (tp+tn)/all, F1 = 2PR/(P+R). Matching is case-sensitive substring search; here both
 * the snippet and the text have their whitespace runs collapsed to one space first (our text has
 * one line per block, trafilatura's output joins inline text the same way).
 * Invariants: counts are non-negative integers; an empty text finds nothing. Cost: O(snippets ×
 * text length).
 */

export interface SnippetCounts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface SnippetScore extends SnippetCounts {
  /** Share of `without` snippets absent: tn / (tn + fp). */
  withoutAbsent: number;
  /** Share of `with` snippets found (recall): tp / (tp + fn). */
  withFound: number;
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function emptyCounts(): SnippetCounts {
  return { tp: 0, fp: 0, tn: 0, fn: 0 };
}

/** Adds one page's counts to `into`. */
export function countSnippets(
  text: string,
  withSnippets: readonly string[],
  withoutSnippets: readonly string[],
  into: SnippetCounts,
): void {
  const haystack = collapse(text);
  for (const snippet of withSnippets) {
    const needle = collapse(snippet);
    if (needle.length === 0) continue;
    if (haystack.includes(needle)) into.tp++;
    else into.fn++;
  }
  for (const snippet of withoutSnippets) {
    const needle = collapse(snippet);
    if (needle.length === 0) continue;
    if (haystack.includes(needle)) into.fp++;
    else into.tn++;
  }
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** The measures of summed counts. */
export function snippetScore(counts: SnippetCounts): SnippetScore {
  const { tp, fp, tn, fn } = counts;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    ...counts,
    withFound: recall,
    withoutAbsent: ratio(tn, tn + fp),
    precision,
    recall,
    accuracy: ratio(tp + tn, tp + fp + tn + fn),
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
