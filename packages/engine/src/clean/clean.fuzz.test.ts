import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditLabel, creditMentions } from './agencies.js';
import { clean } from './clean.js';
import { Furniture } from './furniture.js';

/** Snippets that exercise every pattern family, to be shuffled, repeated and corrupted. */
const SNIPPETS = [
  'By Simon Lewis',
  'ByThe Associated Press',
  '(Reuters)',
  '– Reuters',
  'See also ',
  'Read more: ',
  'Sign up to read this article',
  'February 28, 2023, 1:59 am',
  'date 2023-02-28 Astana (Kazakhstan): ',
  'ASTANA, Kazakhstan (AP) — ',
  'WASHINGTON, Feb 28 (Reuters) - ',
  '(Central News Agency) ',
  'Olivier Douliery/Pool via REUTERS',
  '(AP Photo/Evan Vucci)',
  'Blinken (left) met Tokayev (right).',
  '(Reporting by Simon Lewis; Editing by Michael Perry)',
  '<div class="nav"><a href="#">Home</a></div>',
  '<script>alert(1)</script>',
  '&nbsp;&amp;&#8212;',
  '\u0000\u0001\u0007\u001b[31m',
  '\u00ad\u200b\u2060\ufeff\u00a0',
  '((((((((((',
  '))))))))))',
  ' - - - - - ',
  '2023-02-30',
  'The council voted on Tuesday to approve the budget, officials said.',
];

const line = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom(...SNIPPETS),
  fc
    .tuple(fc.constantFrom(...SNIPPETS), fc.string({ unit: 'binary-ascii', maxLength: 60 }))
    .map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom(...SNIPPETS), fc.integer({ min: 1, max: 300 })).map(([a, n]) => a.repeat(n)),
);

const separator = fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\u2028', '\n'.repeat(2000), '\t\n \n');

const document = fc
  .array(fc.tuple(line, separator), { maxLength: 40 })
  .map((parts) => parts.map(([text, sep]) => text + sep).join(''));

const MAX_MS_PER_ARTICLE = 250;

describe('clean on hostile input', () => {
  it('never throws, keeps only non-empty trimmed paragraphs made of input words, in bounded time', () => {
    const furniture = new Furniture({ minArticles: 2, minShare: 0.2 });
    fc.assert(
      fc.property(document, fc.option(fc.constantFrom('a', 'b', 'Reuters')), (text, source) => {
        const raw = { id: 'fuzz', text, source: source ?? undefined };
        furniture.observe(raw);
        const started = performance.now();
        const article = clean(raw, { furniture });
        const elapsed = performance.now() - started;
        expect(elapsed).toBeLessThan(MAX_MS_PER_ARTICLE);
        const input = text.replace(/\u00ad/g, '');
        for (const paragraph of article.body) {
          expect(paragraph.length).toBeGreaterThan(0);
          expect(paragraph).toBe(paragraph.trim());
          for (const word of paragraph.split(' ')) expect(input.includes(word)).toBe(true);
        }
        for (const item of article.boilerplate) expect(item.text.length).toBeGreaterThan(0);
        creditMentions(article.body);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it.each([
    ['"a " × 500k', 'a '.repeat(500_000)],
    ['"(" × 1M', '('.repeat(1_000_000)],
    ['")" × 1M', ')'.repeat(1_000_000)],
    ['"- " × 500k', '- '.repeat(500_000)],
    ['"ASTANA, " × 125k', 'ASTANA, '.repeat(125_000)],
    ['"By A " × 200k', 'By A '.repeat(200_000)],
    ['"2023-02-28 " × 90k', '2023-02-28 '.repeat(90_000)],
    ['"Reuters " × 125k', 'Reuters '.repeat(125_000)],
    ['1M empty lines', '\n'.repeat(1_000_000)],
  ])('handles a 1 MB input of %s quickly', (_name, text) => {
    const started = performance.now();
    const article = clean({ id: 'big', text, source: 's' });
    creditLabel(text);
    creditMentions(article.body);
    expect(performance.now() - started).toBeLessThan(2_000);
    for (const paragraph of article.body) expect(paragraph).toBe(paragraph.trim());
  });
});
