/**
 * Compile-time proof that the schemas (and so /api/openapi.json and the validation) describe
 * exactly the contract in `api/types.ts`: each pair must be assignable both ways, or tsc fails.
 */
import type { Static } from 'typebox';
import type * as Api from '../api/types.js';
import type * as Articles from './articles.js';
import type * as Common from './common.js';
import type * as Feeds from './feeds.js';
import type * as Status from './status.js';
import type * as Stories from './stories.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<T extends true> = T;

export type ContractChecks = [
  Check<Same<Static<typeof Common.ApiErrorSchema>, Api.ApiError>>,
  Check<Same<Static<typeof Common.PassageSchema>, Api.Passage>>,
  Check<Same<Static<typeof Common.ArticleHeadSchema>, Api.ArticleHead>>,
  Check<Same<Static<typeof Stories.StoriesQuerySchema>, Api.StoriesQuery>>,
  Check<Same<Static<typeof Stories.StoryListSchema>, Api.StoryList>>,
  Check<Same<Static<typeof Stories.StoryDetailSchema>, Api.StoryDetail>>,
  Check<Same<Static<typeof Stories.StoryQuerySchema>, Api.StoryQuery>>,
  Check<Same<Static<typeof Stories.StorySynthesisSchema>, Api.StorySynthesis>>,
  Check<Same<Static<typeof Articles.ArticleDetailSchema>, Api.ArticleDetail>>,
  Check<Same<Static<typeof Articles.ArticleOriginalSchema>, Api.ArticleOriginal>>,
  Check<Same<Static<typeof Articles.ComparisonSchema>, Api.Comparison>>,
  Check<Same<Static<typeof Articles.SearchResultsSchema>, Api.SearchResults>>,
  Check<Same<Static<typeof Feeds.SourceListSchema>, Api.SourceList>>,
  Check<Same<Static<typeof Feeds.FeedListSchema>, Api.FeedList>>,
  Check<Same<Static<typeof Feeds.FeedAddRequestSchema>, Api.FeedAddRequest>>,
  Check<Same<Static<typeof Feeds.FeedAddResponseSchema>, Api.FeedAddResponse>>,
  Check<Same<Static<typeof Feeds.FeedUpdateRequestSchema>, Api.FeedUpdateRequest>>,
  Check<Same<Static<typeof Feeds.OpmlImportResultSchema>, Api.OpmlImportResult>>,
  Check<Same<Static<typeof Status.RefreshStartedSchema>, Api.RefreshStarted>>,
  Check<Same<Static<typeof Status.StatusSchema>, Api.Status>>,
  Check<Same<Static<typeof Status.DemoImportResultSchema>, Api.DemoImportResult>>,
];
