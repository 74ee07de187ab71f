/**
 * A story's synthesis for the story page: the engine's `synthesise` over the stored story (its
 * articles with origin shares, origins and alignments, as storyAnalysis gives them), reduced to the
 * contract's summary and facts (article ids as numbers). Results are kept per story version (id
 * and updatedAt) in a small LRU, so a story is synthesised once per change, not per view.
 * A story larger than SYNTHESIS_MAX_ARTICLES, or a synthesis that throws, gives null (logged):
 * the story page never fails because of it.
 * Cost: synthesise is O(total body characters) per story version.
 */
import { synthesise } from '@storyfold/engine';
import type { StoryAnalysis } from '@storyfold/ingest';
import type { FastifyBaseLogger } from 'fastify';
import type { StorySynthesis } from '../api/types.js';

/** Stories with more articles are not synthesised on a page view (the cost grows with the text). */
export const SYNTHESIS_MAX_ARTICLES = 200;

/** Story versions whose synthesis is kept: a reader's recent stories, a few hundred KB at most. */
export const SYNTHESIS_CACHE_SIZE = 256;

export class SynthesisCache {
  private readonly entries = new Map<string, StorySynthesis | null>();

  constructor(private readonly log: FastifyBaseLogger) {}

  of(analysis: StoryAnalysis, updatedAt: string): StorySynthesis | null {
    const story = analysis.stories[0];
    if (story === undefined || analysis.articles.length > SYNTHESIS_MAX_ARTICLES) return null;
    const key = `${story.id}\u0000${updatedAt}`;
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    let result: StorySynthesis | null = null;
    try {
      const synthesis = synthesise({
        story,
        articles: analysis.articles,
        origins: analysis.origins,
        alignments: analysis.alignments,
      });
      result = {
        summary: synthesis.summary.text,
        facts: synthesis.facts.map((fact) => ({ text: fact.text, articles: fact.articles.map(Number) })),
      };
    } catch (error) {
      this.log.error({ err: error, story: story.id }, 'story synthesis failed');
    }
    this.entries.set(key, result);
    if (this.entries.size > SYNTHESIS_CACHE_SIZE) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return result;
  }
}
