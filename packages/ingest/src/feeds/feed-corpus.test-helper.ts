/**
 * Test helper: the real feeds of ../shared/datasets/feeds/rss-parser (read-only, never copied into
 * the repository), decoded to text as the fetch code would: by the charset the document declares,
 * else UTF-8. uolNoticias.rss declares nothing but is ISO-8859-1 (UOL sent it with an HTTP
 * charset); it is decoded as such here, standing in for the fetch code's header handling.
 */
import { readdirSync, readFileSync } from 'node:fs';

export const FEED_CORPUS = '../shared/datasets/feeds/rss-parser/test';

const LATIN1_WITHOUT_DECLARATION = new Set(['uolNoticias.rss']);

export function corpusFeedNames(): string[] {
  return readdirSync(`${FEED_CORPUS}/input`).sort();
}

export function corpusFeedText(name: string): string {
  const bytes = readFileSync(`${FEED_CORPUS}/input/${name}`);
  const declared = /encoding=["']([\w-]+)["']/i.exec(bytes.subarray(0, 200).toString('latin1'))?.[1];
  const charset = LATIN1_WITHOUT_DECLARATION.has(name) ? 'iso-8859-1' : (declared ?? 'utf-8');
  return new TextDecoder(charset).decode(bytes);
}

/** rss-parser's own parse of a corpus feed (a reference, not ground truth), or undefined. */
export function rssParserOutput(
  name: string,
): { title?: string; items: { title?: string; link?: string }[] } | undefined {
  try {
    const json = readFileSync(`${FEED_CORPUS}/output/${name.replace(/\.\w+$/, '.json')}`, 'utf8');
    return (JSON.parse(json) as { feed: { title?: string; items: { title?: string; link?: string }[] } })
      .feed;
  } catch {
    return undefined;
  }
}

/** The URL a corpus feed is parsed as coming from (relative links resolve against it). */
export function corpusFeedUrl(name: string): string {
  return `https://feeds.example.org/${name}`;
}
