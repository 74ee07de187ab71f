/**
 * Extracts an article from an HTML page: its main content as text (one line per block) and its
 * metadata (title, byline, published, site name, language, canonical URL).
 *
 * Reference: Mozilla Readability (the Firefox Reader View algorithm) finds the main content;
 * metadata comes from the page's markup first (see page-metadata.ts) and from Readability last.
 * Invariants: never throws on any input string; every field is a string or null, `text` is a
 * string (possibly empty) whose lines are non-empty; when Readability fails or finds no text, the
 * page's visible text by block is used instead.
 * Speed (the text is the same as plain Readability's): what never becomes text is cut from the
 * HTML before parsing (strip-inert.ts, thin-attributes.ts); one walk gathers what metadata and the
 * guards need (page-index.ts); Readability runs with cheaper equivalent helpers
 * (readability-shortcuts.ts), without its URL and class clean-up (we read only the text) and
 * without copying the body unless it retries (deferred-body-copy.ts).
 * Cost: one linkedom parse (linear in the page) plus Readability's scoring passes (a few passes
 * over the DOM, at most four attempts); a second parse only when Readability retries and on the
 * fallback path.
 */
import { Readability } from '@mozilla/readability';
import { blockText } from './block-text.js';
import {
  PAGE_FURNITURE_ELEMENTS,
  READABILITY_CHAR_THRESHOLD,
  READABILITY_MAX_DEPTH,
  READABILITY_MAX_ELEMENTS,
} from './defaults.js';
import { deferBodyCopy } from './deferred-body-copy.js';
import { type DomDocument, type DomElement, type DomNode, parseDocument } from './dom.js';
import { indexPage, type PageIndex } from './page-index.js';
import {
  absoluteUrl,
  cleanByline,
  METADATA_ELEMENTS,
  type MetadataElements,
  type PageMetadata,
  readPageMetadata,
} from './page-metadata.js';
import { normalisePublished } from './published-date.js';
import { withShortcuts } from './readability-shortcuts.js';
import { stripInert } from './strip-inert.js';
import { thinAttributes } from './thin-attributes.js';
import { withoutSiteAffix } from './title-affix.js';

export interface ExtractedPage {
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time. */
  published: string | null;
  siteName: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  /** The main content, one line per block (paragraph, heading, list item, quote, caption…). */
  text: string;
}

interface ReadabilityResult {
  title?: string | null | undefined;
  content?: DomNode | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
  lang?: string | null | undefined;
  publishedTime?: string | null | undefined;
}

function newReader(document: DomDocument, hasTemplate: boolean): Readability<DomNode> {
  // Readability is typed against the DOM library; linkedom's document is what it gets at run time.
  const reader = new Readability<DomNode>(document as never, {
    serializer: (node) => node as unknown as DomNode,
    // Its own count walks the page and finds nothing on linkedom (no "*" match): page-index.ts counts.
    maxElemsToParse: 0,
    charThreshold: READABILITY_CHAR_THRESHOLD,
    disableJSONLD: true,
    // Only the content's text is read: class attributes need not be cleaned off it.
    keepClasses: true,
  });
  // Nor need its URLs be made absolute (a URL parse per link and image): that changes attributes
  // only, and the javascript: links it turns into their own text are inline either way.
  const internals = reader as unknown as { _fixRelativeUris?: unknown };
  if (typeof internals._fixRelativeUris === 'function') internals._fixRelativeUris = () => undefined;
  return withShortcuts(reader, hasTemplate);
}

/** The steps Readability.parse runs on the document before it reads the body (0.6). */
interface PreparingReader {
  _unwrapNoscriptImages?: (document: DomDocument) => void;
  _removeScripts?: (document: DomDocument) => void;
  _prepDocument?: () => void;
}

/**
 * The body's HTML as Readability sees it when its search starts: `page` parsed again, furniture
 * removed, then Readability's own steps before the search. Undefined when this Readability has
 * not got those steps.
 */
function preparedBodyHtml(page: string, hasTemplate: boolean): string | undefined {
  const document = parseDocument(page);
  removeFurniture(document);
  const reader = newReader(document, hasTemplate) as unknown as PreparingReader;
  if (
    typeof reader._unwrapNoscriptImages !== 'function' ||
    typeof reader._removeScripts !== 'function' ||
    typeof reader._prepDocument !== 'function'
  ) {
    return undefined;
  }
  reader._unwrapNoscriptImages(document);
  reader._removeScripts(document);
  reader._prepDocument();
  return (document.body as unknown as { innerHTML: string } | null)?.innerHTML;
}

