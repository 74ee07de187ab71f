/**
 * TypeBox schemas of the shapes every area shares (the error, spans, passages, article heads).
 * They describe exactly the types of `api/types.ts`; `contract-check.ts` proves it at compile time.
 */
import { type TSchema, Type } from 'typebox';
import type { Span as SpanType } from '../api/types.js';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ApiErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.String({ description: 'Stable machine-readable code, e.g. "not_found".' }),
    message: Type.String({ description: 'What went wrong, in words a user understands.' }),
  }),
});

/** [start, end) character offsets into an article's body text (paragraphs joined by "\n"). */
export const SpanSchema = Type.Unsafe<SpanType>({
  type: 'array',
  items: { type: 'integer' },
  minItems: 2,
  maxItems: 2,
  description: '[start, end) character offsets into the body text (paragraphs joined by "\\n")',
});

export const PassageSchema = Type.Object({
  a: SpanSchema,
  b: SpanSchema,
  kind: Type.Union([Type.Literal('verbatim'), Type.Literal('edited'), Type.Literal('translated')]),
  similarity: Type.Number(),
});

export const BoilerplateSchema = Type.Object({ text: Type.String(), reason: Type.String() });

export const SourceRefSchema = Type.Object({ id: Type.Integer(), name: Type.String() });

export const ArticleHeadProperties = {
  id: Type.Integer(),
  key: Type.String({ description: 'GUID, URL or file name' }),
  title: Nullable(Type.String()),
  byline: Nullable(Type.String()),
  credit: Nullable(Type.String()),
  published: Nullable(Type.String()),
  dateline: Nullable(Type.String()),
  url: Nullable(Type.String()),
  source: Nullable(SourceRefSchema),
  feedId: Nullable(Type.Integer()),
  storyId: Nullable(Type.String()),
  fetchedAt: Type.String(),
};

export const ArticleHeadSchema = Type.Object(ArticleHeadProperties);

export const ArticleWithBodySchema = Type.Object({
  ...ArticleHeadProperties,
  body: Type.Array(Type.String()),
  boilerplate: Type.Array(BoilerplateSchema),
});

/** The error answers a route may give, for its `response` schema. */
export function errors(...statuses: number[]): Record<number, typeof ApiErrorSchema> {
  return Object.fromEntries(statuses.map((status) => [status, ApiErrorSchema]));
}

/** `limit` (1..200) and `offset` query parameters of every list. */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, description: '1..200' })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
};

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
