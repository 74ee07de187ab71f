export * from './aggregate/index.js';
export {
  blockLines,
  blockText,
  type ExtractedPage,
  type ExtractOptions,
  extractHtml,
  normalisePublished,
} from './extract/index.js';
export * from './feeds/index.js';
export * from './fetch/index.js';
export {
  type ArticleInput,
  DEFAULT_READ_OPTIONS,
  type InputError,
  type InputResult,
  type ReadOptions,
  readInputs,
} from './files/index.js';
export * from './opml/index.js';
export * from './poll/index.js';
export * from './refresh/index.js';
