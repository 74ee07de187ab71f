/**
 * Reads an article's metadata from a page's head and markup, before Readability touches the
 * document: JSON-LD, then OpenGraph, then other meta tags (author, date, citation_*, Dublin Core,
 * parsely, sailthru, microdata itemprop), <time datetime>, <html lang>, <link rel=canonical>.
 *
 * Reference: the OpenGraph protocol (og:*, article:*), schema.org, Dublin Core meta names,
 * Highwire Press citation_* tags as Google Scholar documents them.
 * Invariants: preference is JSON-LD > OpenGraph > other meta > markup for every field; values are
 * trimmed, whitespace-collapsed, never empty; URLs in author fields are not bylines; a JSON-LD
 * headline is used only if it fits the <title>; the published date is the first candidate that
 * normalises to ISO 8601 (see published-date.ts).
 * Cost: O(number of meta, link, time and script elements).
 */
import { attribute, type DomDocument, type DomElement } from './dom.js';
import { readJsonLd } from './json-ld.js';
import { normalisePublished } from './published-date.js';

export interface PageMetadata {
  title?: string | undefined;
  byline?: string | undefined;
  published?: string | undefined;
  siteName?: string | undefined;
  lang?: string | undefined;
  canonicalUrl?: string | undefined;
  /** The first <title> element's text, wherever it is: a last resort when Readability finds no title. */
  titleElement?: string | undefined;
}

/** Meta names (lower-cased `name`, `property` or `itemprop`) per field, best first within each tier. */
const OPENGRAPH = {
  title: ['og:title'],
  byline: ['article:author'],
  published: ['article:published_time', 'og:published_time', 'og:article:published_time'],
  siteName: ['og:site_name'],
  url: ['og:url'],
} as const;

/**
 * Dublin Core names, preferred to OpenGraph as Readability prefers them: where a page sets both,
 * its Dublin Core fields are the ones written for the article (OpenGraph is often shared-card copy).
 */
const DUBLIN_CORE = {
  title: ['dc.title', 'dc:title', 'dcterms.title', 'dcterm:title'],
  byline: ['dc.creator', 'dc:creator', 'dcterms.creator', 'dcterm:creator'],
} as const;

const META = {
  title: [
    'twitter:title',
    'dc.title',
    'dcterms.title',
    'citation_title',
    'parsely-title',
    'sailthru.title',
    'headline',
  ],
  byline: [
    'author',
    'dc.creator',
    'dcterms.creator',
    'citation_author',
    'parsely-author',
    'sailthru.author',
    'byl',
    'article.author',
    'byline',
  ],
  published: [
    'datepublished',
    'citation_publication_date',
    'citation_date',
    'citation_online_date',
    'dc.date.issued',
    'dcterms.issued',
    'dc.date',
    'dcterms.date',
    'dcterms.created',
    'date',
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'article.published',
    'parsely-pub-date',
    'sailthru.date',
    'originalpublicationdate',
    'displaydate',
    'dc.date.created',
    'date.available',
  ],
  siteName: [
    'application-name',
    'dc.publisher',
    'dcterms.publisher',
    'publisher',
    'citation_publisher',
    'twitter:site:name',
  ],
} as const;

function clean(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const collapsed = value.replace(/\s+/g, ' ').trim();
  return collapsed.length > 0 ? collapsed : undefined;
}

function isUrl(value: string): boolean {
  return /^(?:https?:)?\/\//i.test(value);
}

/**
 * Words that introduce a byline rather than belong to it, in the languages of the pages we
 * measured (English, German, French, Spanish, Italian, Dutch, Scandinavian): "Published by",
 * "Posted by", "Veröffentlicht von", "Von", "Par", "Por"…, optionally followed by a colon.
 */
const BYLINE_LEAD =
  /^(?:(?:published|posted|written|veröffentlicht|geschrieben|verfasst|publié|publicado|pubblicato)(?:\s+(?:by|von|par|por|da))?|by|von|par|por|di|door|av|af|autor(?:in)?|author)(?:[:\s]\s*|$)/i;
/** A trailing date after the name: "lupa am 26/10/13, 03:48 pm", "Ann on May 3, 2020". */
const BYLINE_DATE_TAIL = /\s+(?:am|on|le|el|il|op)\s+\S*\d.*$/i;
/** What a byline may open with that is not part of it: separators and punctuation. */
const BYLINE_LEAD_PUNCT = /^[\s|·•–—\-:,;]+/;

/** "By Jane Doe" → "Jane Doe"; "Veröffentlicht von Cem Basman" → "Cem Basman"; "Posted on" → undefined. */
export function cleanByline(value: string | null | undefined): string | undefined {
  const text = clean(value);
  if (text === undefined || isUrl(text)) return undefined;
  const name = text.replace(BYLINE_LEAD_PUNCT, '').replace(BYLINE_LEAD, '').replace(BYLINE_DATE_TAIL, '');
  // Nothing left but a lead word ("Posted on", "Veröffentlicht am"): no byline.
  if (/^(?:on|am|le|el|il|op)?$/i.test(name.trim())) return undefined;
  return clean(name);
}

/** Tag names of the elements metadata is read from. */
export const METADATA_ELEMENTS = ['meta', 'link', 'time', 'title', 'script'] as const;

