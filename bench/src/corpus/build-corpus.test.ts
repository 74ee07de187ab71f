import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, writeCorpus } from './build-corpus.js';

describe('buildCorpus', () => {
  const corpus = buildCorpus(400, 11);

  it('builds n articles of about 4 KB with distinct ids, sources and dates', () => {
    expect(corpus).toHaveLength(400);
    expect(new Set(corpus.map((a) => a.id)).size).toBe(400);
    const originals = corpus.filter((a) => a.source?.startsWith('source-'));
    for (const article of originals) {
      expect(article.text.length).toBeGreaterThanOrEqual(3000);
      expect(article.text.length).toBeLessThan(6500);
    }
    const mean = corpus.reduce((sum, a) => sum + a.text.length, 0) / corpus.length;
    expect(mean).toBeGreaterThan(3000);
    expect(mean).toBeLessThan(5000);
    const copies = corpus.length - originals.length;
    expect(copies / corpus.length).toBeGreaterThan(0.2);
    expect(copies / corpus.length).toBeLessThan(0.4);
    for (const article of corpus) expect(Number.isNaN(Date.parse(article.published ?? ''))).toBe(false);
  });

  it('is deterministic and gives distinct texts to non-copies', () => {
    expect(buildCorpus(50, 11)).toEqual(corpus.slice(0, 50));
    const originals = corpus.filter((a) => a.source?.startsWith('source-'));
    expect(new Set(originals.map((a) => a.text)).size).toBe(originals.length);
  });

  it('writes the same articles as JSONL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyfold-corpus-'));
    try {
      const path = join(dir, 'corpus.jsonl');
      const bytes = writeCorpus(path, 50, 11);
      const lines = readFileSync(path, 'utf8').trim().split('\n');
      expect(lines.map((line) => JSON.parse(line))).toEqual(corpus.slice(0, 50));
      expect(bytes).toBe(Buffer.byteLength(readFileSync(path)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
