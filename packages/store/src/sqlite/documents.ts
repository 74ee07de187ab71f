/**
 * SQLite: raw fetched documents, compressed at rest (see compression.ts) and returned
 * decompressed. Listing is keyset-paged by id so that no cursor stays open between pages.
 */
import { compress, decompress, toBytes } from '../compression.js';
import type { DocumentFilter, DocumentInput, DocumentKind, DocumentRecord, IdPage } from '../records.js';
import { toTimestamp } from '../timestamps.js';
import { pageLimit } from './paging.js';
import type { StatementCache } from './statement-cache.js';

interface DocumentRow {
  id: number;
  kind: DocumentKind;
  url: string;
  fetched_at: string;
  status: number | null;
  content_type: string | null;
  codec: string;
  size: number;
  content: Uint8Array;
  source_id: number | null;
  feed_id: number | null;
}

function toRecord(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    kind: row.kind,
    url: row.url,
    fetchedAt: row.fetched_at,
    status: row.status,
    contentType: row.content_type,
    content: decompress(row.codec, row.content),
    sourceId: row.source_id,
    feedId: row.feed_id,
  };
}

export function putDocument(sql: StatementCache, input: DocumentInput, now: string): number {
  const raw = toBytes(input.content);
  const { codec, bytes } = compress(raw);
  const info = sql
    .get(
      `INSERT INTO documents (kind, url, fetched_at, status, content_type, codec, size, content, source_id, feed_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      input.kind,
      input.url,
      input.fetchedAt === undefined ? now : toTimestamp(input.fetchedAt),
      input.status ?? null,
      input.contentType ?? null,
      codec,
      raw.byteLength,
      bytes,
      input.sourceId ?? null,
      input.feedId ?? null,
    );
  return Number(info.lastInsertRowid);
}

export function getDocument(sql: StatementCache, id: number): DocumentRecord | undefined {
  const row = sql.get('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  return row === undefined ? undefined : toRecord(row);
}

export function listDocuments(sql: StatementCache, filter: DocumentFilter, page: IdPage): DocumentRecord[] {
  const where: string[] = ['id > ?'];
  const values: (string | number)[] = [page.afterId ?? 0];
  if (filter.sourceId !== undefined) {
    where.push('source_id = ?');
    values.push(filter.sourceId);
  }
  if (filter.feedId !== undefined) {
    where.push('feed_id = ?');
    values.push(filter.feedId);
  }
  if (filter.kind !== undefined) {
    where.push('kind = ?');
    values.push(filter.kind);
  }
  const rows = sql
    .get(`SELECT * FROM documents WHERE ${where.join(' AND ')} ORDER BY id LIMIT ?`)
    .all(...values, pageLimit(page.limit)) as DocumentRow[];
  return rows.map(toRecord);
}
