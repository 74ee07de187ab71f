/**
 * End to end: the built `storyfold` binary on the five seed articles (../shared/seeds, real
 * syndication: Reuters, AP, a translation and a mix) and on bad input.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { AnalysedArticle, Analysis, PassageKind, Synthesis } from '@storyfold/engine';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve('packages/cli/bin/storyfold.js');
const SEEDS = resolve('../shared/seeds');

async function storyfold(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args], { maxBuffer: 1 << 28 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failure = error as { stdout: string; stderr: string; code: number };
    return { stdout: failure.stdout, stderr: failure.stderr, code: failure.code };
  }
}

describe('storyfold analyze on the seeds', () => {
  let analysis: Analysis;
  const article = (prefix: string): AnalysedArticle => {
    const found = analysis.articles.find((item) => item.id.startsWith(prefix));
    if (!found) throw new Error(`no article ${prefix}`);
    return found;
  };
  /** The kinds of passages aligning the paragraph of `x` that starts with `start` with article `y`. */
  const kindsAligning = (x: string, start: string, y: string): PassageKind[] => {
    const a = article(x);
    const text = a.body.join('\n');
    const from = text.indexOf(a.body.find((paragraph) => paragraph.startsWith(start)) ?? '\u0000');
    expect(from, `${x} has a paragraph starting "${start}"`).toBeGreaterThanOrEqual(0);
    const kinds: PassageKind[] = [];
    for (const alignment of analysis.alignments) {
      const side = alignment.articles[0] === a.id ? 'a' : alignment.articles[1] === a.id ? 'b' : undefined;
      const other = alignment.articles[side === 'a' ? 1 : 0];
      if (!side || !other?.startsWith(y)) continue;
      for (const passage of alignment.passages) {
        const [s, e] = passage[side];
        if (s <= from + 20 && e >= from + 60) kinds.push(passage.kind);
      }
    }
    return kinds;
  };

  beforeAll(async () => {
    const { stdout, code } = await storyfold('analyze', SEEDS, '--json');
    expect(code).toBe(0);
    analysis = JSON.parse(stdout) as Analysis;
  });

  it('folds the five articles into one story from two independent reports', () => {
    expect(analysis.stories).toHaveLength(1);
    expect(analysis.stories[0]?.articles).toHaveLength(5);
    expect(analysis.stories[0]?.independentReports).toBe(2);
  });

  it('finds the Reuters origin and the AP origin, with 004 carrying both', () => {
    expect(analysis.origins).toHaveLength(2);
    const reuters = analysis.origins.find((origin) => origin.label === 'Reuters');
    const ap = analysis.origins.find((origin) => /Associated Press|^AP$/.test(origin.label ?? ''));
    expect(reuters?.articles.map((id) => id.slice(0, 3)).sort()).toEqual(['000', '001', '003', '004']);
    expect(ap?.articles.map((id) => id.slice(0, 3)).sort()).toEqual(['002', '004']);
    const shares = article('004').origins;
    expect(shares.find((share) => share.origin === reuters?.id)?.share).toBeGreaterThan(0.3);
    expect(shares.find((share) => share.origin === ap?.id)?.share).toBeGreaterThan(0.3);
  });

  it('aligns copied, edited and translated passages', () => {
    const border = 'Russia and Kazakhstan share the world’s longest';
    expect(kindsAligning('004', border, '000')).toContain('verbatim');
    expect(kindsAligning('004', border, '001')).toContain('verbatim');
    expect(kindsAligning('004', 'However, all five Central Asian republics', '002').length).toBeGreaterThan(
      0,
    );
    const told = kindsAligning('003', 'Blinken earlier told Kazakh Foreign Minister', '001');
    expect(told.some((kind) => kind === 'translated' || kind === 'edited')).toBe(true);
  });

  it('removes boilerplate and keeps every news paragraph', () => {
    const bodies = analysis.articles.map((item) => item.body.join('\n')).join('\n');
    for (const furniture of [
      'Get all your news in one place',
      'Sign up to read this article',
      'Already a member',
      'Top stories on inkl',
      'Fourteen days free',
      'Download the app',
      'See also',
      'Please read on',
      'Olivier Douliery',
      '(Reporting by',
    ]) {
      expect(bodies).not.toContain(furniture);
    }
    expect(article('000').body.some((p) => p.includes('Donald Lu'))).toBe(true);
    expect(
      article('002').body.some((p) => p.startsWith('For decades, the United States has been trying')),
    ).toBe(true);
    expect(article('004').body).toHaveLength(11);
  });

  it('keeps the metadata', () => {
    expect(article('001').byline).toBe('Simon Lewis');
    expect(article('001').credit).toBe('Reuters');
    expect(article('000').credit).toBe('Reuters');
    expect(article('002').credit).toBe('The Associated Press');
    expect(article('002').published).toMatch(/^2023-02-28/);
    expect(article('004').published).toMatch(/^2023-02-28/);
    expect(article('004').dateline).toBe('Astana');
  });

  it('prints a readable report without --json', async () => {
    const { stdout, code } = await storyfold('analyze', SEEDS);
    expect(code).toBe(0);
    expect(stdout).toContain('5 articles in 1 story, from 2 independent reports');
    expect(stdout).toMatch(/Reuters report o\d, carried by/);
  });
});

