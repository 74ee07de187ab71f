/**
 * Summary: an extractive multi-document summary of a story, each sentence traced to the
 * articles and origins (independent reports) that state it.
 *
 * Scores each fact (facts.ts: a claim and the sentences across articles that state it) by
 * independent support (origins stating it over the story's origins), centrality (the mean, over
 * its content terms, of the fraction of the story's reports that use the term — a centroid
 * score) and lead position (1 / (1 + the earliest sentence index among its mentions)); facts
 * whose sentence cannot stand alone (opens with a pronoun, a connective or "the minister") are
 * penalised. The candidates are each fact's best sentence and, at a lower score
 * (alternatePenalty), its other sentences: independent reports word one claim differently and
 * a second wording may carry particulars the first lacks. Chooses greedily by score plus the
 * terms a sentence newly covers (maximal marginal relevance with a hard redundancy cut: a
 * sentence too alike a chosen one is skipped, so copies are never repeated) until the word
 * target is reached — the requested words, or maxShare of the story's words when that is
 * fewer (a story of three 20-word excerpts is not summarised in 75) — then orders the chosen
 * sentences by their relative position in their articles, which follows the reports' own order
 * of events.
 * Reference: MEAD (Radev et al. 2004: centroid + position + redundancy), MMR (Carbonell &
 * Goldstein 1998), with support counted over origins instead of documents.
 * Invariants: every sentence is a sentence of an article, verbatim, and carries its fact's
 * articles, origins and mentions; no two chosen sentences are alike by the redundancy Dice;
 * the text is the sentences joined by single spaces; deterministic.
 * Cost: O(sentences · chosen · terms) after facts.ts.
 */
import { FACT_DEFAULTS, type FactOptions, SUMMARY_DEFAULTS, type SummaryOptions } from './defaults.js';
import { type FactGroup, factGroups, termWeights } from './facts.js';
import type { Summary, SynthesisInput } from './types.js';
import { type SentenceUnit, sentenceUnits, termsOf } from './units.js';

/** The articles' titles (those they have). */
export function titlesOf(input: SynthesisInput): string[] {
  return input.articles.map((article) => article.title).filter((title): title is string => Boolean(title));
}

