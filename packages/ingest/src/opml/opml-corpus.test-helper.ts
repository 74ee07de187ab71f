/**
 * Test helper: the 118 real OPML files of ../shared/datasets/feeds/awesome-rss-feeds (read-only,
 * never copied into the repository), as text.
 */
import { readdirSync, readFileSync } from 'node:fs';

export const OPML_CORPUS = '../shared/datasets/feeds/awesome-rss-feeds';

export function corpusOpmlNames(): string[] {
  return (readdirSync(OPML_CORPUS, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.opml'))
    .sort();
}

export function corpusOpmlText(name: string): string {
  return readFileSync(`${OPML_CORPUS}/${name}`, 'utf8');
}