/** The page's elements of each name in METADATA_ELEMENTS, in tree order. */
export type MetadataElements = Readonly<Record<(typeof METADATA_ELEMENTS)[number], ArrayLike<DomElement>>>;

function metadataElements(document: DomDocument): MetadataElements {
  return {
    meta: document.getElementsByTagName('meta'),
    link: document.getElementsByTagName('link'),
    time: document.getElementsByTagName('time'),
    title: document.getElementsByTagName('title'),
    script: document.getElementsByTagName('script'),
  };
}

/** All meta values by lower-cased key; a key may repeat (several citation_author tags). */
function metaValues(metas: ArrayLike<DomElement>): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i];
    if (meta === undefined) continue;
    const content = clean(meta.getAttribute('content'));
    if (content === undefined) continue;
    const keys = `${meta.getAttribute('property') ?? ''} ${meta.getAttribute('name') ?? ''} ${meta.getAttribute('itemprop') ?? ''}`;
    for (const key of keys.toLowerCase().split(/\s+/)) {
      if (key.length === 0) continue;
      const list = values.get(key);
      if (list === undefined) values.set(key, [content]);
      else if (!list.includes(content)) list.push(content);
    }
  }
  return values;
}

function first(values: Map<string, string[]>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = values.get(key)?.[0];
    if (value !== undefined) return value;
  }
  return undefined;
}

function bylineFrom(values: Map<string, string[]>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const names = (values.get(key) ?? []).map(cleanByline).filter((name) => name !== undefined);
    if (names.length > 0) return [...new Set(names)].join(', ');
  }
  return undefined;
}

function timeDatetime(times: ArrayLike<DomElement>): string | undefined {
  let fallback: string | undefined;
  for (let i = 0; i < times.length; i++) {
    const time = times[i];
    if (time === undefined) continue;
    const value = attribute(time, 'datetime');
    if (value === undefined) continue;
    if (time.hasAttribute('pubdate') || time.getAttribute('itemprop')?.toLowerCase() === 'datepublished')
      return value;
    fallback ??= value;
  }
  return fallback;
}

function canonicalLink(links: ArrayLike<DomElement>): string | undefined {
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (link === undefined) continue;
    const rel = link.getAttribute('rel')?.toLowerCase().split(/\s+/) ?? [];
    if (rel.includes('canonical')) {
      const href = attribute(link, 'href');
      if (href !== undefined) return href;
    }
  }
  return undefined;
}

function pageLang(document: DomDocument, values: Map<string, string[]>): string | undefined {
  const root = document.documentElement;
  const lang = root ? (attribute(root, 'lang') ?? attribute(root, 'xml:lang')) : undefined;
  if (lang !== undefined) return lang;
  const metaLang = first(values, ['content-language', 'dc.language', 'language']);
  if (metaLang !== undefined) return metaLang;
  const locale = first(values, ['og:locale']);
  return locale?.replace('_', '-');
}

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0),
  );
}

/**
 * Whether a JSON-LD headline plausibly names this page: some sites put a description in it
 * (Wikipedia: "constitutional monarchy in Oceania"). It fits when there is no <title> to check
 * against, or when at least half of its words are in the <title>.
 */
function titleFits(headline: string | undefined, titleElement: string | undefined): boolean {
  if (headline === undefined) return false;
  if (titleElement === undefined) return true;
  const inTitle = words(titleElement);
  const own = [...words(headline)];
  return own.filter((word) => inTitle.has(word)).length * 2 >= own.length;
}

/** The first candidate that is a usable date, normalised to ISO 8601. */
function firstDate(candidates: (string | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const date = normalisePublished(candidate);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** Resolves `href` against `base` when it can; otherwise returns href as it is (if absolute) or undefined. */
export function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/**
 * The page's metadata from markup, best source first for each field. `elements` are the page's
 * elements named in METADATA_ELEMENTS when the caller has them (page-index.ts); otherwise they are
 * looked up in `document`.
 */
export function readPageMetadata(
  document: DomDocument,
  url?: string,
  elements: MetadataElements = metadataElements(document),
): PageMetadata {
  const jsonLd = readJsonLd(elements.script);
  const values = metaValues(elements.meta);
  const titleElement = clean(elements.title[0]?.textContent);
  const canonical = canonicalLink(elements.link) ?? first(values, OPENGRAPH.url) ?? jsonLd.url;
  return {
    title:
      (titleFits(jsonLd.title, titleElement) ? jsonLd.title : undefined) ??
      (titleFits(jsonLd.name, titleElement) ? jsonLd.name : undefined) ??
      first(values, DUBLIN_CORE.title) ??
      first(values, OPENGRAPH.title) ??
      first(values, META.title),
    byline:
      cleanByline(jsonLd.byline) ??
      bylineFrom(values, DUBLIN_CORE.byline) ??
      bylineFrom(values, OPENGRAPH.byline) ??
      bylineFrom(values, META.byline),
    published: firstDate([
      jsonLd.published,
      ...OPENGRAPH.published.map((key) => values.get(key)?.[0]),
      ...META.published.map((key) => values.get(key)?.[0]),
      timeDatetime(elements.time),
    ]),
    siteName: jsonLd.siteName ?? first(values, OPENGRAPH.siteName) ?? first(values, META.siteName),
    lang: pageLang(document, values),
    canonicalUrl: absoluteUrl(canonical, url),
    titleElement,
  };
}
