/**
 * Facts: the claims of a story — groups of sentences, across its articles, that state the same
 * thing — each with the articles and origins that state it and its support (independent reports).
 *
 * Two sentences of different articles are joined when (a) they lie in passages that one of the
 * story's alignments pairs (a verbatim, edited or translated copy: the sentence's span, mapped
 * proportionally through the passage, overlaps the other sentence) and their content terms
 * confirm it (Dice ≥ alignedSimilarity), or (b) their content terms alone are alike enough
 * (weighted Dice ≥ similarity: edited copies and paraphrases across origins), or (c) they share
 * several rare terms (words the story uses about once per article: "sovereignty, independence
 * and territorial integrity") and are somewhat alike (weighted Dice ≥ rareSimilarity): the same
 * claim worded by two independent reports. Terms are weighted by their inverse frequency among
 * the story's sentences, so that the story's names ("Blinken") count less than its particulars. Groups are the connected
 * components (single linkage). The fact's text is the group's medoid sentence (the one most
 * alike the others; ties: the earliest article), whitespace-normalised.
 * Reference: sentence-level clustering for multi-document summarisation (Radev et al. 2004,
 * MEAD's cross-document structure), with the story's own alignments as the evidence for copies.
 * Invariants: every unit is in exactly one group; sentences of one article are never joined
 * directly; support counts each origin once; deterministic.
 * Cost: O(units · shared-term postings) for candidate pairs through the story's term index
 * (term-index.ts; terms more common than COMMON_TERM_FRACTION are not walked, and a pair whose
 * shared weight cannot reach the threshold is not scored), plus O(passages · log sentences) to
 * find the aligned pairs. About 1–1.5 ms for the benchmark's stories of 10 articles (about
 * 250 sentences), term weights included (bench synthesis, shared machine, noisy).
 */

import { UnionFind } from '../union-find.js';
import {
  COMMON_TERM_FRACTION,
  COMMON_TERM_MIN_POSTING,
  FACT_DEFAULTS,
  type FactOptions,
} from './defaults.js';
import { oncePer } from './once-per.js';
import { termIndex } from './term-index.js';
import type { Fact, SynthesisInput } from './types.js';
import { collapseSpaces, dice, overlap, reportsOf, type SentenceUnit, sentenceUnits } from './units.js';

/** A fact with the units that state it, for the summary. */
export interface FactGroup {
  fact: Fact;
  units: SentenceUnit[];
  /** The medoid unit, whose text is the fact's. */
  representative: SentenceUnit;
}

/** The story's facts, most supported first (then most articles, then earliest in the articles). */
export function facts(input: SynthesisInput, options: Partial<FactOptions> = {}): Fact[] {
  return factGroups(input, sentenceUnits(input), options).map((group) => group.fact);
}

/** The story's facts with their sentence units (all of them, including those below minWords). */
export function factGroups(
  input: SynthesisInput,
  units: readonly SentenceUnit[],
  options: Partial<FactOptions> = {},
): FactGroup[] {
  const settings = { ...FACT_DEFAULTS, ...options };
  const found = new UnionFind(units.length);
  const weights = termWeights(units);
  joinAligned(input, units, weights, settings.alignedSimilarity, found);
  joinAlike(
    units,
    weights,
    settings.similarity,
    { shared: settings.rareShared, similarity: settings.rareSimilarity, perArticle: settings.rarePerArticle },
    found,
  );

  const members = new Map<number, SentenceUnit[]>();
  for (const unit of units) {
    if (unit.words < settings.minWords) continue;
    const root = found.find(unit.index);
    let list = members.get(root);
    if (!list) {
      list = [];
      members.set(root, list);
    }
    list.push(unit);
  }
  const groups: FactGroup[] = [];
  for (const list of members.values()) {
    const representative = medoid(list);
    const { origins, support } = reportsOf(list);
    const articles: string[] = [];
    for (const unit of list) if (!articles.includes(unit.article)) articles.push(unit.article);
    articles.sort();
    groups.push({
      fact: {
        text: collapseSpaces(representative.text),
        articles,
        origins,
        support,
        mentions: list.map((unit) => ({ article: unit.article, span: [unit.span[0], unit.span[1]] })),
      },
      units: list,
      representative,
    });
  }
  const firstOf = new Map<FactGroup, number>();
  for (const group of groups) {
    let earliest = Number.POSITIVE_INFINITY;
    for (const unit of group.units) earliest = Math.min(earliest, unit.relative);
    firstOf.set(group, earliest);
  }
  const first = (group: FactGroup): number => firstOf.get(group)!;
  return groups.sort(
    (x, y) =>
      y.fact.support - x.fact.support ||
      y.fact.articles.length - x.fact.articles.length ||
      first(x) - first(y) ||
      x.representative.index - y.representative.index,
  );
}

