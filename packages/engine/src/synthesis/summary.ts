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
 * Cost: O(sentences · chosen · terms) after facts.ts; report counts, title terms and coverage
 * are typed arrays over the story's term ids (term-index.ts), each candidate is compared with each
 * chosen sentence once, and the regular expressions of isDangling run once per candidate unit.
 */
import { FACT_DEFAULTS, type FactOptions, SUMMARY_DEFAULTS, type SummaryOptions } from './defaults.js';
import { type FactGroup, factGroups, termWeights } from './facts.js';
import { type TermIndex, termIndex } from './term-index.js';
import type { Summary, SynthesisInput } from './types.js';
import { collapseSpaces, isRegExpSpace, type SentenceUnit, sentenceUnits, termsOf } from './units.js';

/** The articles' titles (those they have). */
export function titlesOf(input: SynthesisInput): string[] {
  return input.articles.map((article) => article.title).filter((title): title is string => Boolean(title));
}

/** Openings that lean on an earlier sentence: a pronoun, a connective, or a definite role noun. */
const DANGLING =
  /^["“‘']?(he|she|it|they|him|her|his|hers|its|their|them|this|these|those|that|such|but|and|so|also|however|meanwhile|still|yet|instead|moreover|furthermore|the (minister|official|president|secretary|spokesman|spokeswoman|spokesperson|company|agency|group|senator|leader|diplomat|minister's|government|former|latter|move|decision|statement|report|plan|deal|measure|bill))\b/iu;

/**
 * Whether a sentence is mostly a quotation (opens with a quotation mark, or half its characters
 * lie between quotation marks) or a question: a summary reports, it does not quote or ask.
 * Quotation marks ("“”) pair up in order: the first with the second, the third with the fourth.
 */
export function isQuoteOrQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0) return false;
  const first = trimmed.charCodeAt(0);
  if (first === 0x22 || first === 0x201c || first === 0x2018 || first === 0x27) return true;
  if (trimmed.charCodeAt(trimmed.length - 1) === 0x3f) return true;
  let quoted = 0;
  let open = -1;
  for (let k = 0; k < trimmed.length; k++) {
    const code = trimmed.charCodeAt(k);
    if (code !== 0x22 && code !== 0x201c && code !== 0x201d) continue;
    if (open < 0) open = k;
    else {
      quoted += k - open;
      open = -1;
    }
  }
  return quoted > trimmed.length / 2;
}

/** Whether a sentence cannot stand alone (it refers back to something the reader has not seen). */
export function isDangling(text: string): boolean {
  const trimmed = text.trim();
  return DANGLING.test(trimmed) || ASIDE.test(trimmed) || (mayBeCaption(trimmed) && CAPTION.test(trimmed));
}

/**
 * A test CAPTION needs to pass, cheap enough to run on every sentence: it opens with p or f
 * ("photo", "file photo", "pictured"), or its first comma comes early (the name before it is at
 * most 62 code points, so at most 126 code units) and is followed, after at most one white space,
 * by the first letter of a position word (l, r, c, s, f, b, or ſ, which case-folds to s).
 */
