export { extractEntities } from './entities.js';
export type { ArticleFeatures, SparseVector } from './features.js';
export { storyFeatures } from './features.js';
export type { StoryAddOptions, StoryIndexOptions, StoryMembers } from './story-index.js';
export { DEFAULT_STORY_OPTIONS, StoryIndex } from './story-index.js';
export { hashKey } from './words.js';
