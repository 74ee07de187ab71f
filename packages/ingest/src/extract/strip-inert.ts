/**
 * Removes from an HTML string the parts that never become article text, before it is parsed:
 * comments, and the elements script (except JSON-LD), style, noscript, template and svg with
 * everything inside them.
 *
 * Why: on news pages these are often half of the bytes (inline bundles, CSS, icon sprites), and
 * every node linkedom builds for them is then walked again by Readability's passes. Readability
 * itself removes scripts, styles and noscript before scoring, and no text of an svg, template or
 * comment ever reaches its output, so the article text is the same.
 * Reference: the HTML tokenizer's raw-text elements (script, style) and comment syntax; JSON-LD
 * blocks (<script type="application/ld+json">) are kept because metadata is read from them.
 * Invariants: linear time — every search starts where the previous one ended; an element or
 * comment that is never closed is left as it is (with everything after it), as are unknown
 * constructs; text outside the removed ranges is unchanged. Cost: O(length of the page).
 */

const OPENING = /<!--|<(script|style|noscript|template|svg)(?=[\s/>])([^>]*)>/gi;
const JSON_LD = /\btype\s*=\s*["']?\s*application\/ld\+json/i;

const closers = new Map<string, RegExp>();
function closerOf(name: string): RegExp {
  let closer = closers.get(name);
  if (closer === undefined) {
    closer = new RegExp(`</${name}\\s*>`, 'gi');
    closers.set(name, closer);
  }
  return closer;
}

/** `html` without comments and inert elements. */
export function stripInert(html: string): string {
  const parts: string[] = [];
  let kept = 0;
  OPENING.lastIndex = 0;
  for (;;) {
    const open = OPENING.exec(html);
    if (open === null) break;
    const name = open[1]?.toLowerCase();
    let end: number;
    if (name === undefined) {
      const close = html.indexOf('-->', open.index + 4);
      if (close < 0) break;
      end = close + 3;
    } else {
      if (name === 'script' && JSON_LD.test(open[2] ?? '')) continue;
      if ((open[2] ?? '').trimEnd().endsWith('/') && name === 'svg') {
        end = OPENING.lastIndex;
      } else {
        const closer = closerOf(name);
        closer.lastIndex = OPENING.lastIndex;
        const close = closer.exec(html);
        if (close === null) break;
        end = closer.lastIndex;
      }
    }
    parts.push(html.slice(kept, open.index));
    kept = end;
    OPENING.lastIndex = end;
  }
  if (kept === 0) return html;
  parts.push(html.slice(kept));
  return parts.join('');
}
