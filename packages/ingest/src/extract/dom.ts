/**
 * The small part of the DOM that extraction uses, declared here so the package compiles without
 * the DOM library and without `any` (linkedom's types refer to DOM globals we do not load).
 * `parseDocument` is the one place that turns linkedom's document into this shape.
 * linkedom is patched (patches/linkedom+*.patch, applied by `npm install`). A node's event-listener
 * map is made when a listener is first added, not in every node's constructor. Nothing here adds
 * listeners, and the per-node map with its WeakMap entry cost a third of extraction time with the
 * garbage collection it caused (25.7 → 41.1 pages/s, peak RSS 503 → 359 MB on the benchmark).
 * An element's upper-case name (tagName, nodeName, getElementsByTagName) comes from a bounded
 * cache instead of a new string per call (4% of extraction time), and className reads the class
 * attribute instead of joining the class list on every read (3%). Output is byte-identical.
 */
import { parseHTML } from 'linkedom';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

const HTML_OPEN = /<html(?=[\s>/])[^>]*>/i;
const BODY_OPEN = /<body(?=[\s>/])[^>]*>/i;
const HEAD_CLOSE = /<\/head\s*>/i;
const SKELETON_TAG = /<\/?(?:html|head|body)(?=[\s>/])[^>]*>/gi;

const attributesOf = (tag: string | undefined, name: string): string =>
  tag === undefined ? '' : tag.slice(name.length + 1, tag.endsWith('/>') ? -2 : -1);

/**
 * Gives a page exactly one <html>, <head> and <body>, in that order, as the HTML5 tree builder
 * would. linkedom does not run the tree builder: without this, a fragment's text lands outside
 * the body, text before <html> (a server's PHP warning) becomes the document element, and a
 * second <html> or <body> (pages built from templates) nests, so Readability sees nothing.
 * What precedes the first <body> is the head (or what precedes </head> when there is no <body>;
 * with neither, the whole page is the body); the first <html> and <body> tags keep their
 * attributes (lang); every other html/head/body tag is dropped. Cost: O(length of the page).
 */
export function withSkeleton(html: string): string {
  const htmlTag = HTML_OPEN.exec(html)?.[0];
  const bodyOpen = BODY_OPEN.exec(html);
  let head = '';
  let body = html;
  if (bodyOpen !== null) {
    head = html.slice(0, bodyOpen.index);
    body = html.slice(bodyOpen.index + bodyOpen[0].length);
  } else {
    const headClose = HEAD_CLOSE.exec(html);
    if (headClose !== null) {
      head = html.slice(0, headClose.index);
      body = html.slice(headClose.index + headClose[0].length);
    }
  }
  const htmlAttributes = attributesOf(htmlTag, 'html');
  const bodyAttributes = attributesOf(bodyOpen?.[0], 'body');
  return `<!DOCTYPE html><html${htmlAttributes}><head>${head.replace(SKELETON_TAG, '').replace(DOCTYPE_ANY, '')}</head><body${bodyAttributes}>${body.replace(SKELETON_TAG, '')}</body></html>`;
}

const DOCTYPE_ANY = /<!doctype[^>]*>/gi;

/** Parses HTML into a linkedom document, adding a missing <html>/<body> first. */
export function parseDocument(html: string): DomDocument {
  // linkedom returns DOM-typed objects; our interfaces above are the subset we rely on.
  const { document } = parseHTML(withSkeleton(html)) as { document: DomDocument };
  return document;
}

/** An element's attribute, trimmed; undefined when absent or blank. */
export function attribute(element: DomElement, name: string): string | undefined {
  const value = element.getAttribute(name)?.trim();
  return value ? value : undefined;
}
