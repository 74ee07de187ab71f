export {
  isCopyAlignment,
  isCopyLink,
  isLinkedCoverage,
  isRunPassage,
  isTranslatedLink,
  type LinkCoverage,
  type LinkOptions,
  linkCoverage,
} from './copy-link.js';
export { ORIGIN_DEFAULTS, type OriginOptions } from './defaults.js';
export { groupOrigins, type OriginArticle, type OriginGrouping } from './origins.js';
export { overlapLength, type Span, spansLength, unionSpans } from './spans.js';
