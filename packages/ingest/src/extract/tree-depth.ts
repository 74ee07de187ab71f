/**
 * Tells whether a DOM tree nests deeper than a limit, without recursion.
 *
 * Why: Readability's scoring walks each node's ancestors and re-reads nested text, which grows
 * worse than quadratically with nesting depth (5,000 nested divs take minutes). Pages nested past
 * the limit skip Readability and are read by visible text.
 * Invariants: stops at the first node past the limit. Cost: O(nodes) time, O(1) memory.
 */
import { type DomNode, ELEMENT_NODE } from './dom.js';

export function deeperThan(root: DomNode, limit: number): boolean {
  let depth = 0;
  let node: DomNode | null = root.firstChild;
  while (node !== null) {
    if (node.nodeType === ELEMENT_NODE && node.firstChild !== null) {
      depth++;
      if (depth > limit) return true;
      node = node.firstChild;
      continue;
    }
    while (node !== null && node.nextSibling === null) {
      node = node.parentNode;
      depth--;
      if (node === null || node === root) return false;
    }
    if (node !== null) node = node.nextSibling;
  }
  return false;
}
