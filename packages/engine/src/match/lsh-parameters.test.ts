import { describe, expect, it } from 'vitest';
import {
  candidateProbability,
  falseNegativeMass,
  falsePositiveMass,
  lshParameters,
} from './lsh-parameters.js';

describe('lshParameters', () => {
  it('fits bands × rows within the signature size', () => {
    for (const size of [4, 16, 64, 128, 256]) {
      for (const threshold of [0.05, 0.2, 0.5, 0.8, 0.95]) {
        for (const falsePositiveWeight of [0.1, 0.5, 0.9]) {
          const { bands, rows } = lshParameters(threshold, size, {
            falsePositiveWeight,
            falseNegativeWeight: 1 - falsePositiveWeight,
          });
          expect(bands).toBeGreaterThanOrEqual(1);
          expect(rows).toBeGreaterThanOrEqual(1);
          expect(bands * rows).toBeLessThanOrEqual(size);
        }
      }
    }
  });

  it('puts the S-curve step near the threshold', () => {
    for (const threshold of [0.2, 0.4, 0.6, 0.8]) {
      const { bands, rows } = lshParameters(threshold, 128, {
        falsePositiveWeight: 0.5,
        falseNegativeWeight: 0.5,
      });
      expect(candidateProbability(Math.min(1, threshold + 0.2), bands, rows)).toBeGreaterThan(0.75);
      expect(candidateProbability(Math.max(0, threshold - 0.2), bands, rows)).toBeLessThan(0.25);
    }
  });

  it('trades false positives for false negatives as the weights move', () => {
    const strict = lshParameters(0.3, 128, { falsePositiveWeight: 0.9, falseNegativeWeight: 0.1 });
    const lenient = lshParameters(0.3, 128, { falsePositiveWeight: 0.1, falseNegativeWeight: 0.9 });
    expect(falseNegativeMass(0.3, lenient.bands, lenient.rows)).toBeLessThanOrEqual(
      falseNegativeMass(0.3, strict.bands, strict.rows),
    );
    expect(falsePositiveMass(0.3, strict.bands, strict.rows)).toBeLessThanOrEqual(
      falsePositiveMass(0.3, lenient.bands, lenient.rows),
    );
  });

  it('gives the default recall for copies at the default threshold', () => {
    const { bands, rows } = lshParameters(0.2, 128);
    expect(candidateProbability(0.25, bands, rows)).toBeGreaterThanOrEqual(0.98);
  });

  it('refuses invalid arguments', () => {
    expect(() => lshParameters(0, 128)).toThrow(/threshold/);
    expect(() => lshParameters(1, 128)).toThrow(/threshold/);
    expect(() => lshParameters(0.5, 0)).toThrow(/size/);
    expect(() => lshParameters(0.5, 128, { falsePositiveWeight: -1 })).toThrow(/weights/);
  });
});