/** Openings that lean on an earlier sentence: a pronoun, a connective, or a definite role noun. */
const DANGLING =
  /^["“‘']?(he|she|it|they|him|her|his|hers|its|their|them|this|these|those|that|such|but|and|so|also|however|meanwhile|still|yet|instead|moreover|furthermore|the (minister|official|president|secretary|spokesman|spokeswoman|spokesperson|company|agency|group|senator|leader|diplomat|minister's|government|former|latter|move|decision|statement|report|plan|deal|measure|bill))\b/iu;

/** Quotation marks, straight and curly. */
const QUOTES = /["“”]/gu;

/**
 * Whether a sentence is mostly a quotation (opens with a quotation mark, or half its characters
 * lie between quotation marks) or a question: a summary reports, it does not quote or ask.
 */
export function isQuoteOrQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (/^["“‘']/u.test(trimmed) || trimmed.endsWith('?')) return true;
  const marks = [...trimmed.matchAll(QUOTES)].map((match) => match.index);
  let quoted = 0;
  for (let i = 0; i + 1 < marks.length; i += 2) quoted += marks[i + 1]! - marks[i]!;
  return quoted > trimmed.length / 2;
}

/** Whether a sentence cannot stand alone (it refers back to something the reader has not seen). */
export function isDangling(text: string): boolean {
  const trimmed = text.trim();
  return DANGLING.test(trimmed) || ASIDE.test(trimmed) || CAPTION.test(trimmed);
}

/** A sentence inside brackets, or one that opens with a bracket: an aside to the sentence before. */
const ASIDE = /^[([]/u;
/** A photo caption left in a body: "Michael T. Flynn, right, the former …" or "(Photo: …)". */
const CAPTION =
  /^[\p{Lu}][\p{L}.'’ -]{0,60}\s?,\s?(left|right|centre|center|second from (left|right)|foreground|background)\s?,|^(photo|file photo|pictured)\b/iu;

export function summarise(
  input: SynthesisInput,
  options: Partial<SummaryOptions> = {},
  factOptions: Partial<FactOptions> = {},
): Summary {
  const units = sentenceUnits(input);
  return summaryOf(
    titlesOf(input),
    units,
    factGroups(input, units, { ...FACT_DEFAULTS, ...factOptions }),
    options,
  );
}

/** The summary from already computed units and fact groups (synthesise shares them with facts). */
export function summaryOf(
  titles: readonly string[],
  units: readonly SentenceUnit[],
  groups: readonly FactGroup[],
  options: Partial<SummaryOptions> = {},
): Summary {
  const settings = { ...SUMMARY_DEFAULTS, ...options };
  if (!(settings.words >= 0)) throw new RangeError(`summary words must be ≥ 0, not ${settings.words}`);
  const weights = termWeights(units);
  const reports = reportTerms(units);
  const storyReports = Math.max(1, reports.count);
  let storyWords = 0;
  for (const unit of units) storyWords += unit.words;
  const target = Math.min(settings.words, Math.round(settings.maxShare * storyWords));

  const titleTerms = new Set<number>();
  for (const title of titles) for (const term of termsOf(title).terms) titleTerms.add(term);

  // Every sentence of a fact is a candidate; those other than its best one are penalised, and
  // the redundancy cut keeps a second wording of a claim out unless it brings other terms.
  const scored = groups.flatMap((group) => {
    const best = bestSentence(group);
    return (settings.alternatePenalty > 0 ? group.units : [best]).map((unit) => {
      const features = featuresOf(group, unit, reports, storyReports, titleTerms);
      let score = 0;
      for (const name of SUMMARY_FEATURES) score += settings.featureWeights[name] * features[name];
      let multiplier = 1;
      if (unit !== best) multiplier *= settings.alternatePenalty;
      if (isDangling(unit.text)) multiplier *= settings.danglingPenalty;
      if (isQuoteOrQuestion(unit.text)) multiplier *= settings.quotePenalty;
      if (!/[.!…]["”’')\]]*$/u.test(unit.text)) multiplier *= settings.unfinishedPenalty;
      score *= multiplier;
      return { group, unit, score, multiplier, features };
    });
  });
  const candidates = scored
    .filter(({ unit }) => unit.words > 0 && unit.words <= settings.maxWords)
    .sort((x, y) => y.score - x.score || x.unit.index - y.unit.index);
  options.onCandidates?.(candidates.map(({ unit, features }) => ({ unit, features })));

  // Concepts: a term's weight is the number of other reports that use it (a term one report
  // alone uses covers nothing shared), plus the title bonus; a chosen sentence covers its terms.
  const conceptWeight = (term: number): number =>
    (reports.using.get(term) ?? 1) - 1 + (titleTerms.has(term) ? settings.titleConcept : 0);
  const covered = new Set<number>();
  const coverage = (unit: SentenceUnit): number => {
    let sum = 0;
    for (const term of unit.terms) if (!covered.has(term)) sum += conceptWeight(term);
    return sum / Math.max(1, unit.words) ** settings.coverageExponent;
  };
  const chosen: typeof scored = [];
  const left = [...candidates];
  let words = 0;
  // Sentences under minWords are chosen only when no longer one is left (a story of short sentences).
  const pick = (short: boolean): number => {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < left.length; i++) {
      const candidate = left[i]!;
      if (candidate.unit.words < settings.minWords !== short) continue;
      if (words + candidate.unit.words > target + settings.overshoot && chosen.length > 0) continue;
      if (chosen.some((other) => weights.dice(other.unit, candidate.unit) >= settings.redundancy)) continue;
      const value =
        candidate.score + settings.coverageWeight * coverage(candidate.unit) * candidate.multiplier;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    return best;
  };
  while (words < target && left.length > 0) {
    let best = pick(false);
    if (best < 0 && !left.some((candidate) => candidate.unit.words >= settings.minWords)) best = pick(true);
    if (best < 0) break;
    const [picked] = left.splice(best, 1);
    chosen.push(picked!);
    words += picked!.unit.words;
    for (const term of picked!.unit.terms) covered.add(term);
  }
  chosen.sort(
    (x, y) =>
      x.unit.relative - y.unit.relative ||
      x.unit.articleIndex - y.unit.articleIndex ||
      x.unit.index - y.unit.index,
  );
  const sentences = chosen.map(({ group, unit }) => ({
    text: unit.text.replace(/\s+/gu, ' '),
    articles: group.fact.articles,
    origins: group.fact.origins,
    mentions: group.fact.mentions,
  }));
  return { text: sentences.map((sentence) => sentence.text).join(' '), sentences };
}

/** What a fact's score is made of, each in [0, 1] (weights: SummaryOptions.featureWeights). */
export const SUMMARY_FEATURES = [
  'support',
  'centrality',
  'lead',
  'first',
  'title',
  'titleTerms',
  'length',
] as const;
export type SummaryFeature = (typeof SUMMARY_FEATURES)[number];

function featuresOf(
  group: FactGroup,
  unit: SentenceUnit,
  reports: { using: Map<number, number> },
  storyReports: number,
  titleTerms: ReadonlySet<number>,
): Record<SummaryFeature, number> {
  let centrality = 0;
  let titled = 0;
  for (const term of unit.terms) {
    centrality += (reports.using.get(term) ?? 1) / storyReports;
    if (titleTerms.has(term)) titled++;
  }
  const terms = Math.max(1, unit.terms.length);
  let position = Number.POSITIVE_INFINITY;
  for (const member of group.units) position = Math.min(position, member.position);
  return {
    // independent reports stating the fact, over the story's
    support: group.fact.support / storyReports,
    // mean share of the story's reports that use each term
    centrality: centrality / terms,
    // 1 / (1 + the earliest sentence index among the fact's mentions)
    lead: 1 / (1 + position),
    // whether the fact opens an article
    first: position === 0 ? 1 : 0,
    // share of the sentence's terms that a title uses, and how many (saturating at 10)
    title: titled / terms,
    titleTerms: Math.min(1, titled / 10),
    // length, saturating at 50 words
    length: Math.min(1, unit.words / 50),
  };
}

/**
 * The sentence that shows a fact in the summary: one that stands alone if any does, then the
 * medoid (the fact's own text), so that a copy's wording stands for all copies.
 */
function bestSentence(group: FactGroup): SentenceUnit {
  if (!isDangling(group.representative.text)) return group.representative;
  return group.units.find((unit) => !isDangling(unit.text)) ?? group.representative;
}

/** For each term, how many of the story's reports (origins, or articles without one) use it. */
function reportTerms(units: readonly SentenceUnit[]): { using: Map<number, number>; count: number } {
  const byReport = new Map<string, Set<number>>();
  for (const unit of units) {
    const keys = unit.origins.length > 0 ? unit.origins : [`article:${unit.article}`];
    for (const key of keys) {
      let terms = byReport.get(key);
      if (!terms) {
        terms = new Set();
        byReport.set(key, terms);
      }
      for (const term of unit.terms) terms.add(term);
    }
  }
  const using = new Map<number, number>();
  for (const terms of byReport.values())
    for (const term of terms) using.set(term, (using.get(term) ?? 0) + 1);
  return { using, count: byReport.size };
}