function mayBeCaption(trimmed: string): boolean {
  const first = trimmed.charCodeAt(0) | 0x20;
  if (first === 0x70 || first === 0x66) return true;
  const comma = trimmed.indexOf(',');
  if (comma < 0 || comma > 126) return false;
  let k = comma + 1;
  if (isRegExpSpace(trimmed.charCodeAt(k))) k++;
  const code = trimmed.charCodeAt(k);
  if (code === 0x17f) return true;
  const letter = code | 0x20;
  return (
    letter === 0x6c ||
    letter === 0x72 ||
    letter === 0x63 ||
    letter === 0x73 ||
    letter === 0x66 ||
    letter === 0x62
  );
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
  const index = termIndex(units);
  const { unitStart, unitTerms } = index;
  const reports = reportTerms(units, index);
  const storyReports = Math.max(1, reports.count);
  let storyWords = 0;
  for (const unit of units) storyWords += unit.words;
  const target = Math.min(settings.words, Math.round(settings.maxShare * storyWords));

  // Title terms flagged by term id (a title term no unit holds never counts).
  const titled = new Uint8Array(index.size);
  for (const title of titles) {
    for (const term of termsOf(title).terms) {
      const id = index.idOf(term);
      if (id >= 0) titled[id] = 1;
    }
  }
  const dangling = new Int8Array(units.length).fill(-1);
  const isDanglingUnit = (unit: SentenceUnit): boolean => {
    let known = dangling[unit.index]!;
    if (known < 0) {
      known = isDangling(unit.text) ? 1 : 0;
      dangling[unit.index] = known;
    }
    return known === 1;
  };

  // Every sentence of a fact is a candidate; those other than its best one are penalised, and
  // the redundancy cut keeps a second wording of a claim out unless it brings other terms.
  const candidates: Candidate[] = [];
  for (const group of groups) {
    const best = bestSentence(group, isDanglingUnit);
    // The earliest sentence index among the fact's mentions (the lead feature's).
    let position = Number.POSITIVE_INFINITY;
    for (const member of group.units) position = Math.min(position, member.position);
    for (const unit of settings.alternatePenalty > 0 ? group.units : [best]) {
      if (unit.words <= 0 || unit.words > settings.maxWords) continue;
      // A record per candidate only for onCandidates; otherwise one scratch record for all.
      const features = featuresOf(
        group,
        position,
        unit,
        reports.using,
        unitStart,
        unitTerms,
        storyReports,
        titled,
        options.onCandidates ? emptyFeatures() : scratchFeatures,
      );
      let score = weightedSum(settings.featureWeights, features);
      let multiplier = 1;
      if (unit !== best) multiplier *= settings.alternatePenalty;
      if (isDanglingUnit(unit)) multiplier *= settings.danglingPenalty;
      if (isQuoteOrQuestion(unit.text)) multiplier *= settings.quotePenalty;
      if (!endsFinished(unit.text)) multiplier *= settings.unfinishedPenalty;
      score *= multiplier;
      candidates.push({
        group,
        unit,
        score,
        multiplier,
        features: options.onCandidates ? features : undefined,
        redundant: false,
        checked: 0,
        most: Number.POSITIVE_INFINITY,
      });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.unit.index - y.unit.index);
  options.onCandidates?.(candidates.map(({ unit, features }) => ({ unit, features: features! })));

  // Concepts: a term's weight is the number of other reports that use it (a term one report
  // alone uses covers nothing shared), plus the title bonus; a chosen sentence covers its terms.
  const using = reports.using;
  const covered = new Uint8Array(index.size);
  const coverage = (unit: SentenceUnit): number => {
    let sum = 0;
    for (let p = unitStart[unit.index]!; p < unitStart[unit.index + 1]!; p++) {
      const id = unitTerms[p]!;
      if (covered[id] === 0) sum += using[id]! - 1 + (titled[id] === 1 ? settings.titleConcept : 0);
    }
    return sum / Math.max(1, unit.words) ** settings.coverageExponent;
  };
  // A candidate's value with nothing covered yet bounds its value ever after (coverage only
  // loses terms, and a sum of fewer non-negative terms never rounds above the sum of all), so a
  // candidate whose bound does not beat the best value so far needs no coverage sum. Only when
  // every part of the value is non-negative.
  const bounded = settings.coverageWeight >= 0 && settings.titleConcept >= 0;
  if (bounded) {
    for (const candidate of candidates) {
      if (candidate.multiplier >= 0)
        candidate.most =
          candidate.score + settings.coverageWeight * coverage(candidate.unit) * candidate.multiplier;
    }
  }
  const chosen: Candidate[] = [];
  const left = candidates;
  let words = 0;
  // Whether a candidate is too alike a chosen sentence; chosen sentences are only added, so each
  // candidate is compared with each chosen sentence at most once.
  const isRedundant = (candidate: Candidate): boolean => {
    while (!candidate.redundant && candidate.checked < chosen.length) {
      const other = chosen[candidate.checked++]!;
      if (weights.dice(other.unit, candidate.unit) >= settings.redundancy) candidate.redundant = true;
    }
    return candidate.redundant;
  };
  // Sentences under minWords are chosen only when no longer one is left (a story of short sentences).
  const pick = (short: boolean): number => {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < left.length; i++) {
      const candidate = left[i]!;
      if (candidate.unit.words < settings.minWords !== short) continue;
      if (words + candidate.unit.words > target + settings.overshoot && chosen.length > 0) continue;
      if (candidate.most <= bestValue) continue;
      if (isRedundant(candidate)) continue;
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
    for (let p = unitStart[picked!.unit.index]!; p < unitStart[picked!.unit.index + 1]!; p++)
      covered[unitTerms[p]!] = 1;
  }
  chosen.sort(
    (x, y) =>
      x.unit.relative - y.unit.relative ||
      x.unit.articleIndex - y.unit.articleIndex ||
      x.unit.index - y.unit.index,
  );
  const sentences = chosen.map(({ group, unit }) => ({
    text: collapseSpaces(unit.text),
    articles: group.fact.articles,
    origins: group.fact.origins,
    mentions: group.fact.mentions,
  }));
  return { text: sentences.map((sentence) => sentence.text).join(' '), sentences };
}

/** A candidate sentence, its score, and what the greedy choice has learnt about it. */
interface Candidate {
  group: FactGroup;
  unit: SentenceUnit;
  score: number;
  multiplier: number;
  /** Its features when onCandidates asks for them. */
  features: Record<SummaryFeature, number> | undefined;
  /** Whether a chosen sentence is too alike it (never reset: chosen sentences stay chosen). */
  redundant: boolean;
  /** How many of the chosen sentences it has been compared with. */
  checked: number;
  /** The most its value can be (its value with nothing covered), or +∞ when unknown. */
  most: number;
}

/**
 * Whether a sentence ends finished: a full stop, exclamation mark or ellipsis, then only closing
 * quotation marks or brackets (`/[.!…]["”’')\]]*$/u`, scanned from the end).
 */
function endsFinished(text: string): boolean {
  let k = text.length - 1;
  for (;;) {
    if (k < 0) return false;
    const code = text.charCodeAt(k);
    if (code === 0x2e || code === 0x21 || code === 0x2026) return true;
    if (
      code === 0x22 ||
      code === 0x201d ||
      code === 0x2019 ||
      code === 0x27 ||
      code === 0x29 ||
      code === 0x5d
    )
      k--;
    else return false;
  }
}

/**
 * What a fact's score is made of, each in [0, 1] (weights: SummaryOptions.featureWeights);
 * weightedSum adds them in this order.
 */
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
  position: number,
  unit: SentenceUnit,
  using: Int32Array,
  unitStart: Int32Array,
  unitTerms: Int32Array,
  storyReports: number,
  titleTerms: Uint8Array,
  into: Record<SummaryFeature, number>,
): Record<SummaryFeature, number> {
  let centrality = 0;
  let titled = 0;
  for (let p = unitStart[unit.index]!; p < unitStart[unit.index + 1]!; p++) {
    const id = unitTerms[p]!;
    centrality += using[id]! / storyReports;
    if (titleTerms[id] === 1) titled++;
  }
  const terms = Math.max(1, unit.terms.length);
  // independent reports stating the fact, over the story's
  into.support = group.fact.support / storyReports;
  // mean share of the story's reports that use each term
  into.centrality = centrality / terms;
  // 1 / (1 + the earliest sentence index among the fact's mentions)
  into.lead = 1 / (1 + position);
  // whether the fact opens an article
  into.first = position === 0 ? 1 : 0;
  // share of the sentence's terms that a title uses, and how many (saturating at 10)
  into.title = titled / terms;
  into.titleTerms = Math.min(1, titled / 10);
  // length, saturating at 50 words
  into.length = Math.min(1, unit.words / 50);
  return into;
}

