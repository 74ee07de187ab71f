export {
  Aggregator,
  type AggregatorOptions,
  engineArticle,
  type IncomingArticle,
  type IngestSummary,
} from './aggregator.js';
export { type ReprocessOptions, type ReprocessSummary, reprocess } from './reprocess.js';
export { type StoredArticle, type StoryAnalysis, storyAnalysis } from './story-analysis.js';
