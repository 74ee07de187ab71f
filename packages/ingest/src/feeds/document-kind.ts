/**
 * What a fetched document is, read from its first markup: empty, JSON, an HTML page, or XML with
 * a named root element, and whether an XML or JSON document stops before its end. `parseFeed`
 * uses it to choose a parser and to word its errors; nothing here parses the whole document.
 *
 * Reference: XML 1.0 §2.8 (prolog: declaration, comments, processing instructions, doctype before
 * the root element), RFC 8259 (JSON). Invariants: never throws; looks only at the prolog and the
 * root's start tag, plus one scan for the root's end tag (XML) or one bracket scan (JSON).
 * Cost: O(length of the document).
 */

export type DocumentKind =
  | { readonly kind: 'empty' }
  | { readonly kind: 'json' }
  | { readonly kind: 'html' }
  | { readonly kind: 'xml'; readonly root: string; readonly localName: string; readonly selfClosing: boolean }
  | { readonly kind: 'unknown' };

/** Start tags that only an HTML page (or a fragment of one) begins with. */
const HTML_ROOTS = new Set([
  'html',
  'head',
  'body',
  'title',
  'meta',
  'link',
  'script',
  'style',
  'div',
  'p',
  'a',
  'span',
  'table',
  'iframe',
  'h1',
  'h2',
  'br',
  'center',
  'pre',
]);

const NAME = /^[A-Za-z_][\w.:-]*/;

/** Index just past the next `end` at or after `from`, or the text's length when it never comes. */
function skipPast(text: string, from: number, end: string): number {
  const at = text.indexOf(end, from);
  return at < 0 ? text.length : at + end.length;
}

/** Reads the prolog and the root start tag; the kind of the document. */
export function documentKind(text: string): DocumentKind {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // whitespace and a byte-order mark
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) {
      i++;
      continue;
    }
    if (c === 0x7b || c === 0x5b) return { kind: 'json' }; // "{" or "["
    if (c !== 0x3c) return { kind: 'unknown' }; // not "<"
    if (text.startsWith('<?', i)) {
      i = skipPast(text, i + 2, '?>');
      continue;
    }
    if (text.startsWith('<!--', i)) {
      i = skipPast(text, i + 4, '-->');
      continue;
    }
    if (text.startsWith('<!', i)) {
      const declaration = text.slice(i, i + 20);
      if (/^<!doctype\s+html/i.test(declaration)) return { kind: 'html' };
      const close = text.indexOf('>', i);
      const subset = text.indexOf('[', i);
      i = subset >= 0 && (close < 0 || subset < close) ? skipPast(text, subset, ']') : i;
      i = skipPast(text, i, '>');
      continue;
    }
    const name = NAME.exec(text.slice(i + 1, i + 200))?.[0];
    if (name === undefined) return { kind: 'unknown' };
    const colon = name.lastIndexOf(':');
    const localName = (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
    if (HTML_ROOTS.has(localName)) return { kind: 'html' };
    const tagEnd = text.indexOf('>', i);
    const selfClosing = tagEnd > 0 && text.charCodeAt(tagEnd - 1) === 0x2f; // "/>"
    return { kind: 'xml', root: name, localName, selfClosing };
  }
  return { kind: 'empty' };
}

/** Whether an XML document has its root's end tag (a document cut off in transfer has not). */
export function hasRootEnd(text: string, root: string): boolean {
  const escaped = root.replace(/[.]/g, '\\.');
  return new RegExp(`</${escaped}\\s*>`, 'i').test(text);
}

/**
 * Whether a JSON document stops inside a string, object or array: every bracket opened is closed
 * by the end of the text. Brackets inside strings do not count.
 */
export function jsonIsCutOff(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash escapes the next character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\ufffd]+/g;

/** The start of a document as a short, printable snippet for an error message. */
export function snippet(text: string, chars: number): string {
  const printable = text
    .slice(0, chars * 4)
    .replace(UNPRINTABLE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return printable.length > chars ? `${printable.slice(0, chars)}…` : printable;
}
