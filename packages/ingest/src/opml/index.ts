export {
  FOLDER_SEPARATOR,
  normaliseFolder,
  type OpmlFeed,
  type OpmlImport,
  type OpmlSkipped,
} from './opml-feed.js';
export { parseOpml } from './parse-opml.js';
export { feedsOpml, type WriteOpmlOptions, writeOpml } from './write-opml.js';
