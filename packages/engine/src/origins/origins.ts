/**
 * Origins: groups articles into original reports from their passage alignments.
 *
 * An origin is one original report together with every article that reproduces any of its text.
 * Two articles are linked when their alignments make a copy link (copy-link.ts: shared runs
 * covering a real share of either body, or translated passages covering most of both). Links are
 * transitive (a copy of a copy shares the origin), except through a mixed article. An article's
 * linked neighbours, near duplicates of it left out (they copy it whole and would cover every
 * part of it), fall into groups: neighbours linked to each other, or covering much the same part
 * of it, are one group (one source text). The article is mixed when two or more groups each
 * cover minMixShare of it and at least one of them holds text it lacks (is not contained in it):
 * 004 takes paragraphs from Reuters and from AP, and the Reuters copies hold text 004 lacks. A
 * mixed article joins the origin of each group, and does not merge them. An article that is a
 * fuller version of its neighbours (an original whose copies kept different parts) contains
 * every group and is not mixed, so partial copies of one report stay one origin; a mix that
 * keeps almost all of both reports looks the same, and merges them (a known limit).
 * Reference: text-reuse lineage by connected components over alignment graphs (as in passim,
 * Smith et al. 2015), with mixed-document splitting added here.
 * Invariants: every article belongs to at least one origin; an article with no links is an
 * origin of its own (an independent report); ids are numbered in input order (o1, o2, …), so the
 * same input gives the same ids.
 * Cost: O(L · d²) for L links and neighbourhood size d (small), plus span unions.
 */
import type { Alignment, Origin, OriginShare } from '../analysis.js';
import { UnionFind } from '../union-find.js';
import { isLinkedCoverage, isRunPassage, type LinkCoverage } from './copy-link.js';
import { ORIGIN_DEFAULTS, type OriginOptions } from './defaults.js';
import { overlapLength, type Span, spansLength, unionSpans } from './spans.js';

export interface OriginArticle {
  id: string;
  /** Length in characters of the body text (paragraphs joined by "\n"). */
  length: number;
  /** The agency or outlet the article credits (canonical label), or null. */
  credit: string | null;
  /** Agencies the body names as its source ("Reuters reported that…"), canonical labels. */
  mentions: readonly string[];
}

export interface OriginGrouping {
  origins: Origin[];
  /** For each article id, its origins with shares, largest share first. */
  shares: Map<string, OriginShare[]>;
}

/** Weight of a body mention against an explicit credit when voting an origin's label. */
const MENTION_WEIGHT = 0.5;

