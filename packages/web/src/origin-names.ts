/**
 * Names for a story's origins as the interface shows them: "Reuters report", or "Unattributed
 * report" (numbered when a story has several). Pure; no DOM.
 */
import type { StoryOrigin } from '@storyfold/server/api';

export function originNames(origins: readonly StoryOrigin[], suffix = ' report'): Map<string, string> {
  const unattributed = origins.filter((origin) => origin.label === null).length;
  const names = new Map<string, string>();
  let number = 0;
  for (const origin of origins) {
    if (origin.label !== null) names.set(origin.id, `${origin.label}${suffix}`);
    else names.set(origin.id, `Unattributed${suffix}${unattributed > 1 ? ` ${++number}` : ''}`);
  }
  return names;
}

/** "the Reuters report", but "The Associated Press report" as it is. */
export function withThe(name: string): string {
  return /^the\s/i.test(name) ? name : `the ${name}`;
}

/** An added span as an excerpt starts at a word: punctuation and spaces left over from the
 * passage before it are dropped at both ends. */
export function trimFragment(text: string): string {
  return text.replace(/^[\s.,;:!?)\]}»”’"'\u2013\u2014-]+/u, '').trimEnd();
}

/** A share 0..1 as a whole percentage ("62%"), never "0%" for a share above zero. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}