/** Joins sentences that an alignment pairs, when their terms confirm it. */
function joinAligned(
  input: SynthesisInput,
  units: readonly SentenceUnit[],
  weights: TermWeights,
  threshold: number,
  found: UnionFind,
): void {
  const byArticle = new Map<string, SentenceUnit[]>();
  for (const unit of units) {
    let list = byArticle.get(unit.article);
    if (!list) {
      list = [];
      byArticle.set(unit.article, list);
    }
    list.push(unit);
  }
  for (const alignment of input.alignments) {
    const left = byArticle.get(alignment.articles[0]) ?? [];
    const right = byArticle.get(alignment.articles[1]) ?? [];
    for (const passage of alignment.passages) {
      const [a0, a1] = passage.a;
      const [b0, b1] = passage.b;
      const scale = (b1 - b0) / Math.max(1, a1 - a0);
      // Units of an article are in body order, so the overlapping ones are a range found by
      // binary search; a pair already joined (through another passage) needs no score.
      for (let l = firstEndingAfter(left, a0); l < left.length && left[l]!.span[0] < a1; l++) {
        const unit = left[l]!;
        if (overlap(unit.span, passage.a) <= 0) continue;
        const m0 = b0 + (Math.max(a0, unit.span[0]) - a0) * scale;
        const m1 = b0 + (Math.min(a1, unit.span[1]) - a0) * scale;
        for (let r = firstEndingAfter(right, m0); r < right.length && right[r]!.span[0] < m1; r++) {
          const other = right[r]!;
          if (Math.min(other.span[1], m1) - Math.max(other.span[0], m0) <= 0) continue;
          if (found.find(unit.index) === found.find(other.index)) continue;
          if (weights.dice(unit, other) >= threshold) found.union(unit.index, other.index);
        }
      }
    }
  }
}

