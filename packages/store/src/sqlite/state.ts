/**
 * SQLite: the engine's state snapshots, opaque bytes by key (furniture, the fold's indexes), so
 * that a restart continues instead of recomputing.
 */
import type { StatementCache } from './statement-cache.js';

export function getState(sql: StatementCache, key: string): Uint8Array | null {
  const row = sql.get('SELECT value FROM state WHERE key = ?').get(key) as { value: Uint8Array } | undefined;
  return row === undefined ? null : row.value;
}

export function putState(sql: StatementCache, key: string, value: Uint8Array, now: string): void {
  sql
    .get(
      'INSERT INTO state (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    )
    .run(key, value, now);
}
