export {
  Aggregator,
  type AggregatorOptions,
  engineArticle,
  type IncomingArticle,
  type IngestSummary,
} from './aggregator.js';
export { type ImportFilesOptions, type ImportSummary, importFiles } from './import-files.js';
export { type ReprocessOptions, type ReprocessSummary, reprocess } from './reprocess.js';
export { type StoredArticle, type StoryAnalysis, storyAnalysis } from './story-analysis.js';
