import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputResult, ReadOptions } from './input-result.js';
import { readInputs } from './read-inputs.js';

const testdata = fileURLToPath(new URL('./testdata/', import.meta.url));
const at = (name: string): string => join(testdata, name);

async function readAll(paths: string[], options: Partial<ReadOptions> = {}): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const result of readInputs(paths, options)) out.push(result);
  return out;
}

async function one(name: string): Promise<InputResult> {
  const [result, ...rest] = await readAll([at(name)]);
  expect(rest).toEqual([]);
  return result!;
}

function reasonOf(result: InputResult): string {
  return result.kind === 'error' ? result.reason : `(an article: ${result.article.id})`;
}

describe('readInputs on good files', () => {
  it('reads a .txt whole, with id = file name and "\\n" line ends', async () => {
    const result = await one('article.txt');
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.article.id).toBe('article');
    expect(result.article.text).toBe(
      'Astana hosts talks\nThe foreign ministers of five Central Asian states met in Astana on Tuesday.\nThey discussed trade and security.\n',
    );
  });

  it('reads a .json article: id field, ISO date, other fields kept aside', async () => {
    const result = await one('article.json');
    if (result.kind !== 'article') throw new Error(reasonOf(result));
    expect(result.article).toEqual({
      id: 'c5-json',
      title: 'Ministers meet in Astana',
      text: 'The ministers met in Astana.\nThey discussed trade.',
      url: 'https://example.org/news/astana',
      published: '2023-02-28T09:15:00Z',
    });
    expect(result.fields).toEqual({ event: 'c5-2023' });
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const result = await one('utf16.txt');
    if (result.kind !== 'article') throw new Error(reasonOf(result));
    expect(result.article.text.startsWith('UTF-16 article')).toBe(true);
  });

  it('extracts an .html page with its metadata', async () => {
    const result = await one('page.html');
    if (result.kind !== 'article') throw new Error(reasonOf(result));
    expect(result.article).toEqual({
      id: 'page',
      text: 'The foreign ministers met in Astana on Tuesday.\nThey discussed trade and security.',
      title: 'Talks in Astana',
      byline: 'Jane Roe',
      published: '2023-02-28T09:15:00Z',
      url: 'https://news.example.com/2023/02/astana-talks',
      source: 'Example News',
    });
    expect(result.lang).toBe('en');
  });

  it('still extracts an .html file cut off before </html>', async () => {
    const result = await one('truncated.html');
    if (result.kind !== 'article') throw new Error(reasonOf(result));
    expect(result.article.text).toContain('first paragraph survived');
  });

  it('walks a folder recursively in sorted order, skipping hidden entries and other file types', async () => {
    const results = await readAll([at('folder')]);
    expect(results.map((r) => (r.kind === 'article' ? r.article.id : r.reason))).toEqual(['a', 'b', 'c']);
  });

  it('reads the five seeds as .txt with ids = file names', async () => {
    const results = await readAll(['../shared/seeds']);
    const ids = results.map((r) => (r.kind === 'article' ? r.article.id : r.reason));
    expect(ids).toHaveLength(5);
    expect(ids[0]).toBe('000_137df0454cfd3650');
    expect(ids.every((id) => /^\d{3}_[0-9a-f]{16}$/.test(id))).toBe(true);
  });
});

