/**
 * Synthesis of one story: headline, summary and facts (this part), additions, discrepancies,
 * entities and timeline (additions.ts, discrepancies.ts, entities.ts, timeline.ts).
 *
 * Computes the sentence units once and shares them between facts and the summary.
 * Invariants: a pure function of its input and options; deterministic.
 * Cost: dominated by sentence splitting and tokenising, O(total body characters).
 */
import { headline } from '../headline.js';
import type { FactOptions, SummaryOptions } from './defaults.js';
import { factGroups } from './facts.js';
import { summaryOf, titlesOf } from './summary.js';
import type { Synthesis, SynthesisInput } from './types.js';
import { sentenceUnits } from './units.js';

export interface SynthesisOptions {
  summary?: Partial<SummaryOptions>;
  facts?: Partial<FactOptions>;
}

export function synthesise(input: SynthesisInput, options: SynthesisOptions = {}): Synthesis {
  const units = sentenceUnits(input);
  const groups = factGroups(input, units, options.facts);
  return {
    headline: headline(input.articles),
    summary: summaryOf(titlesOf(input), units, groups, options.summary),
    facts: groups.map((group) => group.fact),
    // NOTE: additions, discrepancies, entities and timeline come from the other half of
    // synthesis (additions.ts, discrepancies.ts, entities.ts, timeline.ts), not written yet;
    // they are empty until those files land and are wired in here.
    additions: [],
    discrepancies: [],
    entities: [],
    timeline: [],
  };
}
