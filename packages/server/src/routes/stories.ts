/**
 * GET /api/stories: the stories, ranked (independent reports and recency, the store's storyRank),
 * paged and filtered by time, source, feed folder and full-text query.
 * GET /api/stories/:id: one story with its origins, its articles in publication order (body,
 * boilerplate removed, origin shares, what each adds), the alignments among them, and, with
 * ?synthesis=true, its synthesis (summary, facts with support, additions, discrepancies, entities,
 * timeline, see story-synthesis.ts; off by default: it costs ~35 ms for the five seeds, too much
 * for every page view under load; kept per story version once computed).
 */
import { storyAnalysis } from '@storyfold/ingest';
import type { StoryFilter } from '@storyfold/store';
import type { Span, StoryArticle, StoryDetail } from '../api/types.js';
import type { App } from '../app.js';
import { notFound } from '../errors.js';
import { errors } from '../schemas/common.js';
import {
  StoriesQuerySchema,
  StoryDetailSchema,
  StoryListSchema,
  StoryParams,
  StoryQuerySchema,
} from '../schemas/stories.js';
import type { ServerContext } from '../server-context.js';
import { addedSpans } from '../views/added-spans.js';
import { articleHead } from '../views/article-view.js';
import { storySummaries } from '../views/story-summary.js';
import { SynthesisCache } from '../views/story-synthesis.js';

export function storiesRoutes(app: App, ctx: ServerContext): void {
  const syntheses = new SynthesisCache(ctx.log);
  app.get(
    '/api/stories',
    {
      schema: {
        tags: ['stories'],
        summary: 'The stories, ranked by independent reports and recency',
        querystring: StoriesQuerySchema,
        response: { 200: StoryListSchema, ...errors(400) },
      },
    },
    async (request, reply) => {
      await ctx.responses.send(reply, request.url, async () => {
        const { limit = 50, offset = 0, since, until, source, folder, q } = request.query;
        const filter: StoryFilter = { since, until, sourceId: source, folder, text: q };
        const [stories, total, sourceRef] = await Promise.all([
          ctx.store.listStories({ limit, offset }, filter),
          ctx.store.countStories(filter),
          ctx.sources.refs(),
        ]);
        return { stories: await storySummaries(ctx.store, stories, sourceRef), total, limit, offset };
      });
      return reply;
    },
  );

  app.get(
    '/api/stories/:id',
    {
      schema: {
        tags: ['stories'],
        summary: 'One story: origins, articles with their shares and additions, alignments',
        params: StoryParams,
        querystring: StoryQuerySchema,
        response: { 200: StoryDetailSchema, ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const found = await ctx.responses.send(reply, request.url, () =>
        storyDetail(ctx, request.query.synthesis ? syntheses : undefined, request.params.id),
      );
      if (!found) throw notFound(`story "${request.params.id}"`);
      return reply;
    },
  );
}

async function storyDetail(
  ctx: ServerContext,
  syntheses: SynthesisCache | undefined,
  id: string,
): Promise<StoryDetail | undefined> {
  const record = await ctx.store.getStory(id);
  const analysis = record && (await storyAnalysis(ctx.store, record));
  if (record === undefined || analysis === undefined) return undefined;
  const [heads, sourceRef] = await Promise.all([
    ctx.store.getArticleHeads(record.articleIds),
    ctx.sources.refs(),
  ]);
  const headOf = new Map(heads.map((head) => [head.id, head]));
  const [summary] = await storySummaries(ctx.store, [record], sourceRef);
  const covered = new Map<number, Span[]>();
  const cover = (article: number, span: Span): void => {
    const spans = covered.get(article);
    if (spans) spans.push(span);
    else covered.set(article, [span]);
  };
  const alignments = analysis.alignments.map((alignment) => {
    const a = Number(alignment.articles[0]);
    const b = Number(alignment.articles[1]);
    for (const passage of alignment.passages) {
      cover(a, passage.a);
      cover(b, passage.b);
    }
    return { articles: [a, b] as [number, number], passages: alignment.passages };
  });
  const articles: StoryArticle[] = [];
  for (const article of inPublicationOrder(analysis.articles)) {
    const articleId = Number(article.id);
    const head = headOf.get(articleId);
    if (head === undefined) continue;
    articles.push({
      ...articleHead(head, sourceRef),
      body: article.body,
      boilerplate: article.boilerplate,
      origins: article.origins,
      added: addedSpans(article.body.join('\n'), covered.get(articleId) ?? []),
    });
  }
  return {
    story: summary!,
    origins: analysis.origins.map((origin) => ({
      id: origin.id,
      label: origin.label,
      articles: origin.articles
        .map((article) => {
          const articleId = Number(article);
          const share = analysis.articles
            .find((a) => a.id === article)
            ?.origins.find((o) => o.origin === origin.id);
          return { articleId, share: share?.share ?? 0 };
        })
        .sort((x, y) => y.share - x.share),
    })),
    articles,
    alignments,
    synthesis: syntheses?.of(analysis, record.updatedAt) ?? null,
  };
}

/** Dated articles by time (earliest first), then the undated ones in the story's order. */
function inPublicationOrder<T extends { published: string | null }>(articles: readonly T[]): T[] {
  const time = (article: T): number =>
    article.published === null ? Number.NaN : Date.parse(article.published);
  return articles
    .map((article, i) => ({ article, i, t: time(article) }))
    .sort((x, y) => {
      const xd = Number.isFinite(x.t);
      const yd = Number.isFinite(y.t);
      if (xd && yd && x.t !== y.t) return x.t - y.t;
      if (xd !== yd) return xd ? -1 : 1;
      return x.i - y.i;
    })
    .map((entry) => entry.article);
}
