export { blockLines, blockText } from './block-text.js';
export { type ExtractedPage, type ExtractOptions, extractHtml } from './extract-html.js';
export { normalisePublished } from './published-date.js';
