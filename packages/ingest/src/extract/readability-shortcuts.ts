/**
 * Cheaper, equivalent versions of two predicates of Readability.js (0.6), installed on one
 * Readability instance before it parses. Both are called for most elements of the page while
 * Readability walks it, and both read `textContent`, which linkedom builds by walking the whole
 * subtree: on a page nested d deep that is O(nodes × d) string building per walk.
 * - `_isValidByline(node, matchString)`: Readability computes the node's text length first and
 *   then tests rel="author", itemprop~author or its byline pattern on the class and id. Here the
 *   cheap attribute tests run first and the text is read only for the few nodes that pass them.
 *   Same result: the text length is only ever combined with `&&` after those tests, and reading
 *   textContent has no side effect.
 * - `_isElementWithoutContent(node)`: Readability tests `textContent.trim()` is empty; here a walk
 *   stops at the first text (or CDATA) node that is not all whitespace. `trim()` of the joined
 *   text is empty exactly when every text node's `trim()` is (both use ECMAScript's whitespace
 *   set), so the result is the same; the child-element part is Readability's own expression.
 * Reference: @mozilla/readability 0.6.0, Readability.js `_isValidByline`, `_isElementWithoutContent`.
 * Invariants: installed only when the instance has both methods (another Readability version runs
 * unchanged); the walk is iterative. Cost: O(nodes up to the first text with content) per call.
 */
import { type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.js';

const CDATA_SECTION_NODE = 4;

interface ShortcutElement extends DomNode {
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<unknown>;
  readonly children: ArrayLike<unknown>;
}

/** The part of a Readability instance the shortcuts replace or read. */
interface ReaderInternals {
  REGEXPS?: { byline?: RegExp };
  _isValidByline?: (node: ShortcutElement, matchString: string) => boolean;
  _isElementWithoutContent?: (node: ShortcutElement) => boolean;
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

/** Installs the shortcuts on `reader` (a Readability instance) and returns it. */
export function withShortcuts<T>(reader: T): T {
  const internals = reader as unknown as ReaderInternals;
  const byline = internals.REGEXPS?.byline;
  if (
    byline === undefined ||
    typeof internals._isValidByline !== 'function' ||
    typeof internals._isElementWithoutContent !== 'function'
  ) {
    return reader;
  }
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
  return reader;
}
