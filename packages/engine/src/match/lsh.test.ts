import { describe, expect, it } from 'vitest';
import { signature } from '../fingerprint/minhash.js';
import type { Signature } from '../fingerprint/signature.js';
import { signatureSimilarity } from '../fingerprint/signature.js';
import { editWords, randomSource, randomWords } from '../fingerprint/test-text.js';
import { filterBits, LshIndex } from './lsh.js';
import { candidateProbability, lshParameters } from './lsh-parameters.js';

/** A corpus of originals and edited copies: copy i + originals keeps part of original i. */
function corpus(seed: number, originals: number): { sigs: Signature[]; texts: string[] } {
  const random = randomSource(seed);
  const texts: string[] = [];
  const bodies: string[][] = [];
  for (let i = 0; i < originals; i++) {
    const words = randomWords(random, 200 + Math.floor(random() * 600), 20000);
    bodies.push(words);
    texts.push(words.join(' '));
  }
  for (let i = 0; i < originals; i++) {
    const words = bodies[i]!;
    const kept = words.slice(0, Math.ceil(words.length * (0.2 + 0.8 * random())));
    texts.push([...editWords(random, kept, 0.25 * random()), ...randomWords(random, 100, 20000)].join(' '));
  }
  return { sigs: texts.map((text) => signature(text)), texts };
}

function candidatePairs(sigs: Signature[], bands: number, rows: number): Set<string> {
  const index = new LshIndex({ bands, rows, capacity: 4 });
  const pairs = new Set<string>();
  sigs.forEach((sig, i) => {
    for (const j of index.query(sig)) pairs.add(`${j}:${i}`);
    index.insert(i, sig);
  });
  return pairs;
}

describe('LshIndex', () => {
  const { sigs } = corpus(5, 150);

  it('never adds candidates when the threshold rises', () => {
    let previous: { bands: number; rows: number; pairs: Set<string> } | undefined;
    for (const threshold of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
      const { bands, rows } = lshParameters(threshold, 128);
      const pairs = candidatePairs(sigs, bands, rows);
      if (previous) {
        expect(pairs.size).toBeLessThanOrEqual(previous.pairs.size);
        // When each new band is made of whole old bands, every new candidate was an old one.
        if (rows % previous.rows === 0 && bands * rows <= previous.bands * previous.rows) {
          for (const pair of pairs) expect(previous.pairs.has(pair)).toBe(true);
        }
      }
      previous = { bands, rows, pairs };
    }
  });

  it('finds the near-duplicates above the threshold, at the rate the S-curve predicts', () => {
    const index = new LshIndex();
    const n = sigs.length / 2;
    for (let i = 0; i < n; i++) index.insert(i, sigs[i]!);
    let above = 0;
    let found = 0;
    for (let i = 0; i < n; i++) {
      const copy = sigs[n + i]!;
      if (signatureSimilarity(copy, sigs[i]!) < 0.3) continue;
      above++;
      if (index.query(copy).includes(i)) found++;
    }
    expect(above).toBeGreaterThan(30);
    expect(found / above).toBeGreaterThanOrEqual(0.98);
    expect(index.query(sigs[0]!)).toContain(0);
  });

  it('rarely lets unrelated articles collide', () => {
    const n = sigs.length / 2;
    const index = new LshIndex();
    for (let i = 0; i < n; i++) index.insert(i, sigs[i]!);
    let collisions = 0;
    for (let i = 0; i < n; i++) collisions += index.query(sigs[i]!).filter((j) => j !== i).length;
    // 150 × 149 / 2 unrelated pairs; Jaccard ≈ 0 between them, so P(candidate) ≈ 0.
    const { bands, rows } = lshParameters(0.2, 128);
    expect(candidateProbability(0.01, bands, rows)).toBeLessThan(0.01);
    expect(collisions / 2).toBeLessThanOrEqual(5);
  });

  it('grows from a tiny capacity and keeps every signature', () => {
    const small = new LshIndex({ capacity: 1 });
    const large = new LshIndex({ capacity: sigs.length });
    sigs.forEach((sig, i) => {
      small.insert(i, sig);
      large.insert(i, sig);
    });
    expect(small.size).toBe(sigs.length);
    for (const sig of sigs) expect(small.query(sig)).toEqual(large.query(sig));
    expect(small.memoryBytes()).toBeGreaterThan(0);
  });

  it('returns each id once, and removes ids', () => {
    const index = new LshIndex();
    const sig = sigs[3]!;
    index.insert(7, sig);
    index.insert(7, sig);
    index.insert(2, sig);
    expect(index.query(sig)).toEqual([2, 7]);
    expect(index.remove(7)).toBe(true);
    expect(index.remove(7)).toBe(false);
    expect(index.query(sig)).toEqual([2]);
    expect(index.size).toBe(1);
  });

  it('holds no empty signatures and refuses mismatched ones', () => {
    const index = new LshIndex();
    index.insert(0, signature(''));
    expect(index.size).toBe(0);
    expect(index.query(signature(''))).toEqual([]);
    index.insert(1, sigs[0]!);
    expect(() => index.insert(2, signature('a b c d', { seed: 9 }))).toThrow(/differs/);
    expect(() => index.query(signature('a b c d', { size: 64 }))).toThrow(/differs/);
    expect(() => index.insert(-1, sigs[1]!)).toThrow(/id/);
    expect(() => new LshIndex({ bands: 100, rows: 2 }).insert(0, sigs[0]!)).toThrow(/exceed/);
  });

  it('keeps every chained key in its bucket filter, through removals and rebuilds', () => {
    for (const key of [0, 1, -1, 0x7fffffff, 123456789]) {
      const bits = filterBits(key);
      expect(bits).not.toBe(0);
      expect(bits & filterBits(key)).toBe(bits);
    }
    // Many copies of a few signatures: long chains, shared buckets, filters full of bits.
    const index = new LshIndex({ capacity: 2 });
    for (let i = 0; i < 400; i++) index.insert(i, sigs[i % 7]!);
    for (let i = 0; i < 400; i += 3) index.remove(i);
    for (let k = 0; k < 7; k++) {
      const expected: number[] = [];
      for (let i = k; i < 400; i += 7) if (i % 3 !== 0) expected.push(i);
      expect(index.query(sigs[k]!).filter((id) => id % 7 === k)).toEqual(expected);
    }
  });
});