/** The first unit (of one article's, in body order) whose span ends after a position. */
function firstEndingAfter(list: readonly SentenceUnit[], position: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.span[1] <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Joins sentences of different articles whose content terms are alike, found through an inverted index. */
function joinAlike(
  units: readonly SentenceUnit[],
  weights: TermWeights,
  threshold: number,
  rare: { shared: number; similarity: number; perArticle: number },
  found: UnionFind,
): void {
  const { size, unitStart, unitTerms, postingStart, postings } = termIndex(units);
  // Candidates come through the postings of terms no more common than this; a pair that shares
  // only commoner terms (low weight) cannot reach the thresholds. Scores are then exact.
  const maxPosting = Math.max(COMMON_TERM_MIN_POSTING, Math.ceil(units.length * COMMON_TERM_FRACTION));
  const sharedRare = new Int32Array(units.length);
  const seen = new Uint8Array(units.length);
  // Weight of the terms a candidate shares through the postings walked (not the common ones),
  // and each unit's weight of common terms: together an upper bound of the shared weight.
  const sharedWeight = new Float64Array(units.length);
  const commonWeight = new Float64Array(units.length);
  for (let u = 0; u < units.length; u++) {
    let sum = 0;
    for (let p = unitStart[u]!; p < unitStart[u + 1]!; p++) {
      const id = unitTerms[p]!;
      if (postingStart[id + 1]! - postingStart[id]! > maxPosting) sum += weights.ofId(id);
    }
    commonWeight[u] = sum;
  }
  const articles = new Set(units.map((unit) => unit.articleIndex)).size;
  const rareBelow = articles * rare.perArticle;
  const touched: number[] = [];
  // Units are visited in index order and postings hold indices in that order, so each posting's
  // cursor marks where the current unit sits in it: only later units are paired.
  const cursor = new Int32Array(size);
  for (const unit of units) {
    const u = unit.index;
    for (let p = unitStart[u]!; p < unitStart[u + 1]!; p++) {
      const id = unitTerms[p]!;
      const first = postingStart[id]!;
      const length = postingStart[id + 1]! - first;
      const at = cursor[id]!;
      cursor[id] = at + 1;
      if (length > maxPosting) continue;
      const isRare = length <= rareBelow;
      const weight = weights.ofId(id);
      for (let q = first + at + 1; q < first + length; q++) {
        const other = postings[q]!;
        if (units[other]!.articleIndex === unit.articleIndex) continue;
        if (seen[other] === 0) {
          seen[other] = 1;
          touched.push(other);
        }
        sharedWeight[other]! += weight;
        if (isRare) sharedRare[other]!++;
      }
    }
    const total = weights.total(unit);
    const common = commonWeight[u]!;
    for (const other of touched) {
      // Weighted Dice is at most 2·min(totals)/(sum of totals), and at most twice the shared
      // weight found plus the common weight either holds over the sum: skip pairs that cannot
      // reach the threshold (the margin keeps rounding from skipping a pair at the threshold).
      const otherTotal = weights.total(units[other]!);
      const sum = total + otherTotal || 1;
      const bound = (2 * Math.min(total, otherTotal)) / sum;
      const sharedBound = (2 * (sharedWeight[other]! + Math.min(common, commonWeight[other]!))) / sum;
      const needed = sharedRare[other]! >= rare.shared ? rare.similarity : threshold;
      if (bound >= needed && sharedBound + BOUND_MARGIN >= needed) {
        const score = weights.dice(unit, units[other]!);
        if (score >= threshold || (sharedRare[other]! >= rare.shared && score >= rare.similarity)) {
          found.union(unit.index, other);
        }
      }
      seen[other] = 0;
      sharedRare[other] = 0;
      sharedWeight[other] = 0;
    }
    touched.length = 0;
  }
}

/** Slack for the upper bound of a pair's score: sums of the same weights in another order may differ in the last bits. */
const BOUND_MARGIN = 1e-9;

/** Term weights within a story: idf = ln(1 + units / units containing the term). */
export interface TermWeights {
  of(term: number): number;
  /** The weight of a term by its id in the story's term index (term-index.ts). */
  ofId(id: number): number;
  /** The summed weight of a unit's terms. */
  total(unit: SentenceUnit): number;
  /** Weighted Dice: twice the weight of shared terms over the two totals. */
  dice(a: SentenceUnit, b: SentenceUnit): number;
}

/** The term weights of a story's units (computed once per unit list). */
export const termWeights: (units: readonly SentenceUnit[]) => TermWeights = oncePer(computeTermWeights);

function computeTermWeights(units: readonly SentenceUnit[]): TermWeights {
  const { size, idOf, unitStart, unitTerms, postingStart } = termIndex(units);
  const weight = new Float64Array(size);
  for (let t = 0; t < size; t++)
    weight[t] = Math.log(1 + units.length / (postingStart[t + 1]! - postingStart[t]!));
  const totals = new Float64Array(units.length);
  // Each unit's term weights, in the order of its (sorted) terms, for the Dice merge.
  const unitWeights = new Float64Array(unitTerms.length);
  for (let u = 0; u < units.length; u++) {
    let sum = 0;
    for (let p = unitStart[u]!; p < unitStart[u + 1]!; p++) {
      const w = weight[unitTerms[p]!]!;
      unitWeights[p] = w;
      sum += w;
    }
    totals[u] = sum;
  }
  const of = (term: number): number => {
    const id = idOf(term);
    return id < 0 ? 0 : weight[id]!;
  };
  const total = (unit: SentenceUnit): number => totals[unit.index] ?? 0;
  return {
    of,
    ofId: (id) => weight[id]!,
    total,
    dice(a, b) {
      const x = a.terms;
      const y = b.terms;
      const offset = unitStart[a.index]!;
      let i = 0;
      let j = 0;
      let shared = 0;
      while (i < x.length && j < y.length) {
        const xi = x[i]!;
        const yj = y[j]!;
        if (xi === yj) {
          shared += unitWeights[offset + i]!;
          i++;
          j++;
        } else if (xi < yj) i++;
        else j++;
      }
      const sum = totals[a.index]! + totals[b.index]!;
      return sum === 0 ? 0 : (2 * shared) / sum;
    },
  };
}

/** The unit most alike the others of its group (ties: the earliest). */
function medoid(list: readonly SentenceUnit[]): SentenceUnit {
  let best = list[0]!;
  let bestScore = -1;
  for (const unit of list) {
    let score = 0;
    for (const other of list) if (other !== unit) score += dice(unit.terms, other.terms);
    if (score > bestScore) {
      best = unit;
      bestScore = score;
    }
  }
  return best;
}
