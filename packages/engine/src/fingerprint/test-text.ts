/**
 * Seeded random text for property tests of fingerprints and LSH: word lists drawn from a fixed
 * vocabulary, and copies of them with word edits. Not used outside tests.
 */
import { mulberry32 } from '../random.js';

/** Mulberry32: a small seeded PRNG returning floats in [0, 1). */
export const randomSource = mulberry32;

/** `count` words drawn from a vocabulary of `vocabulary` made-up words. */
export function randomWords(random: () => number, count: number, vocabulary = 5000): string[] {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(`w${Math.floor(random() * vocabulary).toString(36)}`);
  return words;
}

/** A copy of `words` where each word is replaced, with probability `rate`, by a new word. */
export function editWords(random: () => number, words: string[], rate: number): string[] {
  return words.map((word) => (random() < rate ? `edit${Math.floor(random() * 1e9).toString(36)}` : word));
}
