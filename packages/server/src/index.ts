/**
 * @storyfold/server: the HTTP API and web interface over a store (Fastify), with the polling
 * scheduler inside. The API's contract is `./api` (types only, for the web interface).
 */
export type * from './api/types.js';
export { type BuildServerOptions, buildServer, type StoryfoldServer } from './build-server.js';
export {
  CONFIG_OPTIONS,
  ConfigError,
  type ConfigOption,
  configMarkdown,
  defaultConfig,
  readConfig,
  type ServerConfig,
} from './config.js';
export { HttpError } from './errors.js';
export { type RunningServer, type StartOptions, startServer } from './start-server.js';