/**
 * The sum of weight × feature over SUMMARY_FEATURES, added in that order (written out: a loop
 * over the names made keyed property loads, a tenth of the summary's time).
 */
function weightedSum(
  weights: Record<SummaryFeature, number>,
  features: Record<SummaryFeature, number>,
): number {
  let score = 0;
  score += weights.support * features.support;
  score += weights.centrality * features.centrality;
  score += weights.lead * features.lead;
  score += weights.first * features.first;
  score += weights.title * features.title;
  score += weights.titleTerms * features.titleTerms;
  score += weights.length * features.length;
  return score;
}

function emptyFeatures(): Record<SummaryFeature, number> {
  return { support: 0, centrality: 0, lead: 0, first: 0, title: 0, titleTerms: 0, length: 0 };
}

/** The features of the candidate being scored, when nobody keeps them (summaryOf is not re-entrant). */
const scratchFeatures = emptyFeatures();

/**
 * The sentence that shows a fact in the summary: one that stands alone if any does, then the
 * medoid (the fact's own text), so that a copy's wording stands for all copies.
 */
function bestSentence(group: FactGroup, dangles: (unit: SentenceUnit) => boolean): SentenceUnit {
  if (!dangles(group.representative)) return group.representative;
  return group.units.find((unit) => !dangles(unit)) ?? group.representative;
}

/**
 * For each term id of the story's term index, how many of the story's reports (origins, or
 * articles without one) use it; every term a unit holds is used by at least one report.
 */
function reportTerms(units: readonly SentenceUnit[], index: TermIndex): { using: Int32Array; count: number } {
  const reportOf = new Map<string, number>();
  // The units of each report, as unit indices (a unit credited to two origins is in both).
  const members: number[][] = [];
  for (const unit of units) {
    if (unit.origins.length === 0) addMember(reportOf, members, `article:${unit.article}`, unit.index);
    else for (const origin of unit.origins) addMember(reportOf, members, origin, unit.index);
  }
  const using = new Int32Array(index.size);
  const seen = new Int32Array(index.size).fill(-1);
  const { unitStart, unitTerms } = index;
  for (let r = 0; r < members.length; r++) {
    for (const u of members[r]!) {
      for (let p = unitStart[u]!; p < unitStart[u + 1]!; p++) {
        const id = unitTerms[p]!;
        if (seen[id] !== r) {
          seen[id] = r;
          using[id]!++;
        }
      }
    }
  }
  return { using, count: members.length };
}

function addMember(reportOf: Map<string, number>, members: number[][], key: string, unit: number): void {
  let r = reportOf.get(key);
  if (r === undefined) {
    r = members.length;
    reportOf.set(key, r);
    members.push([]);
  }
  members[r]!.push(unit);
}