describe('readInputs on a .jsonl with bad lines', () => {
  it('gives one result per line, errors with their line numbers, and goes on', async () => {
    const results = await readAll([at('articles.jsonl')]);
    const summary = results.map((r) =>
      r.kind === 'article' ? `${r.line} article ${r.article.id}` : `${r.line} error ${r.reason}`,
    );
    expect(summary).toEqual([
      '1 article a1',
      '2 article articles:2',
      '3 error invalid JSON: expected double-quoted property name at column 37',
      '5 error line is not a JSON object (found an array)',
      '6 error line has neither "text" nor "html"',
      '7 article a7',
      '8 error truncated last line: the file ends in the middle of a record',
    ]);
    const first = results[0];
    expect(first?.kind === 'article' && first.fields).toEqual({ event: 'c5' });
    const seventh = results[5];
    expect(seventh?.kind === 'article' && seventh.article).toMatchObject({
      text: 'Paragraph one of seven.\nParagraph two.',
      title: 'Page seven',
      source: 'Seven News',
    });
  });

  it('reads another text and id field when told to', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storyfold-ingest-'));
    try {
      const file = join(dir, 'docs.jsonl');
      await writeFile(file, '{"doc_id": "d1", "full_text": "Some text.", "event_id": 7}\n');
      const [result] = await readAll([file], { textField: 'full_text', idField: 'doc_id' });
      expect(result).toMatchObject({
        kind: 'article',
        article: { id: 'd1', text: 'Some text.' },
        fields: { event_id: 7 },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('readInputs on bad input', () => {
  it.each([
    ['empty.txt', 'file is empty'],
    ['whitespace.txt', 'file is empty (only whitespace)'],
    ['binary.txt', 'binary file (contains NUL bytes), not text'],
    ['latin1.txt', 'not valid UTF-8 (byte 0xE9 at offset 3); save the file as UTF-8'],
    ['truncated.json', 'truncated JSON: unexpected end of input at byte 59'],
    ['notes.md', 'unsupported file type .md; expected .txt, .html, .htm, .json or .jsonl'],
    ['missing.txt', 'no such file or folder'],
  ])('%s → %s', async (name, reason) => {
    expect(reasonOf(await one(name))).toBe(reason);
  });

  it('goes on after bad input, in the order given', async () => {
    const results = await readAll([at('missing.txt'), at('empty.txt'), at('article.txt'), at('binary.txt')]);
    expect(results.map((r) => r.kind)).toEqual(['error', 'error', 'article', 'error']);
  });

  describe('generated files', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'storyfold-ingest-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('refuses a file over maxBytes from its size alone', async () => {
      const file = join(dir, 'big.txt');
      await writeFile(file, 'word '.repeat(3000));
      const [result] = await readAll([file], { maxBytes: 1024 });
      expect(reasonOf(result!)).toBe('file is 14.6 KB, over the 1 KB limit (--max-bytes)');
    });

    it('says a huge file is over the default 20 MB limit', async () => {
      const file = join(dir, 'huge.html');
      await writeFile(file, Buffer.alloc(21 * 1024 * 1024, 0x61));
      const [result] = await readAll([file]);
      expect(reasonOf(result!)).toBe('file is 21 MB, over the 20 MB limit (--max-bytes)');
    });

    it('limits each .jsonl line, not the whole file', async () => {
      const file = join(dir, 'lines.jsonl');
      const long = JSON.stringify({ text: 'x'.repeat(5000) });
      const short = JSON.stringify({ text: 'short' });
      await writeFile(file, `${short}\n${long}\n${short}\n`);
      const results = await readAll([file], { maxBytes: 1024 });
      expect(results.map((r) => (r.kind === 'article' ? r.article.id : `${r.line}: ${r.reason}`))).toEqual([
        'lines:1',
        '2: line is 4.9 KB, over the 1 KB limit (--max-bytes)',
        'lines:3',
      ]);
    });

    it('reports invalid UTF-8 in a .jsonl at its line', async () => {
      const file = join(dir, 'latin.jsonl');
      await writeFile(
        file,
        Buffer.concat([Buffer.from('{"text":"ok"}\n{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]),
      );
      const results = await readAll([file]);
      expect(results.map((r) => (r.kind === 'article' ? 'article' : `${r.line}: ${r.reason}`))).toEqual([
        'article',
        '2: not valid UTF-8 (byte 0xE9 at offset 26); save the file as UTF-8; the rest of the file is skipped',
      ]);
    });

    it('says a .json array is not one article, and an empty folder has no articles', async () => {
      const file = join(dir, 'many.json');
      await writeFile(file, '[{"text": "a"}]');
      expect(reasonOf((await readAll([file]))[0]!)).toBe(
        'expected one article object, found an array (use .jsonl for many articles)',
      );
      const empty = await mkdtemp(join(dir, 'empty-'));
      expect(reasonOf((await readAll([empty]))[0]!)).toBe(
        'folder has no .txt, .html, .htm, .json or .jsonl files',
      );
    });

    it('reads a 20,000-line .jsonl in well under a second', async () => {
      const file = join(dir, 'many.jsonl');
      const lines: string[] = [];
      for (let i = 0; i < 20_000; i++) {
        lines.push(
          JSON.stringify({
            id: `n${i}`,
            title: `Title ${i}`,
            text: `Paragraph one of article ${i}.\nParagraph two.`,
            story: i % 100,
          }),
        );
      }
      await writeFile(file, `${lines.join('\n')}\n`);
      const started = performance.now();
      let articles = 0;
      for await (const result of readInputs([file])) if (result.kind === 'article') articles++;
      const elapsed = performance.now() - started;
      expect(articles).toBe(20_000);
      // Generous bound for a shared machine; the measured figure is in the report.
      expect(elapsed).toBeLessThan(3000);
    });
  });
});
