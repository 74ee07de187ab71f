/**
 * Whether an extracted metadata field matches the expected one, after a stated normalisation.
 *
 * Normalisation (all fields): Unicode NFC, whitespace runs collapsed to one space, trimmed,
 * lower-cased; typographic quotes and dashes folded to ASCII. Bylines: a leading "by"-word dropped ("by", "written by", "par", "von", "por", "di", "door"),
 * and the separators between several names (",", ";", " and ", " & ") made one ("; "), so
 * "Ann A, Bo B" matches trafilatura's "Ann A; Bo B". Languages: "_" read as "-", compared whole.
 * Dates: both sides normalised to ISO 8601 (normalisePublished); they match when the strings are
 * equal, or — when either side has no time or no zone — when their calendar days are equal.
 * Titles: also a match when one is the other plus one part that a spaced separator (| · » – — - /
 * : ~) sets off at the start or the end — the site-name affix ("New Zealand - Wikipedia" and
 * "New Zealand"): Readability's labels keep it, trafilatura's drop it, and neither is wrong.
 * An expected value that is empty or missing is not scored (the field counts only where labelled).
 * Cost: O(length of the values).
 */
import { normalisePublished } from '@storyfold/ingest';

export type MetadataField = 'title' | 'byline' | 'published' | 'siteName' | 'lang';
export const METADATA_FIELDS: readonly MetadataField[] = ['title', 'byline', 'published', 'siteName', 'lang'];

export function foldText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A word that introduces a byline ("by", "written by", "par", "von"…): not part of the name. */
const BYLINE_LEAD =
  /^(?:(?:published|posted|written|veröffentlicht|geschrieben)\s+)?(?:by|von|par|por|di|door)[:\s]\s*/;

function foldByline(value: string): string {
  return foldText(value)
    .replace(BYLINE_LEAD, '')
    .split(/\s*[;,]\s*|\s+(?:and|und|et|y|&)\s+/)
    .filter((name) => name.length > 0)
    .join('; ');
}

/** What follows a title before its affix ("x - Site"), or precedes it after the affix ("Site | x"). */
const AFFIX_AFTER = /^(?:\s+[|·•»«–—\-/\\~]|:)\s/;
const AFFIX_BEFORE = /(?:\s[|·•»«–—\-/\\~]|:)\s+$/;

function sameTitle(got: string, want: string): boolean {
  const a = foldText(got);
  const b = foldText(want);
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  if (long.startsWith(short) && AFFIX_AFTER.test(long.slice(short.length))) return true;
  return long.endsWith(short) && AFFIX_BEFORE.test(long.slice(0, long.length - short.length));
}

const hasZonedTime = (iso: string): boolean => /T.*(?:Z|[+-]\d{2}:\d{2})$/.test(iso);

function sameDate(got: string, want: string): boolean {
  const a = normalisePublished(got);
  const b = normalisePublished(want);
  if (a === undefined || b === undefined) return false;
  if (a === b) return true;
  if (hasZonedTime(a) && hasZonedTime(b)) return Date.parse(a) === Date.parse(b);
  return a.slice(0, 10) === b.slice(0, 10);
}

/** Whether `got` matches `want` for `field`; undefined when `want` is not labelled. */
export function fieldMatches(
  field: MetadataField,
  got: string | null | undefined,
  want: string | null | undefined,
): boolean | undefined {
  if (want === null || want === undefined || want.trim().length === 0) return undefined;
  if (got === null || got === undefined || got.trim().length === 0) return false;
  switch (field) {
    case 'published':
      return sameDate(got, want);
    case 'byline':
      return foldByline(got) === foldByline(want);
    case 'lang':
      return foldText(got).replace(/_/g, '-') === foldText(want).replace(/_/g, '-');
    case 'title':
      return sameTitle(got, want);
    default:
      return foldText(got) === foldText(want);
  }
}
