/**
 * Sanitises article HTML for showing to the user: keeps the readable structure (headings,
 * paragraphs, lists, quotes, figures, tables, links, emphasis, code) and removes everything that
 * could run, load or restyle: scripts, styles, frames, objects, forms, SVG and MathML, event
 * handlers, style/class/id attributes, meta refresh and base, and every URL that is not http(s)
 * (or mailto: for links). Links open in a new tab without an opener or referrer and are marked
 * nofollow. Images (img, picture/source) are kept only when the user allows them — otherwise
 * nothing remote loads at all — and even then 1×1 tracking pixels go; a lazy-loaded image is
 * shown by its data-src/data-srcset, since the script that would have set its src never runs.
 *
 * Reference: sanitize-html (htmlparser2 parse, allow-list, re-serialised with text and attributes
 * escaped); OWASP XSS Filter Evasion Cheat Sheet and the mXSS cases of DOMPurify's tests for
 * the hostile input it is tested on.
 * Invariants: the output contains only the elements of ALLOWED_TAGS (plus img/picture/source when
 * images), only the attributes listed for them, no on* attribute, and only absolute http(s)/mailto
 * URLs in href, and http(s) in src/srcset; relative URLs are resolved against `baseUrl` when
 * given, else dropped (they would point into Storyfold itself); sanitising the output again
 * leaves it unchanged. Text is never dropped except inside scripts, styles, templates, SVG, MathML
 * and other non-text elements.
 * Cost: one parse and one serialisation, O(length of the HTML): about 90 ms for the 1.16 MB
 * Guardian test page (a whole page with its scripts) on a busy shared machine, a noisy bound; an
 * extracted article body of 10–50 KB takes a few ms. Callers should sanitise bodies, not pages.
 */
import sanitize from 'sanitize-html';
import { IMAGE_SCHEMES, LINK_SCHEMES, NESTING_LIMIT, TRACKING_PIXEL_MAX_PX } from './defaults.js';

export interface SanitiseOptions {
  /** Keep images (img, picture/source)? False removes them entirely, so nothing remote loads. */
  images: boolean;
  /** The article's own URL: relative links and images are resolved against it (else dropped). */
  baseUrl?: string | undefined;
}

/** The readable structure kept in every case. */
const ALLOWED_TAGS: readonly string[] = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'div',
  'span',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'q',
  'cite',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'colgroup',
  'col',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'del',
  'ins',
  'mark',
  'small',
  'sub',
  'sup',
  'abbr',
  'time',
  'pre',
  'code',
  'kbd',
  'samp',
  'var',
  'wbr',
];

const IMAGE_TAGS: readonly string[] = ['img', 'picture', 'source'];

/** Elements whose content is not readable text: dropped with everything inside them. */
const DROPPED_WITH_CONTENT: readonly string[] = [
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'textarea',
  'option',
  'select',
  'title',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'button',
];

