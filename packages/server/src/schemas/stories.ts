/** TypeBox schemas of GET /api/stories and GET /api/stories/:id (see `StoryList`, `StoryDetail`). */
import { Type } from 'typebox';
import {
  ArticleHeadProperties,
  BoilerplateSchema,
  Nullable,
  PageQuery,
  PassageSchema,
  SourceRefSchema,
  SpanSchema,
} from './common.js';

export const StoriesQuerySchema = Type.Object(
  {
    ...PageQuery,
    since: Type.Optional(Type.String({ format: 'date-time', description: 'ISO date-time' })),
    until: Type.Optional(Type.String({ format: 'date-time', description: 'ISO date-time' })),
    source: Type.Optional(Type.Integer({ minimum: 1, description: 'source id' })),
    folder: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    q: Type.Optional(Type.String({ maxLength: 500, description: 'full-text query' })),
  },
  { additionalProperties: false },
);

export const StorySummarySchema = Type.Object({
  id: Type.String(),
  headline: Nullable(Type.String()),
  gist: Nullable(Type.String()),
  articleCount: Type.Integer(),
  independentReports: Type.Integer(),
  sources: Type.Array(SourceRefSchema),
  firstPublished: Nullable(Type.String()),
  lastPublished: Nullable(Type.String()),
  updatedAt: Type.String(),
});

export const StoryListSchema = Type.Object({
  stories: Type.Array(StorySummarySchema),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

export const StoryArticleSchema = Type.Object({
  ...ArticleHeadProperties,
  body: Type.Array(Type.String()),
  boilerplate: Type.Array(BoilerplateSchema),
  origins: Type.Array(Type.Object({ origin: Type.String(), share: Type.Number() })),
  added: Type.Array(SpanSchema),
});

export const StoryOriginSchema = Type.Object({
  id: Type.String(),
  label: Nullable(Type.String()),
  articles: Type.Array(Type.Object({ articleId: Type.Integer(), share: Type.Number() })),
});

export const StoryAlignmentSchema = Type.Object({
  articles: Type.Unsafe<[number, number]>({
    type: 'array',
    items: { type: 'integer' },
    minItems: 2,
    maxItems: 2,
  }),
  passages: Type.Array(PassageSchema),
});

export const StorySynthesisSchema = Type.Object({
  summary: Type.String(),
  facts: Type.Array(Type.Object({ text: Type.String(), articles: Type.Array(Type.Integer()) })),
});

export const StoryDetailSchema = Type.Object({
  story: StorySummarySchema,
  origins: Type.Array(StoryOriginSchema),
  articles: Type.Array(StoryArticleSchema),
  alignments: Type.Array(StoryAlignmentSchema),
  synthesis: Nullable(StorySynthesisSchema),
});

export const StoryQuerySchema = Type.Object(
  { synthesis: Type.Optional(Type.Boolean({ default: false, description: 'also synthesise the story' })) },
  { additionalProperties: false },
);

export const StoryParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
