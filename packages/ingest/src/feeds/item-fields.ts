/**
 * Small readers shared by the four format readers: the first usable value among a field's
 * candidates (plain text, HTML, identifier, date), and the alternate link of an Atom link list.
 * Invariants: each returns null rather than an empty string; dates come out as ISO 8601 through
 * the same normaliser as article pages (extract/published-date.ts). Cost: O(candidates' length).
 */
import { normalisePublished } from '../extract/published-date.js';
import { resolveUrl } from './feed-url.js';
import { htmlOrNull, stripControls, textOrNull } from './html-text.js';

type Candidate = string | null | undefined;

/** The first candidate with text left after dropping tags and decoding entities. */
export function firstText(...candidates: Candidate[]): string | null {
  for (const candidate of candidates) {
    const text = textOrNull(candidate);
    if (text !== null) return text;
  }
  return null;
}

/** The first candidate that is not empty markup, trimmed, its HTML kept. */
export function firstHtml(...candidates: Candidate[]): string | null {
  for (const candidate of candidates) {
    const html = htmlOrNull(candidate);
    if (html !== null) return html;
  }
  return null;
}

/** The first non-empty identifier (GUID, id), trimmed; identifiers are compared exactly, not decoded. */
export function firstId(...candidates: Candidate[]): string | null {
  for (const candidate of candidates) {
    if (candidate === null || candidate === undefined) continue;
    const id = stripControls(String(candidate)).trim();
    if (id.length > 0) return id;
  }
  return null;
}

/** The first candidate that is a usable date, as ISO 8601. */
export function firstDate(...candidates: Candidate[]): string | null {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const date = normalisePublished(candidate);
    if (date !== undefined) return date;
  }
  return null;
}

/** The first candidate that resolves to an absolute http(s) URL against `base`. */
export function firstUrl(base: string, ...candidates: Candidate[]): string | null {
  for (const candidate of candidates) {
    const url = resolveUrl(candidate, base);
    if (url !== null) return url;
  }
  return null;
}

interface LinkLike {
  readonly href?: string;
  readonly rel?: string;
  readonly type?: string;
}

/**
 * The href of an Atom link list's alternate link (a link without rel is alternate, RFC 4287
 * §4.2.7.2), preferring an HTML one; undefined when there is none.
 */
export function alternateHref(links: readonly LinkLike[] | undefined): string | undefined {
  if (links === undefined) return undefined;
  const alternates = links.filter((link) => (link.rel ?? 'alternate').toLowerCase() === 'alternate');
  const html = alternates.find((link) => /html/i.test(link.type ?? 'text/html'));
  return (html ?? alternates[0])?.href;
}

/** A person's name, else their email (RSS <author> is often only an email). */
export function personName(
  person: { readonly name?: string; readonly email?: string } | undefined,
): string | undefined {
  if (person === undefined) return undefined;
  return textOrNull(person.name) ?? textOrNull(person.email) ?? undefined;
}

/** A finite number, or null. */
export function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
