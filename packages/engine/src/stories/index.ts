export { extractEntities } from './entities.js';
export { StoryIndex, DEFAULT_STORY_OPTIONS } from './story-index.js';
export type { StoryAddOptions, StoryIndexOptions, StoryMembers } from './story-index.js';
