export * from './defaults.js';
export * from './minhash.js';
export * from './shingles.js';
export * from './signature.js';
