/**
 * @storyfold/store: the `Store` interface, its records, the SQLite implementation and the shared
 * helpers (URL normalisation, content hash, story rank).
 */
export * from './content-hash.js';
export * from './normalise-url.js';
export * from './open-store.js';
export * from './records.js';
export { SCHEMA_VERSION } from './sqlite/migrations.js';
export { SqliteStore, type SqliteStoreOptions, sqliteFile } from './sqlite/sqlite-store.js';
export * from './store.js';
export * from './store-error.js';
export * from './story-rank.js';
