export * from './defaults.js';
export * from './facts.js';
export * from './sentences.js';
export * from './summary.js';
export * from './synthesise.js';
export * from './types.js';
export * from './units.js';
