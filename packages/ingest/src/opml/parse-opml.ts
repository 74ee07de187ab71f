/**
 * parseOpml: the feeds an OPML subscription list names, with their folders, from files as real
 * feed readers and people write them: unclosed or mis-nested outlines, attribute names in any case
 * (xmlUrl, xmlurl, XMLURL), HTML entities (&nbsp;, &eacute;) and bare "&" in attributes, which
 * XML parsers reject. So it reads tags itself rather than through an XML parser.
 *
 * Reference: OPML 2.0 (opml.org/spec2.opml), "subscriptionList" outlines (type, text, xmlUrl,
 * htmlUrl, title). How: one pass over the tags; a stack of open outlines gives each feed its
 * folder path (the text of enclosing outlines that are not feeds themselves, so an unclosed feed
 * outline does not become a folder); </body> or </opml> closes whatever is still open.
 * Invariants: every outline with a start tag ends up either in `feeds` or in `skipped` (folders
 * excepted); feeds are unique by normaliseFeedUrl, first occurrence kept, in document order;
 * throws FeedError only when the text is not an OPML document at all. Cost: O(length of the text).
 */

import { normaliseFeedUrl } from '@storyfold/store';
import { documentKind } from '../feeds/document-kind.js';
import { FeedError } from '../feeds/feed-error.js';
import { resolveUrl } from '../feeds/feed-url.js';
import { htmlToText } from '../feeds/html-text.js';
import { readAttributes } from '../feeds/markup-attributes.js';
import {
  FOLDER_SEPARATOR,
  normaliseFolder,
  type OpmlFeed,
  type OpmlImport,
  type OpmlSkipped,
} from './opml-feed.js';

interface OpenOutline {
  /** The folder name this outline gives its children, or null for a feed or an unnamed outline. */
  readonly folder: string | null;
}

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly attributes: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Index of the ">" that ends a tag whose attributes start at `from`. A quote opens a value only
 * after "=", and closes it only when whitespace, "/" or ">" follows (see markup-attributes.ts), so
 * an unescaped quote inside a value does not swallow the rest of the file. A "<" outside a value
 * before any ">" means the tag was never closed: it ends there.
 */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) {
        const next = text.charCodeAt(i + 1);
        if (Number.isNaN(next) || next === 0x3e || next === 0x2f || next <= 0x20) quote = 0;
      }
      continue;
    }
    if ((c === 0x22 || c === 0x27) && afterEquals) quote = c;
    else if (c === 0x3e) return i;
    else if (c === 0x3c) return i - 1;
    if (c === 0x3d) afterEquals = true;
    else if (c > 0x20) afterEquals = false;
  }
  return text.length - 1;
}

const NEXT_OUTLINE_TAG = /<\/?(?:outline|body|opml)\b/gi;

/**
 * Index of the ">" that ends an outline start tag: the last ">" before the next outline, body or
 * opml tag. Descriptions copied from feeds carry raw HTML with quotes (description="… <a
 * href="https://x/">x</a> …"), which no quote rule can read; outline tags hold no markup of their
 * own, so the stretch up to the next outline tag is this tag, whatever its quotes.
 */
function outlineEnd(text: string, from: number): number {
  NEXT_OUTLINE_TAG.lastIndex = from;
  const next = NEXT_OUTLINE_TAG.exec(text);
  const limit = next === null ? text.length : next.index;
  const close = text.lastIndexOf('>', limit - 1);
  return close >= from ? close : limit - 1;
}

/** The tags of a document in order, skipping comments, CDATA, declarations and instructions. */
function* tags(text: string): Generator<Tag> {
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      i = close < 0 ? -1 : text.indexOf('<', close + 3);
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const close = text.indexOf(']]>', i + 9);
      i = close < 0 ? -1 : text.indexOf('<', close + 3);
      continue;
    }
    if (text.startsWith('<!', i) || text.startsWith('<?', i)) {
      const close = text.indexOf('>', i + 2);
      i = close < 0 ? -1 : text.indexOf('<', close + 1);
      continue;
    }
    const closing = text.charCodeAt(i + 1) === 0x2f;
    const nameStart = closing ? i + 2 : i + 1;
    const name = /^[A-Za-z_][\w.:-]*/.exec(text.slice(nameStart, nameStart + 64))?.[0];
    if (name === undefined) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    const after = nameStart + name.length;
    const end = !closing && name.toLowerCase() === 'outline' ? outlineEnd(text, after) : tagEnd(text, after);
    const inner = text.slice(nameStart + name.length, end + 1 > text.length ? text.length : end);
    const selfClosing = !closing && /\/\s*$/.test(inner);
    yield {
      name: name.toLowerCase(),
      closing,
      selfClosing,
      attributes: selfClosing ? inner.replace(/\/\s*$/, '') : inner,
      start: i,
      end,
    };
    i = text.indexOf('<', end + 1);
  }
}

