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
 * own (see each file). Per story of 10 articles of about 4 KB (bench synthesis, shared 2-core
 * machine, noisy): median about 6.6 ms when the same process ran the previous version at 8.7,
 * 7.4–11 ms in benchmark runs under load; entities (about 2.2–3 ms) are now the largest part,
 * then facts and discrepancies (about 1.2 each), units (about 1, the floor of splitting and
 * tokenising), the summary (about 0.6–0.8). About 2.5 MB allocated (sampled) per story.
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
