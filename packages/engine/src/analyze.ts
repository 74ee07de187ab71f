/**
 * The analysis pipeline: clean → fingerprint → match → align → fold (origins, stories).
 *
 * Articles are folded one at a time in publication order (input order when unknown), as they
 * would arrive in a running aggregator: each is cleaned, fingerprinted, matched against the LSH
 * index of earlier articles, aligned with its candidates, added to the story index (joining the
 * story of an article it copies), and then aligned with earlier members of its story that LSH
 * did not propose (translated and heavily edited copies). Origins are grouped from all
 * alignments at the end. Page furniture is learnt from the whole batch first, per source.
 * Invariants: deterministic; every article is in exactly one story; every story's origins are
 * the origins of its articles; output articles keep the input order.
 * Cost: O(n) cleaning and fingerprinting; alignment O(n · (candidates + storyAlignLimit)).
 */
import { type AlignText, align, prepareAlignment } from './align/index.js';
import type { Alignment, Analysis, Passage, Story } from './analysis.js';
import { type Article, bodyText, type RawArticle } from './article.js';
import { clean, creditLabel, creditMentions, Furniture } from './clean/index.js';
import { ANALYZE_DEFAULTS, type AnalyzeOptions } from './defaults.js';
import { signature } from './fingerprint/index.js';
import { LshIndex } from './match/index.js';
import { groupOrigins, isCopyLink, spansLength, unionSpans } from './origins/index.js';
import { StoryIndex } from './stories/index.js';

export function analyze(raws: readonly RawArticle[], options: Partial<AnalyzeOptions> = {}): Analysis {
  const opts = { ...ANALYZE_DEFAULTS, ...options };
  const furniture = new Furniture();
  for (const raw of raws) furniture.observe(raw);
  const articles = raws.map((raw) => clean(raw, { furniture }));
  const texts = articles.map((article) => prepareAlignment(article.body));
  const lengths = articles.map((article) => bodyText(article).length);

  const lsh = new LshIndex();
  const stories = new StoryIndex();
  const alignments: Alignment[] = [];
  const aligned = new Set<string>();
  const tryAlign = (i: number, j: number): Passage[] | undefined => {
    const key = i < j ? `${i}:${j}` : `${j}:${i}`;
    if (aligned.has(key)) return undefined;
    aligned.add(key);
    const passages = align(texts[j]!, texts[i]!);
    if (covered(passages, 'a') < opts.minAlignmentChars || covered(passages, 'b') < opts.minAlignmentChars) {
      return undefined;
    }
    alignments.push({ articles: [articles[j]!.id, articles[i]!.id], passages });
    return passages;
  };

  const order = publicationOrder(articles);
  const index = new Map(articles.map((article, i) => [article.id, i]));
  order.forEach((i, done) => {
    const sig = signature(bodyText(articles[i]!));
    const links: string[] = [];
    for (const j of lsh.query(sig)) {
      const passages = tryAlign(i, j);
      if (passages && isCopyLink(covered(passages, 'a'), lengths[j]!, covered(passages, 'b'), lengths[i]!)) {
        links.push(articles[j]!.id);
      }
    }
    lsh.insert(i, sig);
    const story = stories.add(articles[i]!, { links });
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
    articles.map((article, i) => ({
      id: article.id,
      length: lengths[i]!,
      credit: article.credit === null ? null : (creditLabel(article.credit) ?? article.credit),
      mentions: creditMentions(article.body),
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

export type { AlignText };

function covered(passages: readonly Passage[], side: 'a' | 'b'): number {
  return spansLength(unionSpans(passages.map((passage) => passage[side])));
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
