import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFeedText } from './feed-corpus.test-helper.js';
import { FeedError } from './feed-error.js';
import { parseFeed } from './parse-feed.js';

/** Runs parseFeed and reports whether it returned or threw a FeedError; anything else fails. */
function onlyFeedErrors(text: string): boolean {
  try {
    parseFeed(text, 'https://example.org/feed');
    return true;
  } catch (error) {
    if (error instanceof FeedError && error.message.length > 0) return true;
    throw error;
  }
}

const FEEDS = ['guardian.rss', 'rss-1.rss', 'heise.atom', 'feedburner.atom', 'encoding.rss'].map(
  corpusFeedText,
);
const SETTINGS = { seed: 20_260_301, numRuns: 150 };

describe('parseFeed on hostile input throws nothing but FeedError', () => {
  it('random bytes, read as Latin-1 and as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        return (
          onlyFeedErrors(new TextDecoder('latin1').decode(bytes)) &&
          onlyFeedErrors(new TextDecoder().decode(bytes))
        );
      }),
      SETTINGS,
    );
  });

  it('random text that starts like a feed', () => {
    const starts = fc.constantFrom(
      '<rss version="2.0">',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '{"version":"https://jsonfeed.org/version/1.1",',
      '<rdf:RDF>',
      '<?xml version="1.0"?><rss>',
    );
    fc.assert(
      fc.property(starts, fc.string({ maxLength: 500 }), (start, rest) => onlyFeedErrors(start + rest)),
      SETTINGS,
    );
  });

  it('real feeds cut at any point, or with random text spliced in', () => {
    fc.assert(
      fc.property(
        fc.nat(FEEDS.length - 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.string({ maxLength: 40 }),
        (i, at, insert) => {
          const text = FEEDS[i] ?? '';
          const cut = Math.floor(text.length * at);
          return (
            onlyFeedErrors(text.slice(0, cut)) &&
            onlyFeedErrors(text.slice(0, cut) + insert + text.slice(cut))
          );
        },
      ),
      { ...SETTINGS, numRuns: 60 },
    );
  });

  it('deep nesting, closed and unclosed, in an item and at the top', () => {
    for (const depth of [1_000, 20_000, 200_000]) {
      const open = '<x>'.repeat(depth);
      const close = '</x>'.repeat(depth);
      expect(
        onlyFeedErrors(`<rss><channel><item><title>t</title>${open}${close}</item></channel></rss>`),
      ).toBe(true);
      expect(onlyFeedErrors(`<rss><channel>${open}</channel></rss>`)).toBe(true);
      expect(onlyFeedErrors(`<feed xmlns="http://www.w3.org/2005/Atom">${open}${close}</feed>`)).toBe(true);
      expect(
        onlyFeedErrors(
          `{"version":"https://jsonfeed.org/version/1.1","items":${'['.repeat(depth)}${']'.repeat(depth)}}`,
        ),
      ).toBe(true);
    }
  });
});