export function groupOrigins(
  articles: readonly OriginArticle[],
  alignments: readonly Alignment[],
  options: Partial<OriginOptions> = {},
): OriginGrouping {
  const opts = { ...ORIGIN_DEFAULTS, ...options };
  const index = new Map(articles.map((article, i) => [article.id, i]));
  const n = articles.length;
  // coverage[i].get(j): the spans of article i's body aligned with article j; runs[i].get(j): the
  // part of them found by shared runs (isRunPassage: verbatim and closely edited passages).
  const coverage = Array.from({ length: n }, () => new Map<number, Span[]>());
  const runs = Array.from({ length: n }, () => new Map<number, Span[]>());
  const add = (into: Map<number, Span[]>[], i: number, j: number, spans: readonly Span[]): void => {
    into[i]!.set(j, unionSpans([...(into[i]!.get(j) ?? []), ...spans]));
  };
  for (const alignment of alignments) {
    const i = index.get(alignment.articles[0]);
    const j = index.get(alignment.articles[1]);
    if (i === undefined || j === undefined || i === j) continue;
    const found = alignment.passages.filter((p) => isRunPassage(p, opts.minRunSimilarity));
    add(
      coverage,
      i,
      j,
      alignment.passages.map((p) => p.a),
    );
    add(
      coverage,
      j,
      i,
      alignment.passages.map((p) => p.b),
    );
    add(
      runs,
      i,
      j,
      found.map((p) => p.a),
    );
    add(
      runs,
      j,
      i,
      found.map((p) => p.b),
    );
  }
  const covered = (i: number, j: number): number => spansLength(coverage[i]!.get(j) ?? []);
  const share = (i: number, j: number): number => covered(i, j) / Math.max(1, articles[i]!.length);
  const linkCoverage = (i: number, j: number): LinkCoverage => ({
    all: covered(i, j),
    runs: spansLength(runs[i]!.get(j) ?? []),
  });
  const linked = (i: number, j: number): boolean =>
    isLinkedCoverage(linkCoverage(i, j), articles[i]!.length, linkCoverage(j, i), articles[j]!.length, opts);

  const neighbours = Array.from({ length: n }, (_, i) =>
    [...coverage[i]!.keys()].filter((j) => linked(i, j)),
  );
  // A near duplicate of an article (each covers most of the other) is a copy of the article as a
  // whole, not one of its sources: it would cover every part of a mixed article and glue its
  // sources into one group.
  const duplicate = (i: number, j: number): boolean =>
    share(i, j) >= opts.containedShare && share(j, i) >= opts.containedShare;
  const groups = neighbours.map((around, i) =>
    groupNeighbours(
      around.filter((j) => !duplicate(i, j)),
      coverage[i]!,
      linked,
      opts,
    ),
  );
  const mixed = groups.map((around, i) => {
    const sources = around.filter(
      (group) =>
        spansLength(unionSpans(group.flatMap((j) => coverage[i]!.get(j) ?? []))) /
          Math.max(1, articles[i]!.length) >=
        opts.minMixShare,
    );
    return (
      sources.length >= 2 && !sources.every((group) => group.every((j) => share(j, i) >= opts.containedShare))
    );
  });

  const components = new UnionFind(n);
  for (let i = 0; i < n; i++) {
    if (mixed[i]) continue;
    for (const j of neighbours[i]!) if (!mixed[j]) components.union(i, j);
  }
  // Members of each origin, keyed by the component root of its non-mixed articles.
  const members = new Map<number, Set<number>>();
  const join = (root: number, i: number): void => {
    const set = members.get(root) ?? new Set<number>();
    set.add(i);
    members.set(root, set);
  };
  for (let i = 0; i < n; i++) {
    if (!mixed[i]) {
      join(components.find(i), i);
      continue;
    }
    const roots = new Set<number>();
    for (const group of groups[i]!) {
      const pure = group.find((j) => !mixed[j]);
      if (pure !== undefined) roots.add(components.find(pure));
    }
    if (roots.size === 0) roots.add(components.find(i));
    for (const root of roots) join(root, i);
  }

  const ordered = [...members.values()]
    .map((set) => [...set].sort((x, y) => x - y))
    .sort((x, y) => x[0]! - y[0]!);
  const origins: Origin[] = [];
  const shares = new Map<string, OriginShare[]>(articles.map((article) => [article.id, []]));
  ordered.forEach((group, k) => {
    const id = `o${k + 1}`;
    const votes = new Map<string, number>();
    for (const i of group) {
      const spans = group.filter((j) => j !== i).flatMap((j) => coverage[i]!.get(j) ?? []);
      const value =
        group.length === 1 ? 1 : spansLength(unionSpans(spans)) / Math.max(1, articles[i]!.length);
      shares.get(articles[i]!.id)!.push({ origin: id, share: round(Math.min(1, value)) });
      if (mixed[i]) continue; // a mixed article's own credit cannot say which of its origins it names
      const { credit, mentions } = articles[i]!;
      if (credit) votes.set(credit, (votes.get(credit) ?? 0) + 1);
      for (const mention of new Set(mentions)) votes.set(mention, (votes.get(mention) ?? 0) + MENTION_WEIGHT);
    }
    origins.push({
      id,
      label: electLabel(votes, opts.minLabelVote),
      articles: group.map((i) => articles[i]!.id),
    });
  });
  for (const list of shares.values()) list.sort((x, y) => y.share - x.share);
  return { origins, shares };
}

/**
 * Splits an article's linked neighbours into groups: two neighbours are one group when they are
 * linked to each other or their coverages of the article overlap by minGroupOverlap of the larger.
 */
function groupNeighbours(
  around: readonly number[],
  coverage: Map<number, Span[]>,
  linked: (x: number, y: number) => boolean,
  opts: OriginOptions,
): number[][] {
  const local = new UnionFind(around.length);
  for (let x = 0; x < around.length; x++) {
    for (let y = x + 1; y < around.length; y++) {
      const cx = coverage.get(around[x]!) ?? [];
      const cy = coverage.get(around[y]!) ?? [];
      const larger = Math.max(spansLength(cx), spansLength(cy));
      if (linked(around[x]!, around[y]!) || overlapLength(cx, cy) >= opts.minGroupOverlap * larger) {
        local.union(x, y);
      }
    }
  }
  const byRoot = new Map<number, number[]>();
  around.forEach((j, x) => {
    const root = local.find(x);
    byRoot.set(root, [...(byRoot.get(root) ?? []), j]);
  });
  return [...byRoot.values()];
}

function electLabel(votes: Map<string, number>, minVote: number): string | null {
  let total = 0;
  let best: [string, number] | undefined;
  for (const [label, count] of votes) {
    total += count;
    if (!best || count > best[1] || (count === best[1] && label < best[0])) best = [label, count];
  }
  return best && best[1] >= minVote * total ? best[0] : null;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
