export {
  FEEDS_DIR,
  type FeedServer,
  type LoggedRequest,
  manyFeedFiles,
  PAGES_DIR,
  type RouteHandler,
  startFeedServer,
} from './feed-server.js';
