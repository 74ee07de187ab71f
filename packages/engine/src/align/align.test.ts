/**
 * Properties of align() on real paragraphs (the seed articles, ../shared/seeds), with fixed
 * fast-check seeds: self-alignment, symmetry, well-formed output, and recall on edited copies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../analysis.js';
import { mulberry32 } from '../random.js';
import { align, coverage, coveredFraction, prepareAlignment } from './index.js';

const SEEDS = '../shared/seeds';
/** Distinct paragraphs of eight words or more (000, 001 and 004 share some, up to quote style). */
const PARAGRAPHS = [
  ...new Map(
    readdirSync(SEEDS)
      .flatMap((name) => readFileSync(`${SEEDS}/${name}`, 'utf8').split('\n'))
      .map((line) => line.trim())
      .filter((line) => line.split(' ').length >= 8)
      .map((line) => [line.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase(), line] as const),
  ).values(),
];
const WORDS = PARAGRAPHS.flatMap((line) => line.split(' '));

const body = fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 1, maxLength: 12 });
const RUNS = { seed: 20230228, numRuns: 60 };

/** Substitutes one word, at a random place, in every block of `every` words, by a random word of the seeds. */
function edit(paragraphs: string[], seed: number, every: number): string[] {
  const next = mulberry32(seed);
  let n = 0;
  let target = Math.floor(next() * every);
  return paragraphs.map((line) =>
    line
      .split(' ')
      .map((word) => {
        const block = Math.floor(n / every);
        const substitute = n === block * every + target;
        n++;
        if (n % every === 0) target = Math.floor(next() * every);
        return substitute ? WORDS[Math.floor(next() * WORDS.length)]! : word;
      })
      .join(' '),
  );
}

function wellFormed(passages: Passage[], lengthA: number, lengthB: number): void {
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i]!;
    expect(p.a[0]).toBeGreaterThanOrEqual(0);
    expect(p.a[0]).toBeLessThan(p.a[1]);
    expect(p.a[1]).toBeLessThanOrEqual(lengthA);
    expect(p.b[0]).toBeGreaterThanOrEqual(0);
    expect(p.b[0]).toBeLessThan(p.b[1]);
    expect(p.b[1]).toBeLessThanOrEqual(lengthB);
    expect(p.similarity).toBeGreaterThanOrEqual(0);
    expect(p.similarity).toBeLessThanOrEqual(1);
    if (i > 0) expect(passages[i - 1]!.a[1]).toBeLessThanOrEqual(p.a[0]);
  }
  const byB = [...passages].sort((x, y) => x.b[0] - y.b[0]);
  for (let i = 1; i < byB.length; i++) expect(byB[i - 1]!.b[1]).toBeLessThanOrEqual(byB[i]!.b[0]);
}

describe('align', () => {
  it('covers every word of a text aligned with itself, as one verbatim passage', () => {
    fc.assert(
      fc.property(body, (paragraphs) => {
        const x = prepareAlignment(paragraphs);
        const passages = align(x, x);
        expect(passages.map((p) => p.kind)).toEqual(['verbatim']);
        expect(passages[0]!.a).toEqual([x.starts[0], x.ends[x.count - 1]]);
        expect(passages[0]!.b).toEqual(passages[0]!.a);
      }),
      RUNS,
    );
  });

  it('is symmetric: align(b, a) is align(a, b) with the sides swapped', () => {
    fc.assert(
      fc.property(body, body, fc.nat(), (one, two, picks) => {
        const x = prepareAlignment([...one, ...edit(two, picks, 7)]);
        const y = prepareAlignment([...edit(one, picks, 9), ...two]);
        const swapped = align(y, x)
          .map((p) => ({ ...p, a: p.b, b: p.a }))
          .sort((p, q) => p.a[0] - q.a[0]);
        expect(swapped).toEqual(align(x, y));
      }),
      RUNS,
    );
  });

  it('returns passages within bounds, sorted by a and disjoint on each side', () => {
    fc.assert(
      fc.property(body, body, fc.nat(), (one, two, picks) => {
        const bodyA = [...one, ...edit(two, picks, 5)];
        const bodyB = [...edit(two, picks, 11), ...edit(one, picks, 3)];
        const passages = align(prepareAlignment(bodyA), prepareAlignment(bodyB));
        wellFormed(passages, bodyA.join('\n').length, bodyB.join('\n').length);
      }),
      RUNS,
    );
  });

  it('covers at least 90% of an edited copy (a word in about ten substituted)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...PARAGRAPHS), { minLength: 4, maxLength: 12 }),
        fc.nat(),
        (paragraphs, picks) => {
          const x = prepareAlignment(paragraphs);
          const y = prepareAlignment(edit(paragraphs, picks, 10));
          const passages = align(x, y);
          expect(coveredFraction(passages, 'a', x.length)).toBeGreaterThanOrEqual(0.9);
          expect(coveredFraction(passages, 'b', y.length)).toBeGreaterThanOrEqual(0.9);
        },
      ),
      RUNS,
    );
  });

  it('finds nothing between empty or one-word bodies', () => {
    expect(align(prepareAlignment([]), prepareAlignment(['Hello']))).toEqual([]);
    expect(align(prepareAlignment(['Hello']), prepareAlignment(['Hello']))).toEqual([]);
  });

  it('refuses texts prepared with different seed lengths', () => {
    expect(() =>
      align(prepareAlignment(['a b c d e']), prepareAlignment(['a b c d e'], { seedWords: 3 })),
    ).toThrow(/seed lengths/);
  });
});

describe('coverage', () => {
  it('counts the union of overlapping spans once', () => {
    const p = (a: [number, number]): Passage => ({ a, b: [0, 1], kind: 'verbatim', similarity: 1 });
    expect(coverage([p([0, 10]), p([5, 20]), p([30, 40])], 'a')).toBe(30);
    expect(coverage([p([0, 10]), p([2, 5])], 'a')).toBe(10);
    expect(coverage([], 'b')).toBe(0);
    expect(coveredFraction([p([0, 10])], 'a', 40)).toBe(0.25);
  });
});
