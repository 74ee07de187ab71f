/**
 * Reads the two extraction datasets in place: Readability's reviewed test pages (source,
 * expected body, expected metadata) and trafilatura's evaluation pages with their `with` /
 * `without` snippets and expected metadata.
 *
 * Pages are decoded as the browser would in the common cases: strict UTF-8 first, then the
 * charset the page declares in its first 4 KB (ISO-8859-1, windows-125x…), then lenient UTF-8.
 * Invariants: file order is stable (sorted case names; the JSON's own key order). Cost: reads
 * 29 MB and 146 MB of files once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { READABILITY_PAGES, TRAFILATURA_DIR, TRAFILATURA_PAGE_DIRS } from './defaults.js';

export interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  siteName?: string | null;
  lang?: string | null;
}

export interface ReadabilityCase {
  name: string;
  source: string;
  expectedHtml: string;
  metadata: ExpectedMetadata;
}

export interface TrafilaturaCase {
  /** Position in evaldata.json (the gate's subset is every GATE_STRIDE-th). */
  index: number;
  url: string;
  file: string;
  html: string;
  with: string[];
  without: string[];
  metadata: ExpectedMetadata;
}

const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([-\w:.]+)/i;

/** Bytes of an HTML page as text. */
export function decodeHtml(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const label = DECLARED_CHARSET.exec(head)?.[1];
    if (label !== undefined) {
      try {
        return new TextDecoder(label).decode(bytes);
      } catch {
        // Unknown label: fall through.
      }
    }
    return new TextDecoder('utf-8').decode(bytes);
  }
}

interface RawReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  siteName?: string | null;
  lang?: string | null;
}

export function loadReadabilityCases(): ReadabilityCase[] {
  return readdirSync(READABILITY_PAGES)
    .sort()
    .map((name) => {
      const dir = join(READABILITY_PAGES, name);
      const raw = JSON.parse(
        readFileSync(join(dir, 'expected-metadata.json'), 'utf8'),
      ) as RawReadabilityMetadata;
      return {
        name,
        source: readFileSync(join(dir, 'source.html'), 'utf8'),
        expectedHtml: readFileSync(join(dir, 'expected.html'), 'utf8'),
        metadata: {
          title: raw.title,
          byline: raw.byline,
          published: raw.publishedTime,
          siteName: raw.siteName,
          lang: raw.lang,
        },
      };
    });
}

interface RawTrafilaturaEntry {
  file: string;
  with: string[];
  without: string[];
  /** A string, or (on a few pages) a list of names. */
  author?: string | string[];
  title?: string;
  date?: string;
  sitename?: string;
}

/** trafilatura's pages; `stride` > 1 keeps every stride-th page (the gate's fixed subset). */
export function loadTrafilaturaCases(stride = 1): TrafilaturaCase[] {
  const entries = Object.entries(
    JSON.parse(readFileSync(join(TRAFILATURA_DIR, 'evaldata.json'), 'utf8')) as Record<
      string,
      RawTrafilaturaEntry
    >,
  );
  const out: TrafilaturaCase[] = [];
  entries.forEach(([url, entry], index) => {
    if (index % stride !== 0) return;
    const dir = TRAFILATURA_PAGE_DIRS.find((d) => existsSync(join(TRAFILATURA_DIR, d, entry.file)));
    if (dir === undefined) return;
    out.push({
      index,
      url,
      file: entry.file,
      html: decodeHtml(readFileSync(join(TRAFILATURA_DIR, dir, entry.file))),
      with: entry.with,
      without: entry.without,
      metadata: {
        title: entry.title,
        byline: Array.isArray(entry.author) ? entry.author.join('; ') : entry.author,
        published: entry.date,
        siteName: entry.sitename,
      },
    });
  });
  return out;
}
