/**
 * The small part of the DOM that extraction uses, declared here so the package compiles without
 * the DOM library and without `any` (linkedom's types refer to DOM globals we do not load).
 * `parseDocument` is the one place that turns linkedom's document into this shape.
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
}

const HTML_OPEN = /<html[\s>]/i;
const BODY_OPEN = /<body[\s>]/i;
const HEAD_CLOSE = /<\/head\s*>/i;
const DOCTYPE = /^\s*<!doctype[^>]*>/i;

/**
 * Gives a page the <html> and <body> elements linkedom needs. linkedom does not run the HTML5
 * tree builder: without them, a fragment's text lands outside the body (or the document element
 * is a <p>), and Readability and the visible-text walk would see nothing.
 */
export function withSkeleton(html: string): string {
  let page = html;
  if (!BODY_OPEN.test(page)) {
    const headClose = HEAD_CLOSE.exec(page);
    const htmlOpen = HTML_OPEN.exec(page);
    if (headClose) {
      const at = headClose.index + headClose[0].length;
      page = `${page.slice(0, at)}<body>${page.slice(at)}`;
    } else if (htmlOpen) {
      const close = page.indexOf('>', htmlOpen.index);
      const at = close < 0 ? page.length : close + 1;
      page = `${page.slice(0, at)}<body>${page.slice(at)}`;
    } else {
      const doctype = DOCTYPE.exec(page);
      const at = doctype ? doctype[0].length : 0;
      page = `${page.slice(0, at)}<body>${page.slice(at)}`;
    }
  }
  if (!HTML_OPEN.test(page)) {
    const doctype = DOCTYPE.exec(page);
    const at = doctype ? doctype[0].length : 0;
    page = `${page.slice(0, at)}<html>${page.slice(at)}</html>`;
  }
  return page;
}

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
