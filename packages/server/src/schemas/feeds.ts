/** TypeBox schemas of the sources and feeds endpoints. */
import { Type } from 'typebox';
import { Nullable, SourceRefSchema } from './common.js';

export const SourceViewSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  host: Nullable(Type.String()),
  articleCount: Type.Integer(),
  fetchPages: Type.Boolean(),
  contentSelector: Nullable(Type.String()),
});

export const SourceListSchema = Type.Object({ sources: Type.Array(SourceViewSchema) });

export const FeedViewSchema = Type.Object({
  id: Type.Integer(),
  url: Type.String(),
  title: Nullable(Type.String()),
  siteUrl: Nullable(Type.String()),
  folder: Nullable(Type.String()),
  source: Nullable(SourceRefSchema),
  addedAt: Type.String(),
  status: Type.Union([Type.Literal('new'), Type.Literal('ok'), Type.Literal('failing')]),
  lastStatus: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  lastPolledAt: Nullable(Type.String()),
  nextPollAt: Type.String(),
  consecutiveFailures: Type.Integer(),
  intervalSeconds: Type.Integer(),
});

export const FeedListSchema = Type.Object({
  feeds: Type.Array(FeedViewSchema),
  folders: Type.Array(Type.String()),
});

/** A folder path such as "News / World" (OPML's separator); empty or null means none. */
const Folder = Nullable(Type.String({ maxLength: 500 }));

export const FeedAddRequestSchema = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: 2048, description: 'a feed URL or a site URL' }),
    folder: Type.Optional(Folder),
  },
  { additionalProperties: false },
);

export const FeedAddResponseSchema = Type.Object({ feed: FeedViewSchema, created: Type.Boolean() });

export const FeedUpdateRequestSchema = Type.Object(
  { folder: Type.Optional(Folder), title: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) },
  { additionalProperties: false },
);

export const OpmlImportResultSchema = Type.Object({
  added: Type.Integer(),
  existing: Type.Integer(),
  failed: Type.Array(Type.Object({ url: Type.String(), error: Type.String() })),
});
