/**
 * Scores predicted copy links against the benchmark's truth, pair by pair.
 * Two articles are predicted the same origin when they share an origin id
 * (Analysis.articles[].origins[].origin). Truth (see generate.ts):
 * - required pair (counts for recall): two articles that both keep ≥ RECALL_MIN_KEPT of a common
 *   real document (a copy and its original; two copies of one original), or a natural link
 *   marked required;
 * - allowed pair (a correct prediction, not needed for recall): two articles descending from a
 *   common document in any amount, or from two documents that share text (natural links,
 *   transitively);
 * - any other predicted pair is a false positive, of kind "same event" (independent reports of
 *   one event), "same topic" (the topic's twin event) or "unrelated".
 * Precision = (required + allowed predicted pairs) / predicted pairs; recall = found required
 * pairs / required pairs, also per operation (a pair counts for every operation of its copies).
 * Reference: pairwise precision/recall as in near-duplicate detection evaluations.
 * Invariants: pairs are unordered and counted once. Cost: O(predicted pairs + required pairs).
 */
import type { Analysis } from '@storyfold/engine';
import { RECALL_MIN_KEPT } from './defaults.js';
import type { ArticleTruth, CopyOperation, NaturalLink } from './generate.js';

export type PairGroup = CopyOperation | 'natural' | 'copy–original' | 'copy–copy';
export type FalseKind = 'same event' | 'same topic' | 'unrelated';

export interface FalsePair {
  a: string;
  b: string;
  kind: FalseKind;
}

export interface CopyScore {
  predicted: number;
  correct: number;
  required: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
  /** Recall per operation and per pair type. */
  groups: Map<PairGroup, { required: number; found: number }>;
  falsePairs: FalsePair[];
  falseKinds: Record<FalseKind, number>;
  /** Required pairs not found (for diagnosis). */
  missed: [string, string][];
}

export interface TruthInput {
  truth: readonly ArticleTruth[];
  natural: readonly NaturalLink[];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Predicted pairs: articles sharing at least one origin id. */
export function predictedPairs(analysis: Pick<Analysis, 'articles'>): Set<string> {
  const members = new Map<string, string[]>();
  for (const article of analysis.articles) {
    for (const share of article.origins) {
      const list = members.get(share.origin);
      if (list) list.push(article.id);
      else members.set(share.origin, [article.id]);
    }
  }
  const pairs = new Set<string>();
  for (const list of members.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++)
        if (list[i] !== list[j]) pairs.add(pairKey(list[i]!, list[j]!));
    }
  }
  return pairs;
}

interface RequiredPair {
  a: string;
  b: string;
  groups: PairGroup[];
}

/** Every required pair with the groups it counts for. */
export function requiredPairs({ truth, natural }: TruthInput): RequiredPair[] {
  const byDoc = new Map<string, ArticleTruth[]>();
  const docArticle = new Map<string, string>();
  for (const item of truth) {
    for (const ancestor of item.ancestors) {
      if (item.role !== 'copy') docArticle.set(ancestor.doc, item.id);
      if (ancestor.kept < RECALL_MIN_KEPT) continue;
      const list = byDoc.get(ancestor.doc);
      if (list) list.push(item);
      else byDoc.set(ancestor.doc, [item]);
    }
  }
  const out = new Map<string, RequiredPair>();
  for (const list of byDoc.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!;
        const y = list[j]!;
        const key = pairKey(x.id, y.id);
        const kind: PairGroup = x.role !== 'copy' || y.role !== 'copy' ? 'copy–original' : 'copy–copy';
        const groups = new Set<PairGroup>([kind, ...x.operations, ...y.operations]);
        const existing = out.get(key);
        if (existing) for (const g of existing.groups) groups.add(g);
        out.set(key, { a: x.id, b: y.id, groups: [...groups] });
      }
    }
  }
  for (const link of natural) {
    const a = docArticle.get(link.a);
    const b = docArticle.get(link.b);
    if (!link.required || a === undefined || b === undefined) continue;
    const key = pairKey(a, b);
    if (!out.has(key)) out.set(key, { a, b, groups: ['natural'] });
  }
  return [...out.values()];
}

/** Judges a predicted pair: correct, or a false positive of some kind. */
export function pairJudge({ truth, natural }: TruthInput): (a: string, b: string) => FalseKind | 'correct' {
  const byId = new Map(truth.map((item) => [item.id, item]));
  // Documents that share text, grouped transitively.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const link of natural) {
    const ra = find(link.a);
    const rb = find(link.b);
    if (ra !== rb) parent.set(ra, rb);
  }
  return (a, b) => {
    const x = byId.get(a);
    const y = byId.get(b);
    if (!x || !y) throw new Error(`score: article ${x ? b : a} is not in the benchmark`);
    const roots = new Set(x.ancestors.map((ancestor) => find(ancestor.doc)));
    if (y.ancestors.some((ancestor) => roots.has(find(ancestor.doc)))) return 'correct';
    if (x.event === y.event) return 'same event';
    if (x.topic === y.topic) return 'same topic';
    return 'unrelated';
  };
}

export function scorePairs(input: TruthInput, predicted: ReadonlySet<string>): CopyScore {
  const judge = pairJudge(input);
  const falseKinds: Record<FalseKind, number> = { 'same event': 0, 'same topic': 0, unrelated: 0 };
  const falsePairs: FalsePair[] = [];
  let correct = 0;
  for (const key of predicted) {
    const [a, b] = key.split('\u0000') as [string, string];
    const verdict = judge(a, b);
    if (verdict === 'correct') correct++;
    else {
      falseKinds[verdict]++;
      falsePairs.push({ a, b, kind: verdict });
    }
  }
  const groups = new Map<PairGroup, { required: number; found: number }>();
  const missed: [string, string][] = [];
  let found = 0;
  const required = requiredPairs(input);
  for (const pair of required) {
    const hit = predicted.has(pairKey(pair.a, pair.b));
    if (hit) found++;
    else missed.push([pair.a, pair.b]);
    for (const group of pair.groups) {
      const tally = groups.get(group) ?? { required: 0, found: 0 };
      tally.required++;
      if (hit) tally.found++;
      groups.set(group, tally);
    }
  }
  const precision = predicted.size === 0 ? 1 : correct / predicted.size;
  const recall = required.length === 0 ? 1 : found / required.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    predicted: predicted.size,
    correct,
    required: required.length,
    found,
    precision,
    recall,
    f1,
    groups,
    falsePairs: falsePairs.sort((p, q) => p.a.localeCompare(q.a) || p.b.localeCompare(q.b)),
    falseKinds,
    missed,
  };
}

export function scoreAnalysis(input: TruthInput, analysis: Pick<Analysis, 'articles'>): CopyScore {
  return scorePairs(input, predictedPairs(analysis));
}
