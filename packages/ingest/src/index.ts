export {
  blockLines,
  blockText,
  type ExtractedPage,
  extractHtml,
  normalisePublished,
} from './extract/index.js';
export {
  type ArticleInput,
  DEFAULT_READ_OPTIONS,
  type InputError,
  type InputResult,
  type ReadOptions,
  readInputs,
} from './files/index.js';
