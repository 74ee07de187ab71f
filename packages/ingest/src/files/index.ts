export type { ArticleInput, InputError, InputResult, ReadOptions } from './input-result.js';
export { DEFAULT_READ_OPTIONS, readInputs } from './read-inputs.js';