function runReadability(document: DomDocument, page: string, hasTemplate: boolean): ReadabilityResult | null {
  try {
    const reader = newReader(document, hasTemplate);
    const body = document.body;
    // Only a retry needs Readability's copy of the body; it is rebuilt then (deferred-body-copy.ts).
    if (body !== null && preparable(reader)) {
      deferBodyCopy(body, () => {
        const html = preparedBodyHtml(page, hasTemplate);
        if (html === undefined) throw new Error('Readability cannot prepare a page');
        return html;
      });
    }
    return reader.parse();
  } catch {
    return null;
  }
}

function preparable(reader: Readability<DomNode>): boolean {
  const steps = reader as unknown as PreparingReader;
  return (
    typeof steps._unwrapNoscriptImages === 'function' &&
    typeof steps._removeScripts === 'function' &&
    typeof steps._prepDocument === 'function'
  );
}

/** Removes page furniture (PAGE_FURNITURE_ELEMENTS) as indexPage lists it: every match, in tree order. */
function removeFurniture(document: DomDocument): void {
  for (const name of PAGE_FURNITURE_ELEMENTS) {
    for (const element of Array.from(document.getElementsByTagName(name))) (element as Removable).remove();
  }
}

interface Removable extends DomElement {
  remove(): void;
}

function metadataOf(index: PageIndex): MetadataElements {
  const of = (name: string): readonly DomElement[] => index.byName.get(name) ?? [];
  return { meta: of('meta'), link: of('link'), time: of('time'), title: of('title'), script: of('script') };
}

function visibleText(html: string): string {
  try {
    const document = parseDocument(html);
    const root = document.body ?? document.documentElement;
    return root ? blockText(root) : '';
  } catch {
    return '';
  }
}

function orNull(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

export interface ExtractOptions {
  /**
   * A CSS selector for the source's main content (a per-source option). When it selects
   * elements, their text (in document order, nested matches once) is the content instead of
   * Readability's pick; when it selects nothing or is not a valid selector, Readability runs.
   */
  contentSelector?: string | undefined;
}

/** The text of the elements `selector` selects, or '' when it selects none or is invalid. */
function selectedText(document: DomDocument, selector: string): string {
  let elements: ArrayLike<DomElement>;
  try {
    elements = document.querySelectorAll(selector);
  } catch {
    return '';
  }
  const chosen: DomElement[] = [];
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    if (element === undefined) continue;
    // A match inside an earlier match is already in its text.
    if (chosen.some((outer) => contains(outer, element))) continue;
    chosen.push(element);
  }
  return chosen
    .map((element) => blockText(element))
    .filter((text) => text.length > 0)
    .join('\n');
}

function contains(outer: DomNode, inner: DomNode): boolean {
  for (let node: DomNode | null = inner.parentNode; node !== null; node = node.parentNode) {
    if (node === outer) return true;
  }
  return false;
}

/**
 * Extracts the main text and metadata of an HTML page. `url` resolves a relative canonical link
 * and names the site for title cleaning.
 */
export function extractHtml(html: string, url?: string, options: ExtractOptions = {}): ExtractedPage {
  let metadata: PageMetadata = {};
  let result: ReadabilityResult | null = null;
  let text = '';
  // A content selector may name any attribute, so its pages keep them all.
  const stripped = stripInert(html);
  const page = options.contentSelector === undefined ? thinAttributes(stripped) : stripped;
  try {
    const document = parseDocument(page);
    const root = document.documentElement;
    const index =
      root === null
        ? null
        : indexPage(root, [...METADATA_ELEMENTS, 'template'], PAGE_FURNITURE_ELEMENTS, READABILITY_MAX_DEPTH);
    metadata =
      index === null ? readPageMetadata(document, url) : readPageMetadata(document, url, metadataOf(index));
    if (options.contentSelector !== undefined) text = selectedText(document, options.contentSelector);
    if (text.length === 0 && index !== null) {
      for (const element of index.furniture) (element as Removable).remove();
      const hasTemplate = (index.byName.get('template')?.length ?? 0) > 0;
      if (!index.tooDeep && index.elements <= READABILITY_MAX_ELEMENTS)
        result = runReadability(document, page, hasTemplate);
      text = result?.content ? blockText(result.content) : '';
    }
  } catch {
    // linkedom or our walk failed on hostile markup: fall through to the visible text.
  }
  if (text.length === 0) text = visibleText(page);

  const siteName = orNull(metadata.siteName ?? result?.siteName);
  const title = orNull(metadata.title ?? result?.title ?? metadata.titleElement);
  return {
    title: title === null ? null : withoutSiteAffix(title, siteName, metadata.canonicalUrl ?? url),
    byline: orNull(metadata.byline ?? cleanByline(result?.byline)),
    published: orNull(metadata.published ?? normalisePublished(result?.publishedTime)),
    siteName,
    lang: orNull(metadata.lang ?? result?.lang),
    canonicalUrl: orNull(metadata.canonicalUrl ?? absoluteUrl(url, undefined)),
    text,
  };
}
