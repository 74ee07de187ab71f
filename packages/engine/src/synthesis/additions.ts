/**
 * Additions: for each article of a story, the passages that appear in no other origin — what
 * its original report (or the article itself) adds to the story.
 *
 * Computes, over the story's sentence units (units.ts: every sentence with its content terms and
 * the origin it is credited to; an article without origin shares is its own report), which
 * sentences are stated by another report: a sentence is stated elsewhere when an aligned passage
 * (any kind) covers at least ALIGNED_COVERAGE of it and the other side of that passage lies in
 * a sentence credited to another report, or when a sentence of another report is a paraphrase
 * of it (Dice similarity of content terms ≥ PARAPHRASE_DICE). The other sentences of at least
 * MIN_ADDITION_WORDS words are additions, unless the story's facts (facts.ts) group them with a
 * sentence of another report (so no sentence is both an addition and a fact of several reports); additions that follow each other in an article are
 * merged into one passage. A story with one independent report has no other report to compare
 * with: its articles add nothing (every passage would be an addition, which says nothing).
 * Reference: sentence-level novelty against the other documents of a cluster, as in the update
 * summarisation and novelty-detection tasks (TREC Novelty 2002–2004; Allan, Wade & Bolivar,
 * "Retrieval and novelty detection at the sentence level", SIGIR 2003), with copies recognised
 * by the alignment stage instead of by similarity alone.
 * Invariants: deterministic; one Addition per article of the story, in input order; passages in
 * body order, non-overlapping, each span indexes the article's body text and `text` is that
 * slice; a sentence shared by two articles of one origin only (a copy) is an addition of both.
 * Cost: the paraphrase test goes through an inverted index of terms, O(Σ df²) over the terms'
 * document frequencies (only sentences sharing a term meet), plus O(p·log u) to find the
 * sentences of p aligned passages; about 150–250 sentences for 10 articles.
 */

import { ALIGNED_COVERAGE, MIN_ADDITION_WORDS, PARAPHRASE_DICE } from './details-defaults.js';
import { type FactGroup, factGroups } from './facts.js';
import { oncePer } from './once-per.js';
import { termIndex } from './term-index.js';
import type { Addition, SynthesisInput } from './types.js';
import { bodiesOf, overlap, type SentenceUnit, sentenceUnits } from './units.js';

/** The reports a unit is credited to: its origins, or its article alone when it has none. */
export function reportsOfUnit(unit: SentenceUnit): string[] {
  return unit.origins.length > 0 ? unit.origins : [`article:${unit.article}`];
}

const disjoint = (a: readonly string[], b: readonly string[]): boolean => !a.some((x) => b.includes(x));

/**
 * For each unit (by index), the units of other reports that state it: aligned with it or a
 * paraphrase of it. Symmetric.
 */
export function statedByOtherReports(
  input: SynthesisInput,
  units: readonly SentenceUnit[],
): ReadonlySet<number>[] {
  // Sets are made for linked units only; the others share one empty set at the end.
  const linked: (Set<number> | undefined)[] = new Array(units.length);
  const setOf = (index: number): Set<number> => {
    let set = linked[index];
    if (!set) {
      set = new Set();
      linked[index] = set;
    }
    return set;
  };
  const byArticle = new Map<string, SentenceUnit[]>();
  for (const unit of units) {
    const list = byArticle.get(unit.article);
    if (list) list.push(unit);
    else byArticle.set(unit.article, [unit]);
  }
  const reports = units.map(reportsOfUnit);
  // Units credited to one report (all of them, as units.ts credits) compare by that report alone.
  const single = reports.map((list) => (list.length === 1 ? list[0]! : null));
  const otherReports = (i: number, j: number): boolean => {
    const x = single[i];
    const y = single[j];
    return x !== null && y !== null ? x !== y : disjoint(reports[i]!, reports[j]!);
  };
  const link = (u: SentenceUnit, v: SentenceUnit): void => {
    if (u.article === v.article || linked[u.index]?.has(v.index) || !otherReports(u.index, v.index)) return;
    setOf(u.index).add(v.index);
    setOf(v.index).add(u.index);
  };
  for (const alignment of input.alignments) {
    const left = byArticle.get(alignment.articles[0]) ?? [];
    const right = byArticle.get(alignment.articles[1]) ?? [];
    for (const passage of alignment.passages) {
      const lefts = overlapping(left, passage.a);
      const rights = overlapping(right, passage.b);
      for (const u of lefts) {
        if (overlap(u.span, passage.a) < ALIGNED_COVERAGE * (u.span[1] - u.span[0])) continue;
        for (const v of rights) link(u, v);
      }
      for (const v of rights) {
        if (overlap(v.span, passage.b) < ALIGNED_COVERAGE * (v.span[1] - v.span[0])) continue;
        for (const u of lefts) link(v, u);
      }
    }
  }
  // Units are grouped by article: a unit is compared with the units of later articles only.
  const nextArticle = new Int32Array(units.length);
  for (let i = units.length - 1; i >= 0; i--) {
    const next = units[i + 1];
    nextArticle[i] =
      next === undefined ? units.length : next.article === units[i]!.article ? nextArticle[i + 1]! : i + 1;
  }
  // Paraphrases: shared terms counted through the story's inverted index (term-index.ts), so
  // only units that share a term are ever compared; Dice = 2·shared / (|A| + |B|). Postings are
  // in unit order, so each term's cursor marks where the current unit sits in its postings.
  const { size, unitStart, unitTerms, postingStart, postings } = termIndex(units);
  const cursor = new Int32Array(size);
  const shared = new Int32Array(units.length);
  const touched: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const a = u.terms.length;
    const from = nextArticle[i]!;
    for (let p = unitStart[i]!; p < unitStart[i + 1]!; p++) {
      const id = unitTerms[p]!;
      const end = postingStart[id + 1]!;
      let q = postingStart[id]! + cursor[id]! + 1;
      cursor[id]!++;
      while (q < end && postings[q]! < from) q++;
      for (; q < end; q++) {
        const j = postings[q]!;
        const count = shared[j]!;
        if (count === 0) touched.push(j);
        shared[j] = count + 1;
      }
    }
    for (const j of touched) {
      const b = units[j]!.terms.length;
      if ((2 * shared[j]!) / (a + b) >= PARAPHRASE_DICE && otherReports(i, j)) link(u, units[j]!);
      shared[j] = 0;
    }
    touched.length = 0;
  }
  const stated: ReadonlySet<number>[] = [];
  for (let i = 0; i < units.length; i++) stated.push(linked[i] ?? NO_UNITS);
  return stated;
}

