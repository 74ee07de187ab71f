/**
 * Opens (creating on first use) the SQLite database file and brings its schema up to date.
 * Settings: WAL journal (readers never block the writer; a crash loses no committed transaction),
 * `synchronous = NORMAL` (safe with WAL: a power cut may lose the last commits, never corrupt),
 * foreign keys on, a busy timeout, a page cache large enough for the articles' indexes. Refuses a database written by a newer schema than this code
 * knows, with a message saying what to do.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_BUSY_TIMEOUT_MS, SQLITE_CACHE_KIB } from '../defaults.js';
import { StoreError, wrapStoreError } from '../store-error.js';
import { MIGRATIONS } from './migrations.js';

export type SqliteDatabase = Database.Database;

/**
 * Called before an existing database is upgraded (not when a new one is created): upgrades of a
 * large store can take a minute, so the caller can say so.
 */
export type OnUpgrade = (from: number, to: number) => void;

export function openDatabase(
  file: string,
  migrations: readonly string[] = MIGRATIONS,
  onUpgrade?: OnUpgrade,
): SqliteDatabase {
  const db = wrapStoreError(`open the database ${file}`, () => {
    mkdirSync(dirname(file), { recursive: true });
    return new Database(file);
  });
  try {
    wrapStoreError(`configure the database ${file}`, () => {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
      db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    });
    migrate(db, migrations, onUpgrade);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The database's schema version (`PRAGMA user_version`). */
export function schemaVersion(db: SqliteDatabase): number {
  const version = db.pragma('user_version', { simple: true });
  return typeof version === 'number' ? version : 0;
}

/** Applies the migrations the database lacks, each in its own transaction. */
export function migrate(db: SqliteDatabase, migrations: readonly string[], onUpgrade?: OnUpgrade): void {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new StoreError(
      `this database was written by a newer Storyfold (schema ${current}; this version knows ${migrations.length}): upgrade Storyfold`,
    );
  }
  if (current > 0 && current < migrations.length) onUpgrade?.(current, migrations.length);
  for (let version = current + 1; version <= migrations.length; version++) {
    const sql = migrations[version - 1] ?? '';
    wrapStoreError(`migrate the database to schema ${version}`, () => {
      db.transaction(() => {
        db.exec(sql);
        db.pragma(`user_version = ${version}`);
      }).immediate();
    });
  }
}
