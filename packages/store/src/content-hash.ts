/**
 * The content hash of an article's body, for idempotent ingest: the same text arriving again with
 * different whitespace, case or Unicode composition hashes the same.
 * Normalisation: NFKC, lower case, runs of whitespace → one space, paragraphs trimmed, empty
 * paragraphs dropped, joined by "\n". Hash: SHA-256, first 16 bytes as base64url (22 characters;
 * collisions are negligible at any corpus size). Cost: linear in the body's length.
 */
import { createHash } from 'node:crypto';

export function normaliseBody(body: readonly string[]): string {
  const paragraphs: string[] = [];
  for (const paragraph of body) {
    const text = paragraph.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
    if (text !== '') paragraphs.push(text);
  }
  return paragraphs.join('\n');
}

export function contentHash(body: readonly string[]): string {
  return createHash('sha256').update(normaliseBody(body)).digest().subarray(0, 16).toString('base64url');
}
