import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';

/** Readability's reviewed test pages (see /work/shared/datasets/README.md); read in place, never copied. */
const PAGES = '../shared/datasets/extraction/readability/pages';

interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  siteName?: string | null;
  lang?: string | null;
}

const CASES = [
  'aclu',
  'bbc-1',
  'nytimes-1',
  'guardian-1',
  'wapo-1',
  'cnn',
  'ars-1',
  'medium-1',
  'lemonde-1',
  'wikipedia',
];

const fold = (value: string | null | undefined): string =>
  (value ?? '')
    .replace(/^by\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

describe('extractHtml on Readability test pages', () => {
  it.each(CASES)('%s: main text and metadata', (name) => {
    const html = readFileSync(`${PAGES}/${name}/source.html`, 'utf8');
    const expected = JSON.parse(
      readFileSync(`${PAGES}/${name}/expected-metadata.json`, 'utf8'),
    ) as ExpectedMetadata;
    const page = extractHtml(html, 'http://fakehost/test/page.html');

    expect(page.text.length).toBeGreaterThan(500);
    expect(page.text.split('\n').length).toBeGreaterThan(3);
    expect(page.text.split('\n').every((line) => line.trim() === line && line.length > 0)).toBe(true);
    if (expected.lang) expect(page.lang?.toLowerCase()).toBe(expected.lang.toLowerCase());
    if (expected.title) {
      // Readability strips " | Site" from <title>; our title may come from og:title or JSON-LD.
      const title = fold(page.title);
      const want = fold(expected.title);
      expect(title.includes(want) || want.includes(title)).toBe(true);
    }
    if (expected.publishedTime) {
      expect(page.published).not.toBeNull();
      const wantMs = Date.parse(expected.publishedTime);
      const gotMs = Date.parse(page.published!);
      // Same instant, or the same calendar day when one side has no zone.
      expect(Math.abs(wantMs - gotMs)).toBeLessThanOrEqual(24 * 3600 * 1000);
    }
  });

  it('agrees with Readability on most bylines and site names', () => {
    let bylines = 0;
    let bylinesSame = 0;
    let sites = 0;
    let sitesSame = 0;
    for (const name of CASES) {
      const html = readFileSync(`${PAGES}/${name}/source.html`, 'utf8');
      const expected = JSON.parse(
        readFileSync(`${PAGES}/${name}/expected-metadata.json`, 'utf8'),
      ) as ExpectedMetadata;
      const page = extractHtml(html);
      if (expected.byline) {
        bylines++;
        if (
          fold(page.byline).includes(fold(expected.byline)) ||
          fold(expected.byline).includes(fold(page.byline))
        )
          bylinesSame++;
      }
      if (expected.siteName) {
        sites++;
        if (fold(page.siteName) === fold(expected.siteName)) sitesSame++;
      }
    }
    expect(bylinesSame).toBeGreaterThanOrEqual(Math.ceil(bylines * 0.6));
    expect(sitesSame).toBeGreaterThanOrEqual(Math.ceil(sites * 0.6));
  });
});

describe('extractHtml metadata preference', () => {
  const head = `<html lang="de"><head>
    <title>LD headline | Site</title>
    <meta property="og:title" content="OG title"><meta name="twitter:title" content="Twitter title">
    <meta property="og:site_name" content="OG Site"><meta name="author" content="By Meta Author">
    <meta property="article:published_time" content="2023-02-28T08:00:00Z">
    <link rel="canonical" href="/story/1">
    <script type="application/ld+json">{"@graph": [{"@type": "Organization", "@id": "#org", "name": "LD Publisher"},
      {"@type": ["NewsArticle"], "headline": "LD headline", "author": [{"name": "Ann A"}, {"name": "Bo B"}],
       "datePublished": "2023-02-27", "publisher": {"@id": "#org"}}]}</script>
    </head><body><article><p>${'Body text of the article. '.repeat(20)}</p></article></body></html>`;

  it('prefers JSON-LD, then OpenGraph, then meta', () => {
    const page = extractHtml(head, 'https://example.com/a/b');
    expect(page).toMatchObject({
      title: 'LD headline',
      byline: 'Ann A, Bo B',
      published: '2023-02-27',
      siteName: 'LD Publisher',
      lang: 'de',
      canonicalUrl: 'https://example.com/story/1',
    });
    const withoutLd = extractHtml(head.replace(/<script[\s\S]*<\/script>/, ''));
    expect(withoutLd).toMatchObject({
      title: 'OG title',
      byline: 'Meta Author',
      published: '2023-02-28T08:00:00Z',
      siteName: 'OG Site',
    });
  });

  it('falls back to the visible text when there is no article', () => {
    const page = extractHtml('<ul><li>one</li><li>two</li></ul><script>x()</script>');
    expect(page.text).toBe('one\ntwo');
  });
});

describe('extractHtml on hostile markup', () => {
  const hostile = fc.oneof(
    fc.string({ maxLength: 2000 }),
    fc.uint8Array({ maxLength: 2000 }).map((bytes) => new TextDecoder().decode(bytes)),
    fc
      .array(
        fc.constantFrom(
          '<div>',
          '</div>',
          '<p>',
          '</p',
          '<script>',
          '</script>',
          '<style>',
          '<!--',
          '-->',
          '<![CDATA[',
          '<table><tr><td>',
          '<a href="',
          '"',
          "'",
          '>',
          '<',
          '&amp',
          '&#x1F600;',
          'text ',
          '<br/>',
          '<html>',
          '</body>',
          '<meta property="og:title" content="',
          '<script type="application/ld+json">{"@type":"NewsArticle","author":',
          '<time datetime="',
          '<svg><foreignObject>',
          '<template>',
          '<pre>',
          '\u0000',
          '\n',
        ),
        { maxLength: 300 },
      )
      .map((parts) => parts.join('')),
    fc.integer({ min: 1, max: 3000 }).map((depth) => `${'<div><span>'.repeat(depth)}deep text`),
    fc
      .integer({ min: 1, max: 200_000 })
      .map((size) => `<p title="${'x'.repeat(size)}">attr</p><p class="${'"'.repeat(50)}`),
  );

  it('never throws and returns strings or null', () => {
    fc.assert(
      fc.property(hostile, (html) => {
        const page = extractHtml(html);
        expect(typeof page.text).toBe('string');
        for (const key of ['title', 'byline', 'published', 'siteName', 'lang', 'canonicalUrl'] as const) {
          const value = page[key];
          expect(value === null || typeof value === 'string').toBe(true);
        }
      }),
      { seed: 20230228, numRuns: 300 },
    );
  });

  it('survives a few thousand nested divs and script soup', () => {
    const nested = `<html><body>${'<div>'.repeat(5000)}<p>inside</p>${'</div>'.repeat(5000)}</body></html>`;
    expect(extractHtml(nested).text).toContain('inside');
    const soup = `<script>${'</scr'.repeat(1000)}<style>}{</style><p>after soup</p>`;
    expect(typeof extractHtml(soup).text).toBe('string');
  });
});

describe('extractHtml contentSelector', () => {
  const page = `<html><body><nav>${'Menu link. '.repeat(5)}</nav><article><p>${'Readability would pick this long article paragraph. '.repeat(20)}</p></article>
    <div class="story-body"><p>Chosen one.</p><div class="story-body"><p>Nested once.</p></div></div><div class="story-body"><p>Chosen two.</p></div></body></html>`;

  it('takes the selected elements, in document order, nested matches once', () => {
    expect(extractHtml(page, undefined, { contentSelector: '.story-body' }).text).toBe(
      'Chosen one.\nNested once.\nChosen two.',
    );
  });

  it('falls back to Readability when the selector selects nothing or is invalid', () => {
    for (const contentSelector of ['.missing', '[[invalid']) {
      expect(extractHtml(page, undefined, { contentSelector }).text).toContain('Readability would pick');
    }
  });
});
