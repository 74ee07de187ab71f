/**
 * Runs a synchronous batch of writes as one `BEGIN IMMEDIATE` transaction (a savepoint when one is
 * already open). IMMEDIATE takes the write lock up front, so a second process writing the same file
 * waits through the busy timeout instead of failing with SQLITE_BUSY when a read-then-write
 * transaction tries to upgrade its lock.
 */
import type { SqliteDatabase } from './open-database.js';

export function writeTransaction<T>(db: SqliteDatabase, work: () => T): T {
  return db.transaction(work).immediate();
}
