import { normaliseFeedUrl } from '@storyfold/store';
import { parseOpml as feedsmithParseOpml } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { corpusFeedText } from '../feeds/feed-corpus.test-helper.js';
import { FeedError } from '../feeds/feed-error.js';
import { corpusOpmlNames, corpusOpmlText } from './opml-corpus.test-helper.js';
import { parseOpml } from './parse-opml.js';

type FeedsmithOutline = { xmlUrl?: string; outlines?: FeedsmithOutline[] };

function feedsmithUrls(outlines: FeedsmithOutline[] | undefined): string[] {
  return (outlines ?? []).flatMap((outline) => [
    ...(outline.xmlUrl === undefined ? [] : [normaliseFeedUrl(outline.xmlUrl) ?? outline.xmlUrl]),
    ...feedsmithUrls(outline.outlines),
  ]);
}

describe('parseOpml on the 118 real OPML files of awesome-rss-feeds', () => {
  const names = corpusOpmlNames();

  it('reads every file; each xmlUrl is a feed or a reported duplicate', () => {
    expect(names).toHaveLength(118);
    let feeds = 0;
    let xmlUrls = 0;
    const skippedReasons: string[] = [];
    for (const name of names) {
      const text = corpusOpmlText(name);
      const result = parseOpml(text);
      const count = text.match(/xmlUrl=/g)?.length ?? 0;
      expect(result.feeds.length + result.skipped.length, name).toBe(count);
      expect(result.title, name).toBe('Export from Plenary');
      feeds += result.feeds.length;
      xmlUrls += count;
      skippedReasons.push(...result.skipped.map((skip) => skip.reason));
    }
    // The README's 1,572 URLs are xmlUrl attributes; none repeats within a file.
    expect(xmlUrls).toBe(1_572);
    expect(feeds).toBe(1_572);
    expect(skippedReasons).toEqual([]);
  });

  it('keeps folders: "with_category" files put every feed in their category, the others in none', () => {
    for (const name of names) {
      const { feeds } = parseOpml(corpusOpmlText(name));
      // File names spell the folder "UI / UX" as "UI - UX"; its "/" nests it.
      const category = name
        .replace(/^.*\//, '')
        .replace(/\.opml$/, '')
        .replace('UI - UX', 'UI/UX');
      const expected = name.includes('/with_category/') ? category : null;
      expect(new Set(feeds.map((feed) => feed.folder)), name).toEqual(new Set([expected]));
    }
  });

  it("reads the same URLs as feedsmith's OPML parser, and the files feedsmith rejects", () => {
    const rejected: string[] = [];
    for (const name of names) {
      const text = corpusOpmlText(name);
      const ours = parseOpml(text).feeds.map((feed) => feed.url);
      let theirs: string[];
      try {
        theirs = feedsmithUrls(feedsmithParseOpml(text).body?.outlines as FeedsmithOutline[] | undefined);
      } catch {
        rejected.push(name);
        continue;
      }
      // feedsmith loses outlines whose description holds raw HTML with quotes; ours is a superset.
      expect(
        ours.filter((url) => theirs.includes(url)),
        name,
      ).toEqual(theirs);
    }
    // Startups.opml: an unescaped quote inside a description ("calls him "the world's best …"").
    expect(rejected).toEqual([
      'recommended/with_category/Startups.opml',
      'recommended/without_category/Startups.opml',
    ]);
    expect(
      parseOpml(corpusOpmlText('recommended/with_category/Startups.opml')).feeds.map((f) => f.url),
    ).toContain('https://rss.art19.com/tim-ferriss-show');
  });

  it('keeps a raw "&" in a URL and decodes entities in titles', () => {
    const bangladesh = parseOpml(corpusOpmlText('countries/without_category/Bangladesh.opml')).feeds;
    expect(bangladesh.map((feed) => feed.url)).toContain(
      'https://bdnews24.com/?widgetName=rssfeed&widgetId=1150&getXmlFeed=true',
    );
    const business = parseOpml(corpusOpmlText('recommended/with_category/Business & Economy.opml')).feeds;
    expect(business[0]?.folder).toBe('Business & Economy');
  });
});

describe('parseOpml on damaged OPML (a real file, damaged the ways real exports are)', () => {
  const original = corpusOpmlText('countries/with_category/Japan.opml');
  const originalFeeds = parseOpml(original).feeds;

  it('reads upper-case tags and attribute names', () => {
    const shouting = original
      .replace(/<(\/?)outline/g, '<$1OUTLINE')
      .replace(/xmlUrl=/g, 'XMLURL=')
      .replace(/text=/g, 'TEXT=');
    expect(parseOpml(shouting).feeds).toEqual(originalFeeds);
  });

  it('reads feed outlines left unclosed (">" instead of "/>"), keeping their folder', () => {
    const unclosed = original.replace(/type="rss" \/>/g, 'type="rss">');
    expect(parseOpml(unclosed).feeds).toEqual(originalFeeds);
  });

  it('reads HTML entities (&nbsp;, &eacute;) that XML does not define', () => {
    const entities = original.replace('text="Japan Today"', 'text="Japan&nbsp;Today &eacute;dition"');
    const feeds = parseOpml(entities).feeds;
    expect(feeds[1]?.title).toBe('Japan Today édition'); // whitespace, no-break spaces included, collapses
    expect(feeds[5]?.title).toBe('NYT > Japan'); // a raw ">" inside the attribute
  });

  it('skips and reports outlines without xmlUrl, with bad URLs, or repeated', () => {
    const damaged = original
      .replace('xmlUrl="https://japantoday.com/feed" ', '')
      .replace('xmlUrl="http://www.newsonjapan.com/rss/top.xml"', 'xmlUrl="javascript:alert(1)"')
      .replace(
        'xmlUrl="https://english.kyodonews.net/rss/all.xml"',
        'xmlUrl="HTTPS://WWW.JAPANTIMES.CO.JP/feed/topstories/#top"',
      );
    const result = parseOpml(damaged);
    expect(result.feeds).toHaveLength(originalFeeds.length - 3);
    expect(result.skipped).toEqual([
      { line: 10, title: 'Japan Today', reason: 'an outline of type "rss" without its xmlUrl' },
      { line: 11, title: 'News On Japan', reason: 'not an http(s) URL: javascript:alert(1)' },
      { line: 12, title: 'All - Kyodo News+', reason: 'the same feed as line 9' },
    ]);
  });

  it('reads nested folders and a file cut off before its end', () => {
    const nested = original.replace(
      '<outline text="Japan" title="Japan">',
      '<outline text="Asia"><outline text="Japan" title="Japan">',
    );
    const cut = nested.slice(0, nested.indexOf('News On Japan'));
    const result = parseOpml(cut);
    expect(result.feeds.map((feed) => feed.folder)).toEqual(['Asia/Japan', 'Asia/Japan']);
  });

  it('refuses what is not OPML', () => {
    expect(() => parseOpml(corpusFeedText('guardian.rss'))).toThrow(
      new FeedError('not an OPML file: the root element is <rss>'),
    );
    expect(() => parseOpml('')).toThrow(new FeedError('empty document'));
  });
});
