/**
 * Plain text from the small pieces of markup found in feeds and OPML files: titles, author
 * names, descriptions. `decodeEntities` decodes numeric character references and the named
 * entities of HTML 4 that feeds actually use (Latin-1, typography, the XML five); `htmlToText`
 * also drops tags and collapses whitespace.
 *
 * Reference: HTML 4.01 §24 (character entity references), XML 1.0 §4.1. Unknown names are left
 * as written, so the function never invents text. Invariants: output never contains U+0000 or
 * other C0 controls except \t, \n; decoding is a single pass (an "&amp;lt;" becomes "&lt;", not
 * "<"). Cost: O(length of the input), one regular-expression pass per step.
 */

/** ISO 8859-1 names for code points 160–255, in order (HTML 4.01 §24.2). */
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde ' +
  'Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute ' +
  'Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde ' +
  'auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ' +
  'ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** The other named entities feeds use: XML's five, typography, a few letters and arrows. */
const OTHER_ENTITIES: Record<string, number> = {
  amp: 38,
  lt: 60,
  gt: 62,
  quot: 34,
  apos: 39,
  OElig: 338,
  oelig: 339,
  Scaron: 352,
  scaron: 353,
  Yuml: 376,
  fnof: 402,
  circ: 710,
  tilde: 732,
  ensp: 8194,
  emsp: 8195,
  thinsp: 8201,
  zwnj: 8204,
  zwj: 8205,
  lrm: 8206,
  rlm: 8207,
  ndash: 8211,
  mdash: 8212,
  lsquo: 8216,
  rsquo: 8217,
  sbquo: 8218,
  ldquo: 8220,
  rdquo: 8221,
  bdquo: 8222,
  dagger: 8224,
  Dagger: 8225,
  bull: 8226,
  hellip: 8230,
  permil: 8240,
  prime: 8242,
  Prime: 8243,
  lsaquo: 8249,
  rsaquo: 8250,
  euro: 8364,
  trade: 8482,
  larr: 8592,
  uarr: 8593,
  rarr: 8594,
  darr: 8595,
  harr: 8596,
  minus: 8722,
  hearts: 9829,
};

const NAMED_ENTITIES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>(Object.entries(OTHER_ENTITIES));
  LATIN1_NAMES.split(' ').forEach((name, i) => {
    map.set(name, 160 + i);
  });
  return map;
})();

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;
const TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/g;
const BLOCK_BREAK =
  /<(?:br\b[^<>]*|\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|section|article|figure|figcaption|pre|hr)\b[^<>]*)>/gi;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Named references browsers still read without their ";" (HTML's legacy list, the common part). */
const LEGACY_WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/**
 * Decodes character references. Named ones need their ";", except the legacy few above, and
 * those not when "=" follows ("?a=1&copy=2" in a URL stays as written, as in HTML attributes).
 * Unknown names stay as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    ENTITY,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined, at: number) => {
      if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
      if (name === undefined) return whole;
      const code = NAMED_ENTITIES.get(name);
      if (code === undefined) return whole;
      if (!whole.endsWith(';')) {
        const next = text.charAt(at + whole.length);
        if (!LEGACY_WITHOUT_SEMICOLON.has(name) || next === '=') return whole;
      }
      return String.fromCodePoint(code);
    },
  );
}

/** Removes control characters that have no place in text (XML 1.0 forbids most of them). */
export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

/**
 * Plain text of a markup fragment: tags dropped (block ends become line breaks when `keepLines`),
 * entities decoded, runs of whitespace collapsed, trimmed.
 */
export function htmlToText(html: string, keepLines = false): string {
  let text = html;
  if (text.includes('<')) {
    // Block ends separate words (and lines); inline tags (<b>, <sup>, <span>) join their text.
    text = text.replace(BLOCK_BREAK, keepLines ? '\n' : ' ').replace(TAG, '');
  }
  text = stripControls(decodeEntities(text));
  if (keepLines) {
    return text
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Plain text of a title or name, or null when nothing is left. */
export function textOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = htmlToText(value);
  return text.length > 0 ? text : null;
}

/** A markup value trimmed (its HTML kept as published), or null when empty or whitespace. */
export function htmlOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const html = stripControls(value).trim();
  return html.length > 0 ? html : null;
}

/** Text escaped for use as HTML content (&, <, >). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
