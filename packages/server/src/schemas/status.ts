/** TypeBox schemas of refresh, status and demo. */
import { Type } from 'typebox';
import { Nullable } from './common.js';

export const RefreshRequestSchema = Type.Union([
  Type.Object({ all: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
  Type.Null(),
]);

export const RefreshStartedSchema = Type.Object({ started: Type.Boolean(), running: Type.Boolean() });

export const StatusSchema = Type.Object({
  version: Type.String(),
  articles: Type.Integer(),
  stories: Type.Integer(),
  feeds: Type.Integer(),
  refreshing: Type.Boolean(),
  lastRefreshAt: Nullable(Type.String()),
  empty: Type.Boolean(),
});

export const DemoImportResultSchema = Type.Object({ articles: Type.Integer(), stories: Type.Integer() });
