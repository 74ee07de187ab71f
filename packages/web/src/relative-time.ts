/**
 * Short relative times ("5 min ago", "3 h ago", "2 d ago", then dates such as "28 Feb" or
 * "28 Feb 2023") and time spans ("3 h ago – 5 min ago") for stories and articles.
 * Invariants: pure in (time, now, time zone); an unparseable time is shown as given; a time
 * slightly in the future (clock skew) reads "just now". Cost: O(1) plus one Intl format.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Up to this age a time is shown relative; older ones as a date. */
const RELATIVE_LIMIT = 7 * DAY;
/** Clock skew tolerated before a future time is shown as a date. */
const FUTURE_TOLERANCE = 5 * MINUTE;

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-GB', options);
    formats.set(key, format);
  }
  return format;
}

function yearOf(time: number, timeZone: string | undefined): string {
  return dateFormat({ year: 'numeric', timeZone }).format(time);
}

/** "just now", "5 min ago", "3 h ago", "2 d ago", "28 Feb" (this year) or "28 Feb 2023". */
export function formatRelative(iso: string, now: number, timeZone?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const age = now - time;
  if (age < -FUTURE_TOLERANCE || age >= RELATIVE_LIMIT) {
    const sameYear = yearOf(time, timeZone) === yearOf(now, timeZone);
    return dateFormat({
      day: 'numeric',
      month: 'short',
      year: sameYear ? undefined : 'numeric',
      timeZone,
    }).format(time);
  }
  if (age < MINUTE) return 'just now';
  if (age < HOUR) return `${Math.floor(age / MINUTE)} min ago`;
  if (age < DAY) return `${Math.floor(age / HOUR)} h ago`;
  return `${Math.floor(age / DAY)} d ago`;
}

/** A story's span: one time when both ends read the same, else "first – last". */
export function formatSpan(
  first: string | null,
  last: string | null,
  now: number,
  timeZone?: string,
): string {
  const a = first === null ? null : formatRelative(first, now, timeZone);
  const b = last === null ? null : formatRelative(last, now, timeZone);
  if (a === null) return b ?? '';
  if (b === null || a === b) return a;
  return `${a} – ${b}`;
}

/** A full date and time for the article page: "28 Feb 2023, 14:05"; a date without a time
 * ("2023-02-28") stays a date ("28 Feb 2023"), read in UTC as ISO defines it. */
export function formatDateTime(iso: string, timeZone?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso.trim()))
    return dateFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(time);
  return dateFormat({
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(time);
}
