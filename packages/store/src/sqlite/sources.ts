/**
 * SQLite: the sources table. Get-or-create by host (or by name for sources without a host);
 * options are a JSON object merged over the defaults.
 */
import type { SourceInput, SourceOptions, SourceRecord } from '../records.js';
import type { StatementCache } from './statement-cache.js';

interface SourceRow {
  id: number;
  name: string;
  host: string | null;
  options: string;
  created_at: string;
}

const DEFAULT_OPTIONS: SourceOptions = { fetchPages: true, contentSelector: null };

/** The options given, without the keys set to undefined (which would erase a stored value). */
function given(options: Partial<SourceOptions> | undefined): Partial<SourceOptions> {
  return Object.fromEntries(Object.entries(options ?? {}).filter(([, value]) => value !== undefined));
}

function toRecord(row: SourceRow): SourceRecord {
  const stored = JSON.parse(row.options) as Partial<SourceOptions>;
  return {
    id: row.id,
    name: row.name,
    host: row.host,
    options: { ...DEFAULT_OPTIONS, ...stored },
    createdAt: row.created_at,
  };
}

export function getSource(sql: StatementCache, id: number): SourceRecord | undefined {
  const row = sql.get('SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
  return row === undefined ? undefined : toRecord(row);
}

export function listSources(sql: StatementCache): SourceRecord[] {
  return (sql.get('SELECT * FROM sources ORDER BY id').all() as SourceRow[]).map(toRecord);
}

export function ensureSource(sql: StatementCache, input: SourceInput, now: string): SourceRecord {
  const host = input.host === undefined || input.host === null ? null : input.host.toLowerCase();
  const existing = (
    host === null
      ? sql.get('SELECT * FROM sources WHERE host IS NULL AND name = ?').get(input.name)
      : sql.get('SELECT * FROM sources WHERE host = ?').get(host)
  ) as SourceRow | undefined;
  if (existing !== undefined) return toRecord(existing);
  const options: SourceOptions = { ...DEFAULT_OPTIONS, ...given(input.options) };
  const info = sql
    .get('INSERT INTO sources (name, host, options, created_at) VALUES (?, ?, ?, ?)')
    .run(input.name, host, JSON.stringify(options), now);
  return { id: Number(info.lastInsertRowid), name: input.name, host, options, createdAt: now };
}

export function setSourceOptions(
  sql: StatementCache,
  id: number,
  options: Partial<SourceOptions>,
): SourceRecord | undefined {
  const source = getSource(sql, id);
  if (source === undefined) return undefined;
  const merged: SourceOptions = { ...source.options, ...given(options) };
  sql.get('UPDATE sources SET options = ? WHERE id = ?').run(JSON.stringify(merged), id);
  return { ...source, options: merged };
}
