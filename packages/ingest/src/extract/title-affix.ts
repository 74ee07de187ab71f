/**
 * Removes the site name that pages add to a title ("Lotte Tobisch ist tot – UEPO.de",
 * "Gregory Szorc's Digital Home | Mercurial's Journey…", "New Zealand - Wikipedia").
 *
 * Reference: the <title> heuristics of Mozilla Readability (_getArticleTitle: cut at a spaced
 * separator when enough words remain) and of trafilatura (metadata.py: drop the part that names
 * the site), combined: a part at either end, cut at a spaced separator (| · • » « – — - / \ ~),
 * is dropped when it names the site (it matches the site name or the host name, after case and
 * punctuation folding), or — at the end only — when it is short (≤ AFFIX_MAX_WORDS words) and
 * what remains keeps at least TITLE_MIN_KEPT_WORDS words.
 * Invariants: never returns an empty string; only whole parts at the ends are removed; a title
 * without spaced separators is returned unchanged. Cost: O(length of the title).
 */
import { AFFIX_MAX_WORDS, TITLE_MIN_KEPT_WORDS } from './defaults.js';

const SEPARATOR = /\s+[|·•»«–—\-/\\~]\s+/;

const fold = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const wordCount = (text: string): number =>
  text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

function hostName(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function namesSite(part: string, names: readonly string[]): boolean {
  const folded = fold(part);
  if (folded.length === 0) return false;
  return names.some(
    (name) => name.length > 0 && (folded === name || folded.includes(name) || name.includes(folded)),
  );
}

/** `title` without a leading or trailing part that names the site, or a short trailing part. */
export function withoutSiteAffix(title: string, siteName?: string | null, url?: string): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const host = hostName(url);
  const names = [
    siteName ? fold(siteName) : '',
    host ? fold(host) : '',
    host ? fold(host.split('.')[0] ?? '') : '',
  ].filter((name) => name.length >= 3);
  // Where each part starts, so the kept text keeps its own separators.
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    at = title.indexOf(part, at);
    starts.push(at);
    at += part.length;
  }
  let first = 0;
  let last = parts.length - 1;
  while (last > first) {
    const tail = parts[last] ?? '';
    const rest = title.slice(starts[first] ?? 0, (starts[last - 1] ?? 0) + (parts[last - 1] ?? '').length);
    if (
      namesSite(tail, names) ||
      (wordCount(tail) <= AFFIX_MAX_WORDS && wordCount(rest) >= TITLE_MIN_KEPT_WORDS)
    )
      last--;
    else break;
  }
  while (last > first && namesSite(parts[first] ?? '', names)) first++;
  const kept = title.slice(starts[first] ?? 0, (starts[last] ?? 0) + (parts[last] ?? '').length).trim();
  return kept.length > 0 ? kept : title;
}