describe('storyfold analyze: synthesis in the JSON', () => {
  type WithSynthesis = Analysis & { stories: (Analysis['stories'][number] & { synthesis: Synthesis })[] };

  it('gives each story its synthesis: the seeds summary cites both origins', async () => {
    const { stdout, code } = await storyfold('analyze', SEEDS, '--json', '--summary-words', '40');
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as WithSynthesis;
    const synthesis = analysis.stories[0]!.synthesis;
    expect(synthesis.headline).toBe(analysis.stories[0]!.headline);
    expect(new Set(synthesis.summary.sentences.flatMap((sentence) => sentence.origins)).size).toBe(2);
    expect(synthesis.summary.text.split(/\s+/u).length).toBeLessThanOrEqual(60);
    expect(synthesis.facts.some((fact) => /longest continuous land border/u.test(fact.text))).toBe(true);
  });

  it('takes stories from a record field with --stories-from', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'storyfold-labelled-')), 'labelled.jsonl');
    const record = (id: string, event: string | undefined, text: string): string =>
      JSON.stringify({ id, event, text });
    writeFileSync(
      file,
      [
        record(
          'a1',
          'summit',
          'Leaders met in Astana on Tuesday to discuss trade and security across the region.',
        ),
        record(
          'b1',
          'flood',
          'Heavy rain flooded the river valley overnight and thousands of people left their homes.',
        ),
        record(
          'a2',
          'summit',
          'The summit in Astana ended with a joint statement on trade routes and energy.',
        ),
        record(
          'c1',
          undefined,
          'A local team won the cup final after extra time in front of a full stadium.',
        ),
      ].join('\n'),
    );
    const { stdout, code } = await storyfold('analyze', file, '--json', '--stories-from', 'event');
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as WithSynthesis;
    expect(analysis.stories.map((story) => [story.id, story.articles])).toEqual([
      ['summit', ['a1', 'a2']],
      ['flood', ['b1']],
      ['c1', ['c1']],
    ]);
    for (const story of analysis.stories) expect(story.synthesis.summary.sentences.length).toBeGreaterThan(0);
  });

  it('refuses a --summary-words that is not a whole number', async () => {
    const { stderr, code } = await storyfold('analyze', SEEDS, '--json', '--summary-words', 'many');
    expect(code).toBe(2);
    expect(stderr).toContain('--summary-words');
  });
});

