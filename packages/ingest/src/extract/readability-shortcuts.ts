/**
 * Cheaper, equivalent versions of four helpers of Readability.js (0.6), installed on one
 * Readability instance before it parses. Each is called for most elements of the page while
 * Readability walks it; on linkedom the originals build the subtree's text (O(nodes × depth) per
 * walk), run a CSS selector engine, or build a style object per element.
 * - `_isValidByline(node, matchString)`: Readability computes the node's text length first and
 *   then tests rel="author", itemprop~author or its byline pattern on the class and id. Here the
 *   cheap attribute tests run first and the text is read only for the few nodes that pass them.
 *   Same result: the text length is only ever combined with `&&` after those tests, and reading
 *   textContent has no side effect.
 * - `_isElementWithoutContent(node)`: Readability tests `textContent.trim()` is empty; here a walk
 *   stops at the first text (or CDATA) node that is not all whitespace. `trim()` of the joined
 *   text is empty exactly when every text node's `trim()` is (both use ECMAScript's whitespace
 *   set), so the result is the same; the child-element part is Readability's own expression.
 * Reference: @mozilla/readability 0.6.0, Readability.js `_isValidByline`, `_isElementWithoutContent`,
 * `_getAllNodesWithTag`, `_isProbablyVisible`; linkedom 0.18 (style from the style attribute,
 * tag names matched lower-cased, template contents skipped by querySelectorAll).
 * Invariants: installed only when the instance has all four methods (another Readability version runs
 * unchanged); walks are iterative. Cost per call: O(nodes up to the first text with content) for
 * the emptiness test, O(nodes) for the tag lookup, O(attributes) for the others.
 */
import { type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.js';

const CDATA_SECTION_NODE = 4;

interface ShortcutElement extends DomNode {
  readonly localName: string;
  readonly className: unknown;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getElementsByTagName(name: string): ArrayLike<ShortcutElement>;
  readonly children: ArrayLike<unknown>;
}

/** The part of a Readability instance the shortcuts replace or read. */
interface ReaderInternals {
  REGEXPS?: { byline?: RegExp };
  _isValidByline?: (node: ShortcutElement, matchString: string) => boolean;
  _isElementWithoutContent?: (node: ShortcutElement) => boolean;
  _getAllNodesWithTag?: (node: ShortcutElement, tagNames: readonly string[]) => ArrayLike<ShortcutElement>;
  _isProbablyVisible?: (node: ShortcutElement) => boolean;
}

/** Whether a text or CDATA node under `root` has a character that is not whitespace. */
export function hasNonWhitespaceText(root: DomNode): boolean {
  let node: DomNode | null = root.firstChild;
  while (node !== null) {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      if ((node.textContent ?? '').trim().length > 0) return true;
    } else if (type === ELEMENT_NODE && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node.nextSibling === null) {
      node = node.parentNode;
      if (node === null || node === root) return false;
    }
    if (node !== null) node = node.nextSibling;
  }
  return false;
}

const LOWER_CASE_NAME = /^[a-z][a-z0-9]*$/;

/**
 * Installs the shortcuts on `reader` (a Readability instance) and returns it. `hasTemplate`: the
 * page has a <template> element (then tag lookups keep Readability's own way).
 */
export function withShortcuts<T>(reader: T, hasTemplate = true): T {
  const internals = reader as unknown as ReaderInternals;
  const byline = internals.REGEXPS?.byline;
  if (
    byline === undefined ||
    typeof internals._isValidByline !== 'function' ||
    typeof internals._isElementWithoutContent !== 'function' ||
    typeof internals._getAllNodesWithTag !== 'function' ||
    typeof internals._isProbablyVisible !== 'function'
  ) {
    return reader;
  }
  const probablyVisible = internals._isProbablyVisible.bind(reader);
  const allNodesWithTag = internals._getAllNodesWithTag.bind(reader);
  internals._isValidByline = (node, matchString) => {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || itemprop?.includes('author') || byline.test(matchString))) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  };
  internals._isElementWithoutContent = (node) =>
    node.nodeType === ELEMENT_NODE &&
    !hasNonWhitespaceText(node) &&
    (node.children.length === 0 ||
      node.children.length ===
        node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length);
  if (!hasTemplate) {
    internals._getAllNodesWithTag = (node, tagNames) => {
      const [tag] = tagNames;
      return tagNames.length === 1 && tag !== undefined && LOWER_CASE_NAME.test(tag)
        ? node.getElementsByTagName(tag.toUpperCase())
        : allNodesWithTag(node, tagNames);
    };
  }
  internals._isProbablyVisible = (node) => {
    if (node.hasAttribute('style')) return probablyVisible(node);
    const className = node.className;
    return (
      !node.hasAttribute('hidden') &&
      (!node.hasAttribute('aria-hidden') ||
        node.getAttribute('aria-hidden') !== 'true' ||
        (typeof className === 'string' && className.includes('fallback-image')))
    );
  };
  return reader;
}
