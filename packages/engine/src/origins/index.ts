export { ORIGIN_DEFAULTS, type OriginOptions } from './defaults.js';
export { groupOrigins, isCopyLink, type OriginArticle, type OriginGrouping } from './origins.js';
export { overlapLength, type Span, spansLength, unionSpans } from './spans.js';