describe('storyfold analyze on bad input', () => {
  it('names each bad file, analyses the rest, and exits 1', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'storyfold-bad-'));
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    writeFileSync(
      join(folder, 'latin1.txt'),
      Buffer.from('Caf\xe9 au lait, na\xefve r\xe9sum\xe9 in Astana.', 'latin1'),
    );
    writeFileSync(join(folder, 'truncated.json'), '{"id": "cut", "text": "The minister said');
    writeFileSync(join(folder, 'huge.txt'), 'word '.repeat(4000));
    writeFileSync(
      join(folder, 'good.txt'),
      'A headline\n\nA paragraph of news about the meeting in Astana.\n',
    );
    const { stdout, stderr, code } = await storyfold('analyze', folder, '--json', '--max-bytes', '10000');
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    for (const name of ['empty.txt', 'binary.txt', 'latin1.txt', 'truncated.json', 'huge.txt']) {
      expect(lines.filter((line) => line.includes(name))).toHaveLength(1);
    }
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace without --debug
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.articles.map((item) => item.id)).toEqual(['good']);
  });

  it('skips an article whose id was already read, naming the line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'storyfold-dup-')), 'twice.jsonl');
    const article = (text: string): string => JSON.stringify({ id: 'same', text });
    writeFileSync(
      file,
      [article('The council met in Astana on Tuesday.'), article('A second text.')].join('\n'),
    );
    const { stdout, stderr, code } = await storyfold('analyze', file, '--json');
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:2: article id "same" was already read`);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.articles.map((item) => item.body.join(' '))).toEqual([
      'The council met in Astana on Tuesday.',
    ]);
  });

  it('explains usage errors in one line', async () => {
    const { stderr, code } = await storyfold('analyze');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    const unknown = await storyfold('frobnicate');
    expect(unknown.stderr).toContain('unknown command');
  });

  it('reports a missing path and still analyses the others', async () => {
    const { stdout, stderr, code } = await storyfold(
      'analyze',
      'no/such/folder',
      join(SEEDS, '000_137df0454cfd3650.txt'),
      '--json',
    );
    expect(code).toBe(1);
    expect(stderr).toContain('no/such/folder');
    expect((JSON.parse(stdout) as Analysis).articles).toHaveLength(1);
  });
});

describe('storyfold analyze --workers', () => {
  it('gives the same analysis on worker threads as on the main thread', async () => {
    // 1,401 real articles (ECB+ with a body, MEANTIME in four languages): over the 1,000 from
    // which workers start, and several batches for each.
    const read = (name: string): Record<string, string>[] =>
      readFileSync(`../shared/datasets/clustering/${name}`, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, string>);
    const articles = [...read('ecbplus_docs.jsonl'), ...read('meantime_docs.jsonl')]
      .map((doc) => ({
        id: `${doc.lang ?? ''}${doc.doc_id}`,
        title: doc.title,
        text: doc.text ?? doc.full_text ?? '',
      }))
      .filter((doc) => doc.text.trim().length > 0)
      .map((doc) => JSON.stringify(doc));
    const file = join(mkdtempSync(join(tmpdir(), 'storyfold-')), 'articles.jsonl');
    writeFileSync(file, articles.join('\n'));
    const threads = await storyfold('analyze', file, '--json', '--workers', '2');
    const main = await storyfold('analyze', file, '--json', '--workers', '0');
    expect(threads.code).toBe(0);
    expect(main.code).toBe(0);
    const analysis = JSON.parse(threads.stdout) as Analysis;
    expect(analysis.articles).toHaveLength(articles.length);
    expect(articles.length).toBeGreaterThan(1_000);
    expect(threads.stdout).toBe(main.stdout);
  });

  it('refuses a worker count that is not a whole number', async () => {
    const { code, stderr } = await storyfold('analyze', SEEDS, '--workers', 'many');
    expect(code).toBe(2);
    expect(stderr).toContain('--workers must be a whole number');
  });
});
