/**
 * The three extractors compared on the same pages, each giving text (one line per block) and
 * metadata in one shape:
 * - "readability/jsdom": Mozilla Readability.js with its default options over jsdom, its
 *   reference DOM (Readability.js's own quality; jsdom is only ever a peer here, never in the
 *   pipeline);
 * - "readability/linkedom": the same over linkedom's parse of the page as it is;
 * - "storyfold": `extractHtml` from @storyfold/ingest.
 * Readability's content HTML is turned into text by the same block walk (`blockText`) that
 * extractHtml uses, so that layout differences never count for or against anyone.
 * Invariants: never throws; a failed extraction gives empty text and null metadata.
 */
import { Readability } from '@mozilla/readability';
import { blockText, extractHtml } from '@storyfold/ingest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';

export interface Extraction {
  text: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
}

export type ExtractorName = 'readability/jsdom' | 'readability/linkedom' | 'storyfold';
export const EXTRACTOR_NAMES: readonly ExtractorName[] = [
  'readability/jsdom',
  'readability/linkedom',
  'storyfold',
];

type BlockRoot = Parameters<typeof blockText>[0];

const EMPTY: Extraction = {
  text: '',
  title: null,
  byline: null,
  published: null,
  siteName: null,
  lang: null,
};

/** The text of an HTML fragment or page, one line per block. */
export function htmlText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockText(document.body as unknown as BlockRoot);
}

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

function fromReadability(document: unknown): Extraction {
  const result = new Readability(document as ReadabilityDocument).parse();
  if (result === null) return EMPTY;
  return {
    text: result.content ? htmlText(result.content) : '',
    title: result.title ?? null,
    byline: result.byline ?? null,
    published: result.publishedTime ?? null,
    siteName: result.siteName ?? null,
    lang: result.lang ?? null,
  };
}

export function readabilityJsdom(html: string, url: string): Extraction {
  let dom: JSDOM | undefined;
  try {
    // A silent console: jsdom reports every stylesheet it cannot parse.
    dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    return fromReadability(dom.window.document);
  } catch {
    return EMPTY;
  } finally {
    dom?.window.close();
  }
}

export function readabilityLinkedom(html: string): Extraction {
  try {
    return fromReadability(parseHTML(html).document);
  } catch {
    return EMPTY;
  }
}

export function storyfold(html: string, url: string): Extraction {
  const page = extractHtml(html, url);
  return {
    text: page.text,
    title: page.title,
    byline: page.byline,
    published: page.published,
    siteName: page.siteName,
    lang: page.lang,
  };
}

export function extractWith(name: ExtractorName, html: string, url: string): Extraction {
  switch (name) {
    case 'readability/jsdom':
      return readabilityJsdom(html, url);
    case 'readability/linkedom':
      return readabilityLinkedom(html);
    case 'storyfold':
      return storyfold(html, url);
  }
}