/** Counts lines incrementally: tags come in document order, so each count resumes the last. */
function lineCounter(text: string): (index: number) => number {
  let at = 0;
  let line = 1;
  return (index) => {
    for (; at < index; at++) if (text.charCodeAt(at) === 0x0a) line++;
    return line;
  };
}

function folderPath(stack: readonly OpenOutline[]): string | null {
  const names = stack.map((outline) => outline.folder).filter((name): name is string => name !== null);
  return normaliseFolder(names.join(FOLDER_SEPARATOR));
}

/** Reads an OPML document; FeedError when it is not one (empty, or another root element). */
export function parseOpml(text: string): OpmlImport {
  const kind = documentKind(text);
  if (kind.kind === 'empty') throw new FeedError('empty document');
  if (kind.kind !== 'xml' || kind.localName !== 'opml') {
    const root =
      kind.kind === 'xml'
        ? `the root element is <${kind.root}>`
        : `it is ${kind.kind === 'html' ? 'an HTML page' : 'not XML'}`;
    throw new FeedError(`not an OPML file: ${root}`);
  }
  const lineAt = lineCounter(text);
  const feeds: OpmlFeed[] = [];
  const skipped: OpmlSkipped[] = [];
  const firstLine = new Map<string, number>();
  const stack: OpenOutline[] = [];
  let title: string | null = null;
  let inHead = false;

  for (const tag of tags(text)) {
    if (tag.name === 'head') inHead = !tag.closing;
    if (tag.name === 'title' && !tag.closing && !tag.selfClosing && inHead && title === null) {
      const close = text.slice(tag.end).search(/<\/title/i);
      const raw = close < 0 ? '' : text.slice(tag.end + 1, tag.end + close);
      const value = htmlToText(raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1'));
      title = value.length > 0 ? value : null;
      continue;
    }
    if (tag.name === 'body' || tag.name === 'opml') {
      if (tag.closing) stack.length = 0;
      continue;
    }
    if (tag.name !== 'outline') continue;
    if (tag.closing) {
      stack.pop();
      continue;
    }
    const attributes = readAttributes(tag.attributes);
    const label = htmlToText(attributes.get('text') ?? attributes.get('title') ?? '');
    const rawUrl = attributes.get('xmlurl') ?? attributes.get('xml_url') ?? attributes.get('feedurl');
    const type = (attributes.get('type') ?? '').toLowerCase();
    const line = lineAt(tag.start);
    const name = label.length > 0 ? label : null;

    if (rawUrl === undefined || rawUrl.trim().length === 0) {
      if (!tag.selfClosing) {
        stack.push({ folder: name });
        continue;
      }
      const feedType = /rss|atom|feed|rdf/.test(type);
      const reason = feedType ? `an outline of type "${type}" without its xmlUrl` : 'no xmlUrl: not a feed';
      skipped.push({ line, title: name, reason });
      continue;
    }
    if (!tag.selfClosing) stack.push({ folder: null });
    const url = normaliseFeedUrl(rawUrl);
    if (url === undefined) {
      skipped.push({ line, title: name, reason: `not an http(s) URL: ${rawUrl.trim().slice(0, 200)}` });
      continue;
    }
    const earlier = firstLine.get(url);
    if (earlier !== undefined) {
      skipped.push({ line, title: name, reason: `the same feed as line ${earlier}` });
      continue;
    }
    firstLine.set(url, line);
    feeds.push({
      url,
      title: name !== null && name !== rawUrl.trim() && name !== url ? name : null,
      siteUrl: resolveUrl(attributes.get('htmlurl'), url),
      folder: folderPath(tag.selfClosing ? stack : stack.slice(0, -1)),
    });
  }
  return { title, feeds, skipped };
}
