/**
 * Fold: prepared articles → stories, origins and alignments.
 *
 * Articles are folded one at a time in publication order (input order when unknown), as they
 * would arrive in a running aggregator: each is matched against the LSH index of earlier
 * articles, aligned with its candidates, added to the story index (joining the story of an
 * article it copies), and then aligned with earlier members of its story that LSH did not
 * propose (translated and heavily edited copies). Origins are grouped from all alignments at the
 * end.
 * Invariants: deterministic; every article is in exactly one story; every story's origins are
 * the origins of its articles; output articles keep the input order.
 * Cost: alignment O(n · (candidates + storyAlignLimit)); LSH and story index near-constant per
 * article.
 */
import { align } from './align/index.js';
import type { Alignment, Analysis, Story } from './analysis.js';
import type { Article } from './article.js';
import { ANALYZE_DEFAULTS, type AnalyzeOptions } from './defaults.js';
import { LshIndex } from './match/index.js';
import { groupOrigins, isLinkedCoverage, type LinkCoverage, linkCoverage } from './origins/index.js';
import type { PreparedArticle } from './prepare.js';
import { StoryIndex } from './stories/index.js';

export function fold(prepared: readonly PreparedArticle[], options: Partial<AnalyzeOptions> = {}): Analysis {
  const opts = { ...ANALYZE_DEFAULTS, ...options };
  const articles = prepared.map((item) => item.article);
  const lsh = new LshIndex({ capacity: prepared.length });
  const stories = new StoryIndex();
  const alignments: Alignment[] = [];
  const aligned = new Set<number>();
  /** Aligns j (earlier) with i once; what the passages cover of j and of i, when reported. */
  const tryAlign = (i: number, j: number): [LinkCoverage, LinkCoverage] | undefined => {
    const key = i < j ? i * prepared.length + j : j * prepared.length + i;
    if (aligned.has(key)) return undefined;
    aligned.add(key);
    const passages = align(prepared[j]!.text, prepared[i]!.text);
    const onJ = linkCoverage(passages, 'a');
    const onI = linkCoverage(passages, 'b');
    if (onJ.all < opts.minAlignmentChars || onI.all < opts.minAlignmentChars) return undefined;
    alignments.push({ articles: [articles[j]!.id, articles[i]!.id], passages });
    return [onJ, onI];
  };

  const index = new Map(articles.map((article, i) => [article.id, i]));
  publicationOrder(articles).forEach((i, done) => {
    const { signature, length, features } = prepared[i]!;
    const links: string[] = [];
    for (const j of lsh.query(signature)) {
      const coverage = tryAlign(i, j);
      if (coverage && isLinkedCoverage(coverage[0], prepared[j]!.length, coverage[1], length)) {
        links.push(articles[j]!.id);
      }
    }
    lsh.insert(i, signature);
    const story = stories.add(articles[i]!, { links, features });
    const members = stories.membersOf(story);
    let budget = opts.storyAlignLimit;
    for (let k = members.length - 1; k >= 0 && budget > 0; k--) {
      const j = index.get(members[k]!);
      if (j === undefined || j === i) continue;
      budget--;
      tryAlign(i, j);
    }
    opts.onProgress?.(done + 1, articles.length);
  });

  const { origins, shares } = groupOrigins(
    prepared.map((item) => ({
      id: item.article.id,
      length: item.length,
      credit: item.credit,
      mentions: item.mentions,
    })),
    alignments,
  );
  const originsOf = (id: string): string[] => (shares.get(id) ?? []).map((item) => item.origin);
  const foldedStories: Story[] = stories.stories().map((story) => {
    const storyOrigins = [...new Set(story.articles.flatMap(originsOf))].sort(byNumber);
    return {
      id: story.id,
      headline: headline(story.articles.map((id) => articles[index.get(id)!]!)),
      articles: story.articles,
      origins: storyOrigins,
      independentReports: storyOrigins.length,
    };
  });
  return {
    articles: articles.map((article) => ({ ...article, origins: shares.get(article.id) ?? [] })),
    origins,
    stories: foldedStories,
    alignments,
  };
}

/** Article indices by publication time; articles without a time keep their input position. */
function publicationOrder(articles: readonly Article[]): number[] {
  const times = articles.map((article) => (article.published ? Date.parse(article.published) : Number.NaN));
  const indices = articles.map((_, i) => i);
  if (times.every(Number.isNaN)) return indices;
  return indices.sort((x, y) => {
    const tx = times[x]!;
    const ty = times[y]!;
    if (Number.isNaN(tx) || Number.isNaN(ty) || tx === ty) return x - y;
    return tx - ty;
  });
}

/** The title whose words the story's other titles share most (ties: the earliest). */
function headline(members: readonly Article[]): string | null {
  const titles = members.map((article) => article.title).filter((title): title is string => Boolean(title));
  const words = titles.map((title) => new Set(title.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
  let best: string | null = null;
  let bestScore = -1;
  titles.forEach((title, i) => {
    let score = 0;
    words.forEach((other, j) => {
      if (i !== j) for (const word of words[i]!) if (other.has(word)) score++;
    });
    const normalised = score / Math.max(1, words[i]!.size);
    if (normalised > bestScore) {
      bestScore = normalised;
      best = title;
    }
  });
  return best;
}

function byNumber(x: string, y: string): number {
  return Number(x.slice(1)) - Number(y.slice(1));
}
