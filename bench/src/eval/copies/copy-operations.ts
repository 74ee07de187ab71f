/**
 * The edits that turn an original report into a copy, applied to words that remember where they
 * came from, so that the fraction of each original a copy keeps is known exactly.
 * A copy's body is a list of paragraphs; each word carries (source index, position) in its
 * original, or source -1 when it is not from any original (an inserted word or paragraph).
 * Reference: none; the operations mimic what seeds 000–004 show real outlets doing (wrapping in
 * page furniture, copy-editing, cutting, splicing, mixing two reports).
 * Invariants: operations never invent provenance: kept(copy, k) = distinct original positions of
 * source k still present / words of original k; deterministic for a PRNG state.
 * Cost: O(words) per operation.
 */
import type { Prng } from './prng.js';

export interface Word {
  text: string;
  /** Index of the original this word comes from, or -1. */
  source: number;
  /** Position of the word in that original (−1 when source is −1). */
  position: number;
}

export type Body = Word[][];

/** An original's paragraphs as provenance-tagged words. */
export function bodyOf(paragraphs: readonly string[], source: number): Body {
  let position = 0;
  return paragraphs.map((paragraph) =>
    paragraph
      .split(/\s+/)
      .filter(Boolean)
      .map((text) => ({ text, source, position: position++ })),
  );
}

/** Words from no original (inserted paragraphs), tagged source −1. */
export function foreignParagraph(text: string): Word[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ({ text: word, source: -1, position: -1 }));
}

export function renderBody(body: Body): string[] {
  return body.map((paragraph) => paragraph.map((word) => word.text).join(' ')).filter(Boolean);
}

/** Fraction of original `source` (of `total` words) that the body still holds. */
export function keptFraction(body: Body, source: number, total: number): number {
  const seen = new Set<number>();
  for (const paragraph of body)
    for (const word of paragraph) if (word.source === source) seen.add(word.position);
  return total === 0 ? 0 : seen.size / total;
}

function wordCount(body: Body): number {
  return body.reduce((sum, paragraph) => sum + paragraph.length, 0);
}

/**
 * Substitutes, deletes or inserts words at `rate` (each kind a third of the edits); new words are
 * drawn from the body's own vocabulary so the copy's vocabulary stays realistic.
 */
export function editWords(body: Body, rate: number, r: Prng): Body {
  const vocabulary = body.flat().map((word) => word.text);
  if (vocabulary.length === 0) return body;
  const fresh = (): Word => ({ text: r.pick(vocabulary), source: -1, position: -1 });
  return body
    .map((paragraph) => {
      const out: Word[] = [];
      for (const word of paragraph) {
        if (!r.chance(rate)) {
          out.push(word);
          continue;
        }
        const kind = r.int(0, 2);
        if (kind === 0) out.push(fresh());
        else if (kind === 2) out.push(word, fresh());
      }
      return out;
    })
    .filter((paragraph) => paragraph.length > 0);
}

/** Removes 1..maxShare of the paragraphs (never the first, never when fewer than three). */
export function dropParagraphs(body: Body, maxShare: number, r: Prng): Body {
  if (body.length < 3) return body;
  const count = r.int(1, Math.max(1, Math.floor(body.length * maxShare)));
  const candidates = r.shuffle(body.map((_, i) => i).slice(1)).slice(0, count);
  const dropped = new Set(candidates);
  return body.filter((_, i) => !dropped.has(i));
}

/** Inserts the given paragraphs at random places after the first paragraph. */
export function insertParagraphs(body: Body, paragraphs: readonly Word[][], r: Prng): Body {
  const out = [...body];
  for (const paragraph of paragraphs) out.splice(r.int(1, Math.max(1, out.length)), 0, paragraph);
  return out;
}

/** Keeps leading paragraphs until at least `fraction` of the words are kept. */
export function truncate(body: Body, fraction: number): Body {
  const total = wordCount(body);
  const out: Body = [];
  let kept = 0;
  for (const paragraph of body) {
    if (kept >= fraction * total) break;
    out.push(paragraph);
    kept += paragraph.length;
  }
  return out;
}

/** A contiguous run of paragraphs holding about `fraction` of the words (at most, when possible). */
export function excerpt(body: Body, fraction: number, r: Prng): Body {
  const total = wordCount(body);
  const start = r.int(0, Math.max(0, body.length - 1));
  const out: Body = [];
  let kept = 0;
  for (let i = start; i < body.length; i++) {
    const paragraph = body[i]!;
    if (out.length > 0 && kept + paragraph.length > fraction * total) break;
    out.push(paragraph);
    kept += paragraph.length;
  }
  // A start too near the end: extend backwards.
  for (let i = start - 1; i >= 0 && kept < fraction * total * 0.8; i--) {
    const paragraph = body[i]!;
    if (kept + paragraph.length > fraction * total) break;
    out.unshift(paragraph);
    kept += paragraph.length;
  }
  return out;
}

/** Interleaves two bodies paragraph by paragraph in random order, keeping each body's order (like seed 004). */
export function interleave(a: Body, b: Body, r: Prng): Body {
  const out: Body = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && r.chance(a.length / (a.length + b.length)));
    out.push(fromA ? a[i++]! : b[j++]!);
  }
  return out;
}
