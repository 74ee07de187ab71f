/**
 * SQLite: alignments between stored articles, one row per pair (a < b), passages as JSON.
 * A pair given as (b, a) is stored as (a, b) with each passage's spans swapped.
 */
import type { Passage } from '@storyfold/engine';
import type { AlignmentRecord } from '../records.js';
import { inChunks, placeholders, type StatementCache } from './statement-cache.js';
import { writeTransaction } from './write-transaction.js';

interface AlignmentRow {
  a: number;
  b: number;
  passages: string;
}

/** The alignment in stored order: a < b. */
export function ordered(alignment: AlignmentRecord): AlignmentRecord {
  if (alignment.a <= alignment.b) return alignment;
  return {
    a: alignment.b,
    b: alignment.a,
    passages: alignment.passages.map((p) => ({ ...p, a: p.b, b: p.a })),
  };
}

export function putAlignments(sql: StatementCache, alignments: readonly AlignmentRecord[]): void {
  writeTransaction(sql.db, () => {
    const statement = sql.get(
      'INSERT INTO alignments (a, b, passages) VALUES (?, ?, ?) ON CONFLICT (a, b) DO UPDATE SET passages = excluded.passages',
    );
    for (const alignment of alignments) {
      const { a, b, passages } = ordered(alignment);
      statement.run(a, b, JSON.stringify(passages));
    }
  });
}

export function alignmentsOf(sql: StatementCache, articleIds: readonly number[]): AlignmentRecord[] {
  const found = new Map<string, AlignmentRecord>();
  for (const chunk of inChunks(articleIds)) {
    const list = placeholders(chunk.length);
    const rows = sql
      .get(
        `SELECT * FROM alignments WHERE a IN (${list}) UNION SELECT * FROM alignments WHERE b IN (${list})`,
      )
      .all(...chunk, ...chunk) as AlignmentRow[];
    for (const row of rows) {
      found.set(`${row.a}:${row.b}`, { a: row.a, b: row.b, passages: JSON.parse(row.passages) as Passage[] });
    }
  }
  return [...found.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}
