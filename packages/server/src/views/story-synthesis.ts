/**
 * A story's synthesis for the story page: the engine's `synthesise` over the stored story (its
 * articles with origin shares, origins and alignments, as storyAnalysis gives them), in the API's
 * terms (`toStorySynthesis`): article ids as the store's integers, origins as origin ids, mentions
 * as { articleId, span }. Results are kept per story version (id and updatedAt) in a small LRU, so
 * a story is synthesised once per change, not per view.
 * A story larger than SYNTHESIS_MAX_ARTICLES, or a synthesis that throws, gives null (logged):
 * the story page never fails because of it.
 * Invariants: every article id in the result is one of the story's articles; the mapping keeps
 * the engine's order of every list; an entity keeps at most SYNTHESIS_MAX_ENTITY_MENTIONS
 * mentions (its `mentionCount` tells how many there are).
 * Cost: synthesise is O(total body characters) per story version; the mapping is linear in the
 * synthesis's size.
 */
import { LruMap, type Mention, type Synthesis, synthesise } from '@storyfold/engine';
import type { StoryAnalysis } from '@storyfold/ingest';
import type { FastifyBaseLogger } from 'fastify';
import type { StorySynthesis, SynthesisMention } from '../api/types.js';

/** Stories with more articles are not synthesised on a page view (the cost grows with the text). */
export const SYNTHESIS_MAX_ARTICLES = 200;

/** Story versions whose synthesis is kept: a reader's recent stories, a few hundred KB at most. */
export const SYNTHESIS_CACHE_SIZE = 256;

/**
 * Mentions kept per entity: enough to step through an entity in a large story, while a story of
 * 200 articles naming its people hundreds of times does not add hundreds of KB to each response.
 */
export const SYNTHESIS_MAX_ENTITY_MENTIONS = 40;

/** The engine's synthesis in the API's terms (store ids as integers). */
export function toStorySynthesis(synthesis: Synthesis): StorySynthesis {
  const ids = (articles: readonly string[]): number[] => articles.map(Number);
  const mention = (m: Mention): SynthesisMention => ({
    articleId: Number(m.article),
    span: [m.span[0], m.span[1]],
  });
  /** Who states a sentence, fact or value: its articles, origins and mentions. */
  const traced = (claim: {
    articles: readonly string[];
    origins: readonly string[];
    mentions: readonly Mention[];
  }): { articles: number[]; origins: string[]; mentions: SynthesisMention[] } => ({
    articles: ids(claim.articles),
    origins: [...claim.origins],
    mentions: claim.mentions.map(mention),
  });
  return {
    headline: synthesis.headline,
    summary: synthesis.summary.text,
    summarySentences: synthesis.summary.sentences.map((sentence) => ({
      text: sentence.text,
      ...traced(sentence),
    })),
    facts: synthesis.facts.map((fact) => ({ text: fact.text, ...traced(fact), support: fact.support })),
    additions: synthesis.additions.map((addition) => ({
      articleId: Number(addition.article),
      passages: addition.passages.map((passage) => ({ ...mention(passage), text: passage.text })),
    })),
    discrepancies: synthesis.discrepancies.map((discrepancy) => ({
      kind: discrepancy.kind,
      subject: discrepancy.subject,
      values: discrepancy.values.map((value) => ({ value: value.value, ...traced(value) })),
    })),
    entities: synthesis.entities.map((entity) => ({
      name: entity.name,
      kind: entity.kind,
      articles: ids(entity.articles),
      mentions: entity.mentions.slice(0, SYNTHESIS_MAX_ENTITY_MENTIONS).map(mention),
      mentionCount: entity.mentions.length,
    })),
    timeline: synthesis.timeline.map((entry) => ({
      at: entry.at,
      kind: entry.kind,
      articleId: Number(entry.article),
      origin: entry.origin,
    })),
  };
}

export class SynthesisCache {
  private readonly entries = new LruMap<string, StorySynthesis | null>(SYNTHESIS_CACHE_SIZE);

  constructor(private readonly log: FastifyBaseLogger) {}

  of(analysis: StoryAnalysis, updatedAt: string): StorySynthesis | null {
    const story = analysis.stories[0];
    if (story === undefined || analysis.articles.length > SYNTHESIS_MAX_ARTICLES) return null;
    const key = `${story.id}\u0000${updatedAt}`;
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached;
    let result: StorySynthesis | null = null;
    try {
      result = toStorySynthesis(
        synthesise({
          story,
          articles: analysis.articles,
          origins: analysis.origins,
          alignments: analysis.alignments,
        }),
      );
    } catch (error) {
      this.log.error({ err: error, story: story.id }, 'story synthesis failed');
    }
    this.entries.set(key, result);
    return result;
  }
}
