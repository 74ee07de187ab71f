/**
 * Timeline of a story: when each origin (original report) first appeared, and the story's later
 * articles as updates, in publication order.
 *
 * Computes: the story's articles ordered by publication time; the first article carrying an
 * origin (an origin share) is that origin's 'origin' entry; every other article is an 'update'
 * credited to its largest origin share (null when it has none). An article that is the first of
 * two origins (a mix published before either source) gives one entry per origin.
 * Times: ISO 8601 dates and date-times are read without the host's time zone (no offset = UTC),
 * so the order is the same on every machine; a date without a time sorts at the end of its day
 * (DATE_ONLY_OFFSET_MS: its hour is unknown, so an article with a stated time that day came
 * first); an article with no date or an unreadable one sorts last, in input order.
 * Reference: none; ordering by timestamp with a stable tie-break on input order.
 * Invariants: deterministic; entries sorted by time, unknown times last; ties keep input order
 * (the analysis lists articles in folding order); every article of the story appears at least
 * once; each origin of the story has exactly one 'origin' entry when any article carries it.
 * Cost: O(n log n) for n articles.
 */
import type { AnalysedArticle } from '../analysis.js';
import { DATE_ONLY_OFFSET_MS } from './details-defaults.js';
import type { SynthesisInput, TimelineEntry } from './types.js';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/u;

/**
 * Milliseconds since the epoch of an ISO 8601 date or date-time, reading a missing offset as
 * UTC and a date alone as the end of that day; undefined when the text is not such a date.
 */
export function instantOf(iso: string): number | undefined {
  const match = ISO.exec(iso.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const base = Date.UTC(y, mo - 1, d);
  if (hour === undefined) return base + DATE_ONLY_OFFSET_MS;
  const h = Number(hour);
  const mi = Number(minute);
  const s = second === undefined ? 0 : Number(second);
  if (h > 24 || mi > 59 || s > 60) return undefined;
  const ms = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  let offset = 0;
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60_000;
  }
  return base + ((h * 60 + mi) * 60 + s) * 1000 + ms - offset;
}

/** The origin an article is credited to as an update: its largest share (ties: smaller id). */
function mainOrigin(article: AnalysedArticle): string | null {
  let best: string | null = null;
  let bestShare = -1;
  for (const { origin, share } of article.origins) {
    if (share > bestShare || (share === bestShare && best !== null && origin < best)) {
      best = origin;
      bestShare = share;
    }
  }
  return best;
}

/** When each origin of a story first appeared, and its later articles as updates. */
export function timeline(input: SynthesisInput): TimelineEntry[] {
  const storyOrigins = new Set(input.origins.map((origin) => origin.id));
  const dated = input.articles.map((article, index) => ({
    article,
    index,
    instant: article.published === null ? undefined : instantOf(article.published),
  }));
  dated.sort((x, y) => {
    if (x.instant === undefined || y.instant === undefined) {
      if (x.instant !== y.instant) return x.instant === undefined ? 1 : -1;
      return x.index - y.index;
    }
    return x.instant - y.instant || x.index - y.index;
  });
  const seen = new Set<string>();
  const entries: TimelineEntry[] = [];
  for (const { article, instant } of dated) {
    const at = instant === undefined ? null : article.published;
    const firsts = article.origins
      .map((share) => share.origin)
      .filter((origin) => storyOrigins.has(origin) && !seen.has(origin))
      .sort();
    for (const origin of firsts) {
      seen.add(origin);
      entries.push({ at, kind: 'origin', article: article.id, origin });
    }
    if (firsts.length === 0)
      entries.push({ at, kind: 'update', article: article.id, origin: mainOrigin(article) });
  }
  return entries;
}
