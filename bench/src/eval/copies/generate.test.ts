import { describe, expect, it } from 'vitest';
import { RECALL_MIN_KEPT } from './defaults.js';
import { generateCopyBenchmark } from './generate.js';
import { loadEcbplus } from './real-text.js';

function counts(words: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const word of words) out.set(word, (out.get(word) ?? 0) + 1);
  return out;
}

/** Share of the original's words (as a multiset) that the copy's text holds. */
function overlap(original: readonly string[], copy: readonly string[]): number {
  const have = counts(copy);
  let shared = 0;
  for (const [word, n] of counts(original)) shared += Math.min(n, have.get(word) ?? 0);
  return shared / original.length;
}

describe('generateCopyBenchmark', () => {
  const bench = generateCopyBenchmark({ seed: 5, originals: 60 });
  const documents = new Map(loadEcbplus().map((doc) => [doc.doc, doc.paragraphs.join(' ').split(/\s+/)]));

  it('is deterministic for a seed', () => {
    const again = generateCopyBenchmark({ seed: 5, originals: 60 });
    expect(again.articles).toEqual(bench.articles);
    expect(again.truth).toEqual(bench.truth);
    const other = generateCopyBenchmark({ seed: 6, originals: 60 });
    expect(other.articles.map((a) => a.text)).not.toEqual(bench.articles.map((a) => a.text));
  });

  it('holds every ECB+ article, 60 originals, their copies, distinct opaque ids', () => {
    const roles = counts(bench.truth.map((t) => t.role));
    expect(roles.get('original')).toBe(60);
    expect((roles.get('original') ?? 0) + (roles.get('distractor') ?? 0)).toBe(documents.size);
    expect(roles.get('copy')).toBeGreaterThanOrEqual(60);
    expect(new Set(bench.articles.map((a) => a.id)).size).toBe(bench.articles.length);
    expect(bench.articles.map((a) => a.id)).toEqual(bench.truth.map((t) => t.id));
    for (const article of bench.articles) expect(article.id).toMatch(/^c\d+$/);
  });

  it("records each copy's kept fraction consistently with the words it holds", () => {
    const texts = new Map(bench.articles.map((a) => [a.id, a.text.split(/\s+/)]));
    let checked = 0;
    for (const item of bench.truth.filter((t) => t.role === 'copy')) {
      expect(item.ancestors.length).toBeGreaterThan(0);
      for (const ancestor of item.ancestors) {
        const measured = overlap(documents.get(ancestor.doc)!, texts.get(item.id)!);
        // Every kept word is in the copy, so the overlap is at least the kept fraction; extra
        // matches come only from title, furniture, inserted and substituted words.
        expect(measured).toBeGreaterThanOrEqual(ancestor.kept - 1e-9);
        // Another report's words (merge, insert) match common words ("the", "of") most.
        const foreign = item.operations.some((op) => op === 'insert' || op === 'merge');
        const loose = foreign || item.operations.some((op) => op === 'edit' || op === 'wrap');
        expect(measured - ancestor.kept).toBeLessThanOrEqual(foreign ? 0.35 : loose ? 0.15 : 1e-9);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('includes copies inside and outside the recall target, and every operation', () => {
    const copies = bench.truth.filter((t) => t.role === 'copy');
    const kept = copies.map((t) => Math.max(...t.ancestors.map((a) => a.kept)));
    expect(kept.some((k) => k < RECALL_MIN_KEPT)).toBe(true);
    expect(kept.filter((k) => k >= RECALL_MIN_KEPT).length).toBeGreaterThan(copies.length * 0.8);
    const operations = new Set(copies.flatMap((t) => t.operations));
    for (const op of ['verbatim', 'wrap', 'edit', 'drop', 'insert', 'truncate', 'merge', 'excerpt']) {
      expect(operations.has(op as never)).toBe(true);
    }
  });
});