const ATTRIBUTES: Record<string, string[]> = {
  '*': ['lang', 'dir', 'title'],
  a: ['href', 'rel', 'target', 'hreflang'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'],
  source: ['srcset', 'sizes', 'media', 'type'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  th: ['colspan', 'rowspan', 'scope', 'headers', 'abbr'],
  td: ['colspan', 'rowspan', 'headers'],
  col: ['span'],
  colgroup: ['span'],
};

const LINK_REL = 'noopener noreferrer nofollow';

/** `value` as an absolute URL with one of `schemes`, or undefined. */
function absoluteUrl(
  value: string,
  schemes: readonly string[],
  baseUrl: string | undefined,
): string | undefined {
  let url: URL;
  try {
    url = baseUrl === undefined ? new URL(value) : new URL(value, baseUrl);
  } catch {
    return undefined;
  }
  return schemes.includes(url.protocol.slice(0, -1)) ? url.href : undefined;
}

/**
 * A srcset ("a.jpg 1x, b.jpg 2x") with every candidate's URL made absolute; candidates whose URL
 * is not allowed are left out. URLs may contain commas; a candidate ends at a comma after a URL
 * that ends in one, or at the comma that ends its descriptors (HTML's srcset parsing, simplified).
 */
export function resolveSrcset(value: string, baseUrl: string | undefined): string {
  const kept: string[] = [];
  let position = 0;
  while (position < value.length) {
    while (position < value.length && /[\s,]/.test(value[position]!)) position++;
    if (position >= value.length) break;
    let end = position;
    while (end < value.length && !/\s/.test(value[end]!)) end++;
    let url = value.slice(position, end);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
      position = end;
    } else {
      const comma = value.indexOf(',', end);
      descriptor = value.slice(end, comma < 0 ? value.length : comma).trim();
      position = comma < 0 ? value.length : comma + 1;
    }
    const absolute = absoluteUrl(url, IMAGE_SCHEMES, baseUrl);
    if (absolute !== undefined && /^[\d.]+[wx]$|^$/.test(descriptor))
      kept.push(descriptor === '' ? absolute : `${absolute} ${descriptor}`);
  }
  return kept.join(', ');
}

/** The attributes with URL-valued ones made absolute or removed. */
function withUrls(
  attribs: sanitize.Attributes,
  names: readonly string[],
  schemes: readonly string[],
  baseUrl: string | undefined,
): sanitize.Attributes {
  const out: sanitize.Attributes = { ...attribs };
  for (const name of names) {
    const value = out[name];
    if (value === undefined) continue;
    const absolute =
      name === 'srcset' ? resolveSrcset(value, baseUrl) : absoluteUrl(value.trim(), schemes, baseUrl);
    if (absolute === undefined || absolute === '') delete out[name];
    else out[name] = absolute;
  }
  return out;
}

/** Where lazy-loading scripts keep an image's real address until it scrolls into view. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-url'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];

/**
 * A lazy-loaded image's real address in src/srcset: the page's script would have put it there,
 * and no script runs here. Only when src is missing or not a web address (a data: placeholder).
 */
function withLazySources(attribs: sanitize.Attributes, baseUrl: string | undefined): sanitize.Attributes {
  const src = attribs.src;
  if (src !== undefined && absoluteUrl(src.trim(), IMAGE_SCHEMES, baseUrl) !== undefined) return attribs;
  const out: sanitize.Attributes = { ...attribs };
  const lazy = LAZY_SRC.map((name) => attribs[name]).find(
    (value) => value !== undefined && value.trim() !== '',
  );
  if (lazy === undefined) delete out.src;
  else out.src = lazy;
  const lazySet = LAZY_SRCSET.map((name) => attribs[name]).find((value) => value !== undefined);
  if (lazySet !== undefined && (out.srcset === undefined || resolveSrcset(out.srcset, baseUrl) === ''))
    out.srcset = lazySet;
  return out;
}

function isTrackingPixel(attribs: Record<string, string>): boolean {
  for (const name of ['width', 'height']) {
    const value = attribs[name];
    if (value === undefined) continue;
    const size = Number.parseFloat(value);
    if (Number.isFinite(size) && size <= TRACKING_PIXEL_MAX_PX) return true;
  }
  return false;
}

function optionsFor(options: SanitiseOptions): sanitize.IOptions {
  const { baseUrl } = options;
  const allowedAttributes: Record<string, string[]> = { ...ATTRIBUTES };
  if (!options.images) {
    delete allowedAttributes.img;
    delete allowedAttributes.source;
  }
  const cite = (tagName: string, attribs: sanitize.Attributes): sanitize.Tag => ({
    tagName,
    attribs: withUrls(attribs, ['cite'], ['http', 'https'], baseUrl),
  });
  return {
    allowedTags: options.images ? [...ALLOWED_TAGS, ...IMAGE_TAGS] : [...ALLOWED_TAGS],
    allowedAttributes,
    allowedSchemes: [...LINK_SCHEMES],
    allowedSchemesByTag: { img: [...IMAGE_SCHEMES], source: [...IMAGE_SCHEMES] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    allowVulnerableTags: false,
    allowedStyles: {},
    parseStyleAttributes: false,
    disallowedTagsMode: 'discard',
    nonTextTags: [...DROPPED_WITH_CONTENT],
    nestingLimit: NESTING_LIMIT,
    enforceHtmlBoundary: false,
    selfClosing: [...sanitize.defaults.selfClosing, 'source', 'wbr', 'col'],
    transformTags: {
      a: (tagName, attribs) => {
        const resolved = withUrls(attribs, ['href'], LINK_SCHEMES, baseUrl);
        if (resolved.href === undefined) {
          // Not a link any more (javascript:, relative without a base …): its text stays.
          const { rel: _rel, target: _target, ...rest } = resolved;
          return { tagName: 'span', attribs: rest };
        }
        return { tagName, attribs: { ...resolved, rel: LINK_REL, target: '_blank' } };
      },
      img: (tagName, attribs) => ({
        tagName,
        attribs: withUrls(withLazySources(attribs, baseUrl), ['src', 'srcset'], IMAGE_SCHEMES, baseUrl),
      }),
      source: (tagName, attribs) => ({
        tagName,
        attribs: withUrls(attribs, ['srcset'], IMAGE_SCHEMES, baseUrl),
      }),
      blockquote: cite,
      q: cite,
      del: cite,
      ins: cite,
    },
    exclusiveFilter: (frame) => {
      if (frame.tag === 'img') {
        return (
          (frame.attribs.src === undefined && frame.attribs.srcset === undefined) ||
          isTrackingPixel(frame.attribs)
        );
      }
      if (frame.tag === 'source') return frame.attribs.srcset === undefined;
      return false;
    },
  };
}

/**
 * `html` (a fragment or a whole page) with only readable, inert structure left; see the header.
 * Images only when `options.images`; relative URLs resolved against `options.baseUrl`.
 */
export function sanitiseHtml(html: string, options: SanitiseOptions): string {
  return sanitize(html, optionsFor(options));
}
