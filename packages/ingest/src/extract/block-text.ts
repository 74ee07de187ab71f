/**
 * Converts a DOM subtree to text with one line per block: every block element (p, h1–h6, li,
 * blockquote, figcaption, div, tr, …) and every <br> ends a line; inline elements join their text.
 *
 * Reference: the HTML Living Standard's list of block-level ("flow content" with display: block)
 * elements, and innerText's rule that block boundaries become line breaks.
 * Invariants: the walk is iterative (no recursion), so nesting depth cannot overflow the stack;
 * whitespace inside a line is collapsed to single spaces, lines are trimmed and never empty;
 * script, style, template and hidden elements contribute nothing; <pre> keeps its own line breaks.
 * Cost: O(nodes + characters) time, O(characters) memory.
 */
import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.js';

const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

const CELL_ELEMENTS = new Set(['td', 'th']);

/** Elements whose content is never visible text. */
const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'datalist',
  'map',
  'audio',
  'video',
  'picture',
  'source',
  'track',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Accumulates inline text and cuts it into lines. */
class LineBuilder {
  readonly lines: string[] = [];
  private parts: string[] = [];

  add(text: string): void {
    this.parts.push(text);
  }

  /** Ends the current line, if it has any visible text. */
  end(): void {
    if (this.parts.length === 0) return;
    const line = this.parts.join('').replace(/\s+/g, ' ').trim();
    this.parts = [];
    if (line.length > 0) this.lines.push(line);
  }

  /** Adds preformatted text: its own line breaks end lines. */
  addPreformatted(text: string): void {
    const pieces = text.split(/\r?\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) this.end();
      this.add(piece);
    });
  }
}

/** The text of `root`'s subtree, one line per block, lines joined by "\n". */
export function blockText(root: DomNode): string {
  return blockLines(root).join('\n');
}

/** The lines of `root`'s subtree, one per block. */
export function blockLines(root: DomNode): string[] {
  const out = new LineBuilder();
  let preDepth = 0;

  const leave = (element: DomElement): void => {
    const name = element.localName;
    if (name === 'pre') preDepth--;
    if (BLOCK_ELEMENTS.has(name)) out.end();
  };

  let node: DomNode | null = root.firstChild;
  while (node !== null) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (preDepth > 0) out.addPreformatted(text);
      else out.add(text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as DomElement;
      const name = element.localName;
      if (name === 'br') {
        out.end();
      } else if (!SKIPPED_ELEMENTS.has(name) && !isHidden(element)) {
        if (BLOCK_ELEMENTS.has(name)) out.end();
        else if (CELL_ELEMENTS.has(name)) out.add(' ');
        if (name === 'pre') preDepth++;
        descend = true;
      }
    }

    if (descend) {
      if (node.firstChild !== null) {
        node = node.firstChild;
        continue;
      }
      leave(node as DomElement);
    }
    // Move to the next sibling, leaving every ancestor we climb out of.
    while (node !== null) {
      if (node === root) {
        node = null;
        break;
      }
      if (node.nextSibling !== null) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
      if (node === null || node === root) {
        node = null;
        break;
      }
      leave(node as DomElement);
    }
  }
  out.end();
  return out.lines;
}
