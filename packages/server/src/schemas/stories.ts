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

export const SynthesisMentionSchema = Type.Object({ articleId: Type.Integer(), span: SpanSchema });

export const StorySynthesisSchema = Type.Object({
  headline: Nullable(Type.String()),
  summary: Type.String({ description: 'the summary sentences joined by single spaces' }),
  summarySentences: Type.Array(
    Type.Object({
      text: Type.String(),
      articles: Type.Array(Type.Integer()),
      origins: Type.Array(Type.String(), { description: 'origin ids: the independent reports' }),
      mentions: Type.Array(SynthesisMentionSchema),
    }),
  ),
  facts: Type.Array(
    Type.Object({
      text: Type.String(),
      articles: Type.Array(Type.Integer()),
      origins: Type.Array(Type.String()),
      support: Type.Integer({ description: 'independent reports (origins) that state it' }),
      mentions: Type.Array(SynthesisMentionSchema),
    }),
  ),
  additions: Type.Array(
    Type.Object({
      articleId: Type.Integer(),
      passages: Type.Array(Type.Object({ articleId: Type.Integer(), span: SpanSchema, text: Type.String() })),
    }),
  ),
  discrepancies: Type.Array(
    Type.Object({
      kind: Type.Union([
        Type.Literal('number'),
        Type.Literal('date'),
        Type.Literal('time'),
        Type.Literal('name'),
        Type.Literal('title'),
        Type.Literal('place'),
        Type.Literal('quote'),
      ]),
      subject: Type.String(),
      values: Type.Array(
        Type.Object({
          value: Type.String(),
          articles: Type.Array(Type.Integer()),
          origins: Type.Array(Type.String()),
          mentions: Type.Array(SynthesisMentionSchema),
        }),
      ),
    }),
  ),
  entities: Type.Array(
    Type.Object({
      name: Type.String(),
      kind: Type.Union([Type.Literal('person'), Type.Literal('place'), Type.Literal('organisation')]),
      articles: Type.Array(Type.Integer()),
      mentions: Type.Array(SynthesisMentionSchema),
      mentionCount: Type.Integer(),
    }),
  ),
  timeline: Type.Array(
    Type.Object({
      at: Nullable(Type.String()),
      kind: Type.Union([Type.Literal('origin'), Type.Literal('update')]),
      articleId: Type.Integer(),
      origin: Nullable(Type.String()),
    }),
  ),
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