/** The links of a unit that no other report states. */
const NO_UNITS: ReadonlySet<number> = new Set();

/** A story's sentence units and, for each, the units of other reports that state it. */
export interface StatedUnits {
  units: SentenceUnit[];
  stated: ReadonlySet<number>[];
}

/**
 * The sentence units of a story with the units of other reports that state each; computed once
 * per input object, so additions() and discrepancies() of one story share one pass.
 */
export const statedUnits = oncePer((input: SynthesisInput): StatedUnits => {
  const units = sentenceUnits(input);
  return { units, stated: statedByOtherReports(input, units) };
});

/** The units of one article (in body order) that overlap a span, found by binary search. */
function overlapping(list: readonly SentenceUnit[], span: readonly [number, number]): SentenceUnit[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.span[1] <= span[0]) low = middle + 1;
    else high = middle;
  }
  const out: SentenceUnit[] = [];
  for (let k = low; k < list.length && list[k]!.span[0] < span[1]; k++) out.push(list[k]!);
  return out;
}

/**
 * The passages of each article that appear in no other origin of the story. `groups`: the story's
 * facts when the caller has them already (synthesise), else they are found here.
 */
export function additions(input: SynthesisInput, groups?: readonly FactGroup[]): Addition[] {
  const { units, stated } = statedUnits(input);
  const reports = new Set(units.flatMap(reportsOfUnit));
  if (reports.size < 2) return input.articles.map((article) => ({ article: article.id, passages: [] }));
  const factShared = statedInFacts(groups ?? factGroups(input, units));
  const bodies = bodiesOf(input);
  return input.articles.map((article, articleIndex) => {
    const body = bodies[articleIndex]!;
    const passages: Addition['passages'] = [];
    let previous = -2;
    for (const unit of units) {
      if (unit.article !== article.id) continue;
      if (stated[unit.index]!.size > 0 || factShared.has(unit.index) || unit.words < MIN_ADDITION_WORDS)
        continue;
      const last = passages[passages.length - 1];
      if (last && previous === unit.position - 1) {
        last.span = [last.span[0], unit.span[1]];
        last.text = body.slice(last.span[0], last.span[1]);
      } else {
        passages.push({ article: article.id, span: [unit.span[0], unit.span[1]], text: unit.text });
      }
      previous = unit.position;
    }
    return { article: article.id, passages };
  });
}

/**
 * The units whose fact (facts.ts) another report also states: what the facts table shows as
 * stated by several reports is never an addition of one of them.
 */
function statedInFacts(groups: readonly FactGroup[]): Set<number> {
  const shared = new Set<number>();
  for (const group of groups) {
    // A fact of one sentence is stated by that sentence's reports only.
    if (group.units.length < 2) continue;
    const groupReports = new Set(group.units.flatMap(reportsOfUnit));
    if (groupReports.size < 2) continue;
    for (const unit of group.units) {
      const own = reportsOfUnit(unit);
      if ([...groupReports].some((report) => !own.includes(report))) shared.add(unit.index);
    }
  }
  return shared;
}
