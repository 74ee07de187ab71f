export * from './defaults.js';
export * from './lsh.js';
export * from './lsh-parameters.js';
