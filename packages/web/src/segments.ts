/**
 * Turns an article body (paragraphs joined by "\n") and marked spans into paragraphs of segments,
 * each segment plain or carrying one mark, for highlighting passages and added text.
 *
 * Follows a boundary sweep (as interval partitioning does): every span start/end and every
 * paragraph break is a cut; each piece between two cuts takes the first mark, in input order,
 * whose span covers it. Invariants: within a paragraph the segments' texts concatenate to the
 * paragraph exactly, in order, and no segment is empty; spans out of range are clipped; empty or
 * inverted spans mark nothing. Cost: O((n + m) log(n + m)) for m marks over n paragraphs.
 * No DOM here: rendering lives in highlighted-body.tsx.
 */
import type { Span } from '@storyfold/server/api';

export interface Mark<K extends string = string> {
  span: Span;
  kind: K;
  /** Index of the passage this mark belongs to (for counterpart highlighting), if any. */
  passage?: number;
}

export interface Segment<K extends string = string> {
  text: string;
  /** Offsets in the joined body text. */
  start: number;
  end: number;
  mark: Mark<K> | null;
}

export function segmentBody<K extends string>(paragraphs: readonly string[], marks: readonly Mark<K>[]) {
  const text = paragraphs.join('\n');
  const cuts: number[] = [];
  let offset = 0;
  const paragraphRanges: [number, number][] = [];
  for (const paragraph of paragraphs) {
    paragraphRanges.push([offset, offset + paragraph.length]);
    offset += paragraph.length + 1;
  }
  const usable: { start: number; end: number; order: number; mark: Mark<K> }[] = [];
  marks.forEach((mark, order) => {
    const start = Math.max(0, Math.min(text.length, mark.span[0]));
    const end = Math.max(0, Math.min(text.length, mark.span[1]));
    if (end > start) {
      usable.push({ start, end, order, mark });
      cuts.push(start, end);
    }
  });
  usable.sort((x, y) => x.start - y.start || x.order - y.order);

  const result: Segment<K>[][] = [];
  let next = 0; // next mark in `usable` not yet active
  const active: (typeof usable)[number][] = [];
  for (const [pStart, pEnd] of paragraphRanges) {
    const segments: Segment<K>[] = [];
    const points = [pStart, pEnd];
    for (const cut of cuts) if (cut > pStart && cut < pEnd) points.push(cut);
    points.sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      if (end <= start) continue;
      while (next < usable.length && usable[next]!.start <= start) active.push(usable[next++]!);
      let best: (typeof usable)[number] | undefined;
      for (let j = active.length - 1; j >= 0; j--) {
        const candidate = active[j]!;
        if (candidate.end <= start) {
          active.splice(j, 1);
          continue;
        }
        if (best === undefined || candidate.order < best.order) best = candidate;
      }
      const mark = best?.mark ?? null;
      const last = segments[segments.length - 1];
      if (last !== undefined && last.mark === mark && last.end === start) {
        last.end = end;
        last.text = text.slice(last.start, end);
      } else {
        segments.push({ text: text.slice(start, end), start, end, mark });
      }
    }
    result.push(segments);
  }
  return result;
}

/** The text of a span of the joined body, clipped to the body. */
export function spanText(paragraphs: readonly string[], span: Span): string {
  return paragraphs.join('\n').slice(Math.max(0, span[0]), Math.max(0, span[1]));
}

/** `text` cut to at most `max` characters at a word boundary, with "…" when cut. */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(' ', max);
  return `${clean.slice(0, cut > max / 2 ? cut : max).trimEnd()}…`;
}
