export { creditLabel, creditMentions } from './agencies.js';
export { type CleanInput, clean } from './clean.js';
export {
  type CleanOptions,
  DEFAULT_CLEAN_OPTIONS,
  DEFAULT_FURNITURE_OPTIONS,
  type FurnitureOptions,
} from './defaults.js';
export { Furniture, type FurnitureSnapshot } from './furniture.js';
