/**
 * Prepared statements, compiled once per SQL text and reused (better-sqlite3 statements are
 * reusable and compiling is the expensive part of a small query). The cache is bounded by the
 * number of distinct SQL texts in the code: IN-lists are chunked and padded to powers of two up to
 * IN_CHUNK, so they add at most log2(IN_CHUNK) + 1 statements per query.
 */
import type Database from 'better-sqlite3';
import type { SqliteDatabase } from './open-database.js';

export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly db: SqliteDatabase) {}

  get(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** IN-list chunk size: at most this many values per query. */
export const IN_CHUNK = 256;

/** `?, ?, …` with n placeholders. */
export function placeholders(n: number): string {
  return new Array<string>(n).fill('?').join(', ');
}

/**
 * The values in chunks of at most IN_CHUNK, each padded (by repeating its last value, harmless in
 * an IN list) to a power of two so that few distinct statements are compiled.
 */
export function inChunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += IN_CHUNK) {
    const chunk = values.slice(i, i + IN_CHUNK);
    let size = 1;
    while (size < chunk.length) size *= 2;
    const last = chunk[chunk.length - 1] as T;
    while (chunk.length < size) chunk.push(last);
    out.push(chunk);
  }
  return out;
}
