import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens.js';
import { signature, signatureOfTokens } from './minhash.js';
import { shingleHashes } from './shingles.js';
import { EMPTY_VALUE, isEmptySignature, signatureSimilarity } from './signature.js';
import { editWords, randomSource, randomWords } from './test-text.js';

function exactJaccard(a: string, b: string): number {
  const x = new Set(shingleHashes(tokenize(a)));
  const y = new Set(shingleHashes(tokenize(b)));
  let shared = 0;
  for (const h of x) if (y.has(h)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

describe('signature', () => {
  it('estimates Jaccard within its expected error over random text pairs', () => {
    const random = randomSource(42);
    let signedError = 0;
    const pairs = 200;
    for (let p = 0; p < pairs; p++) {
      const original = randomWords(random, 50 + Math.floor(random() * 900));
      const kept = original.slice(0, Math.max(3, Math.floor(original.length * (0.3 + 0.7 * random()))));
      const copy = [
        ...editWords(random, kept, 0.3 * random()),
        ...randomWords(random, Math.floor(random() * 200)),
      ];
      const a = original.join(' ');
      const b = copy.join(' ');
      const exact = exactJaccard(a, b);
      const estimate = signatureSimilarity(signature(a), signature(b));
      // Standard error of a 128-value estimate is sqrt(J(1 − J)/128) ≤ 0.045; allow 4.5 of them.
      const tolerance = 4.5 * Math.sqrt((exact * (1 - exact)) / 128) + 0.02;
      expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(tolerance);
      signedError += estimate - exact;
    }
    // The estimator is unbiased: the mean error over 200 pairs is far below one standard error.
    expect(Math.abs(signedError / pairs)).toBeLessThan(0.01);
  });

  it('gives similarity 1 to identical text, however cased or punctuated', () => {
    const random = randomSource(7);
    const text = randomWords(random, 400).join(' ');
    expect(signatureSimilarity(signature(text), signature(text))).toBe(1);
    expect(
      signatureSimilarity(signature('The Minister, said: “Yes”.'), signature('the minister said "yes"')),
    ).toBe(1);
  });

  it('is deterministic and the same from text or from tokens', () => {
    const random = randomSource(3);
    for (let n = 0; n < 30; n++) {
      const text = `Élysée ${randomWords(random, n * 13).join(n % 2 ? ', ' : ' — ')} naïve Straße 42`;
      const a = signature(text);
      const b = signatureOfTokens(tokenize(text));
      expect(Array.from(a.values)).toEqual(Array.from(b.values));
      expect(a).toEqual(signature(text));
    }
  });

  it('throws when seed, size or version differ', () => {
    const text = 'one two three four five six';
    const base = signature(text);
    expect(() => signatureSimilarity(base, signature(text, { seed: 2 }))).toThrow(/not comparable/);
    expect(() => signatureSimilarity(base, signature(text, { size: 64 }))).toThrow(/not comparable/);
    expect(() => signatureSimilarity(base, signature(text, { shingleSize: 4 }))).toThrow(/not comparable/);
    expect(() => signatureSimilarity(base, { ...base, version: base.version + 256 })).toThrow(
      /not comparable/,
    );
  });

  it('marks empty bodies and never returns NaN', () => {
    for (const text of ['', '   ', ' — ,;!\n']) {
      const empty = signature(text);
      expect(isEmptySignature(empty)).toBe(true);
      expect(empty.values.every((v) => v === EMPTY_VALUE)).toBe(true);
      expect(signatureSimilarity(empty, empty)).toBe(0);
      expect(signatureSimilarity(empty, signature('some words here'))).toBe(0);
    }
  });

  it('fingerprints short bodies without empty positions', () => {
    for (const text of ['word', 'two words', 'three words here', 'a b c d']) {
      const sig = signature(text);
      expect(isEmptySignature(sig)).toBe(false);
      expect(sig.values.includes(EMPTY_VALUE)).toBe(false);
      expect(signatureSimilarity(sig, signature(text.toUpperCase()))).toBe(1);
    }
    expect(signatureSimilarity(signature('word'), signature('other'))).toBe(0);
  });

  it('refuses invalid options', () => {
    expect(() => signature('a b c', { size: 100 })).toThrow(/power of two/);
    expect(() => signature('a b c', { shingleSize: 0 })).toThrow(/shingle size/);
    expect(() => signature('a b c', { seed: -1 })).toThrow(/seed/);
  });
});
