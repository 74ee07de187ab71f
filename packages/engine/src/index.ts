export * from './analysis.js';
export * from './article.js';
export * from './tokens.js';
