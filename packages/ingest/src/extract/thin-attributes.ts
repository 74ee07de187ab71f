/**
 * Removes from an HTML string the attributes that extraction never reads, before it is parsed:
 * on every start tag, only the attributes named in KEPT_ATTRIBUTES stay (class, id, style, href,
 * role, itemprop, meta and link fields, table spans…); start tags of media elements (img,
 * picture, figure, source, iframe, embed, object, video, audio) keep all of theirs.
 *
 * Why: linkedom makes every attribute a node of the document (an object with its own event
 * target map, linked into the node list), so the `data-*`, `on*`, `title`, `target`, `aria-*`
 * attributes of a news page (about a third of its attributes) cost parse time, garbage
 * collection, and a step in every tree walk Readability makes, and no text comes of them.
 * Readability.js 0.6 reads, outside media elements, only the attributes kept here (its lazy-image
 * and video checks read any attribute of media elements, which is why those are left whole);
 * page-metadata.ts, json-ld.ts and block-text.ts read a subset of them.
 * Reference: the HTML tokenizer's start-tag and attribute syntax (quoted, unquoted and bare
 * values); raw-text and RCDATA elements (script, style, textarea, title, xmp, iframe, noembed,
 * noframes, noscript) are copied untouched, content included.
 * Invariants: linear time; a start tag this scanner does not fully recognise (a stray "/", an
 * unterminated quote) is left as it is; kept attributes are copied byte for byte, in order; text,
 * end tags, comments and doctype are unchanged. Cost: O(length of the page).
 */
import { KEPT_ATTRIBUTES } from './defaults.js';

/** Elements whose attributes are all kept: Readability reads any of them (lazy images, video embeds). */
const MEDIA_ELEMENTS = new Set([
  'img',
  'picture',
  'figure',
  'source',
  'iframe',
  'embed',
  'object',
  'video',
  'audio',
]);

/** Elements whose content is not markup to the tokenizer (or that we leave alone): skipped to their end tag. */
const RAW_ELEMENTS = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'noembed',
  'noframes',
  'noscript',
]);

const KEPT = new Set(KEPT_ATTRIBUTES);

/** A start tag's name, right after "<". */
const TAG_NAME = /<([a-zA-Z][^\s/>]*)/g;
/** One attribute with its leading whitespace: name, then an optional = and value. */
const ATTRIBUTE = /\s+([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>][^\s>]*))?/y;
/** The end of a start tag. */
const TAG_END = /\s*\/?>/y;

const closers = new Map<string, RegExp>();
function closerOf(name: string): RegExp {
  let closer = closers.get(name);
  if (closer === undefined) {
    closer = new RegExp(`</${name}[\\s/>]`, 'gi');
    closers.set(name, closer);
  }
  return closer;
}

/** `html` with the attributes extraction never reads removed from its start tags. */
export function thinAttributes(html: string): string {
  const parts: string[] = [];
  let kept = 0;
  TAG_NAME.lastIndex = 0;
  for (;;) {
    const open = TAG_NAME.exec(html);
    if (open === null) break;
    const name = (open[1] ?? '').toLowerCase();
    const afterName = TAG_NAME.lastIndex;
    if (RAW_ELEMENTS.has(name)) {
      const closer = closerOf(name);
      closer.lastIndex = afterName;
      if (closer.exec(html) === null) break;
      TAG_NAME.lastIndex = closer.lastIndex;
      continue;
    }
    if (MEDIA_ELEMENTS.has(name)) continue;
    // Read the whole tag first; copy anything only once it is recognised to its ">".
    let at = afterName;
    let dropped = false;
    const spans: number[] = [];
    for (;;) {
      ATTRIBUTE.lastIndex = at;
      const attribute = ATTRIBUTE.exec(html);
      if (attribute === null) break;
      const keep = KEPT.has((attribute[1] ?? '').toLowerCase());
      if (keep) spans.push(at, ATTRIBUTE.lastIndex);
      else dropped = true;
      at = ATTRIBUTE.lastIndex;
    }
    TAG_END.lastIndex = at;
    if (TAG_END.exec(html) === null) continue;
    TAG_NAME.lastIndex = at;
    if (!dropped) continue;
    parts.push(html.slice(kept, afterName));
    for (let i = 0; i < spans.length; i += 2) parts.push(html.slice(spans[i], spans[i + 1]));
    kept = at;
  }
  if (kept === 0) return html;
  parts.push(html.slice(kept));
  return parts.join('');
}
