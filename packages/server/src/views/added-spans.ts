/**
 * What an article adds: the spans of its body text that no passage covers. Covered spans are
 * merged (the engine's `unionSpans`: overlapping or touching ones joined), the gaps between them
 * are the added spans, trimmed of white space and dropped when they hold no letter or digit (a newline
 * between two copied paragraphs adds nothing).
 * Invariants: results are sorted, disjoint, inside [0, text.length), and disjoint from every
 * covered span. Cost: O(n log n) in the number of covered spans plus the gaps' length.
 */
import { unionSpans } from '@storyfold/engine';
import type { Span } from '../api/types.js';

const WORD = /[\p{L}\p{N}]/u;

export function addedSpans(text: string, covered: readonly Span[]): Span[] {
  const clipped = covered.map(([start, end]): Span => [Math.max(0, start), Math.min(text.length, end)]);
  const added: Span[] = [];
  let cursor = 0;
  for (const [start, end] of unionSpans(clipped)) {
    if (start > cursor) pushGap(text, cursor, start, added);
    cursor = end;
  }
  if (cursor < text.length) pushGap(text, cursor, text.length, added);
  return added;
}

function pushGap(text: string, start: number, end: number, into: Span[]): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (to > from && WORD.test(text.slice(from, to))) into.push([from, to]);
}
