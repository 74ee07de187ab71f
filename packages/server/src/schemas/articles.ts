/** TypeBox schemas of the article, original, comparison and search endpoints. */
import { Type } from 'typebox';
import {
  ArticleHeadSchema,
  ArticleWithBodySchema,
  Nullable,
  PageQuery,
  PassageSchema,
  SpanSchema,
} from './common.js';

export const ArticleDetailSchema = Type.Object({ article: ArticleWithBodySchema });

export const OriginalQuerySchema = Type.Object(
  { images: Type.Optional(Type.Boolean({ default: false, description: 'keep remote images' })) },
  { additionalProperties: false },
);

export const ArticleOriginalSchema = Type.Object({
  articleId: Type.Integer(),
  kind: Type.Union([Type.Literal('page'), Type.Literal('feed'), Type.Literal('file')]),
  url: Type.String(),
  contentType: Nullable(Type.String()),
  fetchedAt: Type.String(),
  html: Nullable(Type.String()),
  text: Nullable(Type.String()),
});

export const CompareQuerySchema = Type.Object(
  { a: Type.Integer({ minimum: 1 }), b: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);

export const ComparisonSchema = Type.Object({
  a: ArticleWithBodySchema,
  b: ArticleWithBodySchema,
  passages: Type.Array(PassageSchema),
  addedA: Type.Array(SpanSchema),
  addedB: Type.Array(SpanSchema),
});

export const SearchQuerySchema = Type.Object(
  { q: Type.String({ maxLength: 500 }), ...PageQuery },
  { additionalProperties: false },
);

export const SearchResultsSchema = Type.Object({
  query: Type.String(),
  hits: Type.Array(Type.Object({ article: ArticleHeadSchema, snippet: Type.String() })),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
