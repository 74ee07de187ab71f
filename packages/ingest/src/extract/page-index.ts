/**
 * One walk over a parsed page that gathers what extraction needs before Readability runs: the
 * elements metadata is read from (meta, link, time, title, script), the page-furniture elements to
 * remove, whether the rest nests too deep for Readability, and how many elements the rest has.
 *
 * Why: linkedom's getElementsByTagName walks the whole document (attributes included) and
 * upper-cases every element's name on the way; metadata, furniture removal, the depth check and
 * Readability's own element count made seven such walks of every page.
 * Depth: entering an element that has a child goes one level down; a page nests too deep when
 * that reaches more than the limit below the root. Readability's cost grows worse than
 * quadratically with nesting (its scoring walks ancestors and re-reads nested text), so such pages
 * are read by visible text instead.
 * Reference: the DOM's tree order (getElementsByTagName returns elements in it).
 * Invariants: lists are in tree order, as getElementsByTagName would return them; depth and count
 * ignore furniture subtrees (they are removed before Readability runs) but the lists do not
 * (metadata is read before removal); the walk is iterative and never stops early. Cost: O(nodes).
 */
import { type DomElement, type DomNode, ELEMENT_NODE } from './dom.js';

export interface PageIndex {
  /** Elements with a collected tag name (lower case), by name, in tree order. */
  readonly byName: ReadonlyMap<string, readonly DomElement[]>;
  /** Furniture elements (nested ones included), in tree order. */
  readonly furniture: readonly DomElement[];
  /** Whether the page outside furniture nests deeper than the depth limit. */
  readonly tooDeep: boolean;
  /** Elements outside furniture, the root included. */
  readonly elements: number;
}

/** Walks `root`'s subtree once; `collect` and `furniture` are lower-case tag names. */
export function indexPage(
  root: DomElement,
  collect: readonly string[],
  furniture: readonly string[],
  depthLimit: number,
): PageIndex {
  const byName = new Map<string, DomElement[]>(collect.map((name) => [name, []]));
  const furnitureNames = new Set(furniture);
  const found: DomElement[] = [];
  let tooDeep = false;
  let elements = 1;
  let depth = 0;
  // The outermost furniture element the walk is inside, if any.
  let inFurniture: DomNode | null = null;
  let node: DomNode | null = root.firstChild;
  while (node !== null) {
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as DomElement;
      const name = element.localName;
      byName.get(name)?.push(element);
      if (furnitureNames.has(name)) {
        found.push(element);
        inFurniture ??= element;
      }
      if (inFurniture === null) elements++;
      if (element.firstChild !== null) {
        depth++;
        if (inFurniture === null && depth > depthLimit) tooDeep = true;
        node = element.firstChild;
        continue;
      }
    }
    // Leave `node` for its next sibling, climbing out of every ancestor that has none.
    while (node !== null && node.nextSibling === null) {
      if (node === inFurniture) inFurniture = null;
      node = node.parentNode;
      depth--;
      if (node === root) node = null;
    }
    if (node !== null) {
      if (node === inFurniture) inFurniture = null;
      node = node.nextSibling;
    }
  }
  return { byName, furniture: found, tooDeep, elements };
}
