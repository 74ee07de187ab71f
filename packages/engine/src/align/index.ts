export { align } from './align.js';
export { type AlignText, type PrepareOptions, prepareAlignment } from './align-text.js';
export { coverage, coveredFraction } from './coverage.js';
export { ALIGN_DEFAULTS, type AlignOptions, DEFAULT_SEED_WORDS } from './defaults.js';
