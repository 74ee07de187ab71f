/**
 * Spares Readability its copy of the page on the pages that never need it.
 *
 * Readability.js (0.6) starts its search by reading `body.innerHTML` (a serialisation of the whole
 * body) and writes it back only when the text it found is too short and it retries with looser
 * rules. On linkedom that serialisation is about a tenth of the extraction time, and most pages
 * find their article on the first try. Here the body gets its own `innerHTML` property: reading it
 * returns a placeholder; writing the placeholder back writes the real serialisation, which
 * `copy()` produces on demand by rebuilding the same body state (the caller re-parses the page and
 * repeats the steps that ran before the read), once per page.
 * Reference: Readability.js `_grabArticle` (`pageCacheHtml = page.innerHTML` …
 * `page.innerHTML = pageCacheHtml`). Invariants: every other read and write goes to linkedom's
 * own accessor; nothing is installed when the body has no such accessor; `copy()` must return
 * exactly what the real getter would have returned when the placeholder was read.
 * Cost: O(1) on pages without a retry; one more parse and serialisation on pages with one.
 */

interface Accessor {
  get: () => unknown;
  set: (value: unknown) => void;
}

function innerHtmlAccessor(target: object): Accessor | undefined {
  for (
    let proto: object | null = Object.getPrototypeOf(target);
    proto !== null;
    proto = Object.getPrototypeOf(proto)
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
    if (descriptor !== undefined) {
      const { get, set } = descriptor;
      return get !== undefined && set !== undefined ? { get, set } : undefined;
    }
  }
  return undefined;
}

let placeholders = 0;

/** Makes `body.innerHTML` reads return a placeholder whose write-back writes `copy()`. */
export function deferBodyCopy(body: object, copy: () => string): void {
  const own = innerHtmlAccessor(body);
  if (own === undefined) return;
  placeholders = (placeholders + 1) % Number.MAX_SAFE_INTEGER;
  const placeholder = `\u0000storyfold deferred body copy ${placeholders}\u0000`;
  let html: string | undefined;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    enumerable: false,
    get: () => placeholder,
    set: (value: unknown) => {
      if (value === placeholder) {
        html ??= copy();
        own.set.call(body, html);
      } else {
        own.set.call(body, value);
      }
    },
  });
}
