/**
 * LSH parameters: the number of bands and rows per band that best fit a Jaccard threshold.
 *
 * With b bands of r rows, two signatures of Jaccard similarity s become candidates with
 * probability P(s) = 1 − (1 − s^r)^b (the S-curve, Leskovec, Rajaraman & Ullman, "Mining of
 * Massive Datasets", ch. 3.4). The false positive mass is ∫₀ᵗ P(s) ds, the false negative mass
 * ∫ₜ¹ (1 − P(s)) ds; lshParameters() picks the (b, r) with b·r ≤ size that minimises their
 * weighted sum, the criterion of datasketch's MinHashLSH (our own code, Simpson's rule).
 * Invariants: bands ≥ 1, rows ≥ 1, bands · rows ≤ size; deterministic; ties go to fewer bands
 * (less memory).
 * Cost: O(size · log size · INTEGRATION_STEPS) evaluations of P, a few milliseconds at size 128.
 */

import {
  DEFAULT_FALSE_NEGATIVE_WEIGHT,
  DEFAULT_FALSE_POSITIVE_WEIGHT,
  INTEGRATION_STEPS,
} from './defaults.js';

export interface LshParameters {
  bands: number;
  rows: number;
}

export interface LshWeights {
  /** Weight of the false positive mass (candidates below the threshold). */
  falsePositiveWeight?: number;
  /** Weight of the false negative mass (missed pairs above the threshold). */
  falseNegativeWeight?: number;
}

/** Probability that two signatures of Jaccard similarity s share at least one band. */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}

/** ∫ f over [from, to] by composite Simpson's rule with INTEGRATION_STEPS (even) intervals. */
function integrate(f: (s: number) => number, from: number, to: number): number {
  const n = INTEGRATION_STEPS;
  const h = (to - from) / n;
  let sum = f(from) + f(to);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(from + i * h);
  return (sum * h) / 3;
}

/** Area under the S-curve below the threshold: how many pairs below it become candidates. */
export function falsePositiveMass(threshold: number, bands: number, rows: number): number {
  return integrate((s) => candidateProbability(s, bands, rows), 0, threshold);
}

/** Area above the S-curve beyond the threshold: how many pairs above it are missed. */
export function falseNegativeMass(threshold: number, bands: number, rows: number): number {
  return integrate((s) => 1 - candidateProbability(s, bands, rows), threshold, 1);
}

/** The (bands, rows) with bands · rows ≤ size minimising the weighted false positive and negative mass. */
export function lshParameters(threshold: number, size: number, weights: LshWeights = {}): LshParameters {
  const fpWeight = weights.falsePositiveWeight ?? DEFAULT_FALSE_POSITIVE_WEIGHT;
  const fnWeight = weights.falseNegativeWeight ?? DEFAULT_FALSE_NEGATIVE_WEIGHT;
  if (!(threshold > 0 && threshold < 1)) throw new Error(`match: threshold ${threshold} is not in (0, 1)`);
  if (!Number.isInteger(size) || size < 1) throw new Error(`match: invalid signature size ${size}`);
  if (!(fpWeight >= 0 && fnWeight >= 0 && fpWeight + fnWeight > 0)) {
    throw new Error(`match: invalid weights ${fpWeight}, ${fnWeight}`);
  }
  let best: LshParameters = { bands: 1, rows: 1 };
  let bestError = Number.POSITIVE_INFINITY;
  for (let bands = 1; bands <= size; bands++) {
    for (let rows = 1; bands * rows <= size; rows++) {
      const error =
        fpWeight * falsePositiveMass(threshold, bands, rows) +
        fnWeight * falseNegativeMass(threshold, bands, rows);
      if (error < bestError - 1e-12) {
        bestError = error;
        best = { bands, rows };
      }
    }
  }
  return best;
}
