/**
 * Synthesis of one story: headline, summary and facts (headline.ts, summary.ts, facts.ts),
 * additions, discrepancies, entities and timeline (additions.ts, discrepancies.ts, entities.ts,
 * timeline.ts).
 *
 * Computes the sentence units once and shares them between every part; the parts share, per
 * input object, the body texts (units.ts), the term index (term-index.ts), the links between
 * reports (additions.ts) and the recognised entities (entities.ts).
 * Invariants: a pure function of its input and options; deterministic.
 * Cost: O(total body characters) for splitting, tokenising and scanning words, plus the parts'
 * own (see each file); about 10–14 ms per story of 10 articles of about 4 KB on the benchmark
 * (bench synthesis, shared 2-core machine, noisy), of which the summary about 2.5–3 ms.
 */
import { headline } from '../headline.js';
import { additions } from './additions.js';
import type { FactOptions, SummaryOptions } from './defaults.js';
import { discrepancies } from './discrepancies.js';
import { entities } from './entities.js';
import { factGroups } from './facts.js';
import { summaryOf, titlesOf } from './summary.js';
import { timeline } from './timeline.js';
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
    additions: additions(input, groups),
    discrepancies: discrepancies(input),
    entities: entities(input),
    timeline: timeline(input),
  };
}
