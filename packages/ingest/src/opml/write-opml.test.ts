import fc from 'fast-check';
import { parseOpml as feedsmithParseOpml } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { corpusOpmlNames, corpusOpmlText } from './opml-corpus.test-helper.js';
import type { OpmlFeed } from './opml-feed.js';
import { parseOpml } from './parse-opml.js';
import { writeOpml } from './write-opml.js';

describe('writeOpml', () => {
  it('round-trips every feed of the 118 real OPML files, all in one document', () => {
    const feeds = corpusOpmlNames().flatMap((name) => {
      const folder = name.split('/').slice(0, -1).join('/');
      return parseOpml(corpusOpmlText(name)).feeds.map((feed) => ({
        ...feed,
        folder: feed.folder === null ? folder : `${folder}/${feed.folder}`,
      }));
    });
    const seen = new Set<string>();
    const unique = feeds.filter((feed) => !seen.has(feed.url) && seen.add(feed.url));
    const written = writeOpml(unique, { title: 'awesome-rss-feeds' });
    const read = parseOpml(written);
    expect(read.title).toBe('awesome-rss-feeds');
    expect(read.skipped).toEqual([]);
    expect(read.feeds).toHaveLength(781); // 1,572 entries, 781 distinct feed URLs
    expect(read.feeds).toEqual(sortedLikeWriter(unique));
  });

  it('writes XML that a strict parser reads, folders as nested outlines', () => {
    const feeds: OpmlFeed[] = [
      {
        url: 'https://www.japantimes.co.jp/feed/topstories/',
        title: 'Japan Times',
        siteUrl: null,
        folder: 'News/Asia',
      },
      {
        url: 'https://bdnews24.com/?widgetName=rssfeed&widgetId=1150',
        title: 'bdnews24 "Home" <3 & > 2',
        siteUrl: 'https://bdnews24.com/',
        folder: 'News/Asia',
      },
      { url: 'https://feld.com/feed', title: null, siteUrl: null, folder: 'Business & Economy' },
      { url: 'https://hnrss.org/frontpage', title: 'HN', siteUrl: null, folder: null },
    ];
    const written = writeOpml(feeds, { dateCreated: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) });
    expect(written).toContain('<dateCreated>Fri, 02 Jan 2026 03:04:05 GMT</dateCreated>');
    const strict = feedsmithParseOpml(written);
    const news = strict.body?.outlines?.[0];
    expect(news?.text).toBe('News');
    expect(news?.outlines?.[0]?.text).toBe('Asia');
    expect(news?.outlines?.[0]?.outlines?.map((outline) => outline.xmlUrl)).toEqual([
      feeds[0]?.url,
      feeds[1]?.url,
    ]);
    expect(news?.outlines?.[0]?.outlines?.[1]?.text).toBe('bdnews24 "Home" <3 & > 2');
    expect(strict.body?.outlines?.[1]?.outlines?.[0]?.text).toBe('https://feld.com/feed'); // text is required
    expect(parseOpml(written).feeds).toEqual(feeds);
  });

  it('round-trips any plain-text titles and folders (property, fixed seed)', () => {
    const words = fc.stringMatching(/^[^\s<&/]{1,12}$/);
    const text = fc.array(words, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
    const feed = fc.record({
      url: fc.webUrl({ withQueryParameters: true }).map((url) => new URL(url).href),
      title: fc.option(text),
      siteUrl: fc.constant(null),
      folder: fc.option(fc.array(text, { minLength: 1, maxLength: 3 }).map((names) => names.join('/'))),
    });
    fc.assert(
      fc.property(fc.uniqueArray(feed, { selector: (f) => f.url, maxLength: 20 }), (feeds) => {
        const expected = feeds.map((f) => ({
          ...f,
          url: normalised(f.url),
          title: f.title === f.url ? null : f.title,
        }));
        const unique = [...new Map(expected.map((f) => [f.url, f])).values()];
        expect(parseOpml(writeOpml(unique)).feeds).toEqual(sortedLikeWriter(unique));
      }),
      { seed: 20_260_301, numRuns: 100 },
    );
  });
});

function normalised(url: string): string {
  const parsed = parseOpml(writeOpml([{ url, title: null, siteUrl: null, folder: null }])).feeds[0];
  return parsed?.url ?? url;
}

/** writeOpml groups each folder's feeds together, at the folder's first appearance. */
function sortedLikeWriter(feeds: OpmlFeed[]): OpmlFeed[] {
  interface Node {
    readonly feeds: (OpmlFeed | Node)[];
    readonly folders: Map<string, Node>;
  }
  const root: Node = { feeds: [], folders: new Map() };
  for (const feed of feeds) {
    let node = root;
    for (const name of feed.folder?.split('/') ?? []) {
      let child = node.folders.get(name);
      if (child === undefined) {
        child = { feeds: [], folders: new Map() };
        node.folders.set(name, child);
        node.feeds.push(child);
      }
      node = child;
    }
    node.feeds.push(feed);
  }
  const out: OpmlFeed[] = [];
  const walk = (node: Node): void => {
    for (const entry of node.feeds) {
      if ('folders' in entry) walk(entry);
      else out.push(entry);
    }
  };
  walk(root);
  return out;
}
