/**
 * Dates: finds a publication date in a short line and says whether the line is nothing but a date.
 *
 * Computes an ISO 8601 date ("2023-02-28") or local date-time without offset ("2023-02-28T01:59")
 * from the forms news pages print: "2023-02-28", "February 28, 2023, 1:59 am",
 * "Updated 3:15 PM EST, Tue February 28, 2023", "28 Feb 2023 10:15 GMT". Numeric day/month
 * orders other than year-first are ambiguous and are not read.
 * Reference: ISO 8601; month and weekday names in English.
 * Invariants: a returned date is a real calendar date (month 1–12, day within the month); a time
 * is 00:00–23:59. The time zone is not converted: the time is the one printed.
 * Cost: three anchored-free regexes with bounded repetitions over a line of at most a few hundred
 * characters; callers pass short lines only.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ISO_DATE = /(?<![\d])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?(?![\d])/;
const MONTH_FIRST = new RegExp(
  `\\b${MONTH}\\s{0,2}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{0,2}(\\d{4})(?![\\d])`,
  'i',
);
const DAY_FIRST = new RegExp(
  `(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s{0,2}${MONTH},?\\s{0,2}(\\d{4})(?![\\d])`,
  'i',
);
const TIME = /(?<![\d:])(\d{1,2})[:.](\d{2})(?::\d{2})?\s{0,2}([ap]\.?m\.?)?(?![\d])/i;

export interface FoundDate {
  /** ISO 8601 date or local date-time. */
  iso: string;
  /** The spans of the line that the date and time occupy, [start, end). */
  spans: Array<[number, number]>;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;
}

/** The first date in a line, with a time when one is printed next to it; null when none. */
export function findDate(line: string): FoundDate | null {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = -1;
  let minute = -1;
  const spans: Array<[number, number]> = [];
  const iso = ISO_DATE.exec(line);
  if (iso !== null) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
    if (iso[4] !== undefined) {
      hour = Number(iso[4]);
      minute = Number(iso[5]);
    }
    spans.push([iso.index, iso.index + iso[0].length]);
  } else {
    const named = MONTH_FIRST.exec(line);
    const dayFirst = named === null ? DAY_FIRST.exec(line) : null;
    if (named !== null) {
      month = monthNumber(named[1]!);
      day = Number(named[2]);
      year = Number(named[3]);
      spans.push([named.index, named.index + named[0].length]);
    } else if (dayFirst !== null) {
      day = Number(dayFirst[1]);
      month = monthNumber(dayFirst[2]!);
      year = Number(dayFirst[3]);
      spans.push([dayFirst.index, dayFirst.index + dayFirst[0].length]);
    } else {
      return null;
    }
  }
  if (!validDate(year, month, day)) return null;
  if (hour < 0) {
    const time = TIME.exec(line);
    if (time !== null && !overlaps(spans, time.index, time.index + time[0].length)) {
      hour = Number(time[1]);
      minute = Number(time[2]);
      const meridiem = time[3]?.toLowerCase().charAt(0);
      if (meridiem === 'p' && hour < 12) hour += 12;
      if (meridiem === 'a' && hour === 12) hour = 0;
      spans.push([time.index, time.index + time[0].length]);
    }
  }
  let out = `${year}-${pad(month)}-${pad(day)}`;
  if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60) out += `T${pad(hour)}:${pad(minute)}`;
  return { iso: out, spans };
}

function overlaps(spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && end > s);
}

/** Words that may stand next to a date on a date line: "Updated", "Tue", "EST", "at". */
const DATE_FILLER = new Set([
  'updated',
  'update',
  'published',
  'posted',
  'last',
  'modified',
  'first',
  'on',
  'at',
  'date',
  'time',
  'am',
  'pm',
  'a.m',
  'p.m',
  'mon',
  'monday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'wednesday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'fri',
  'friday',
  'sat',
  'saturday',
  'sun',
  'sunday',
]);

const TIME_ZONE =
  /^(?:[A-Z]{1,4}T|UTC|GMT|Z|UTC[+-]\d{1,2}(?::?\d{2})?|GMT[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2})$/;
const FILLER_SPLIT = /[\s,|·•/()[\]–—-]+/;

/** The date of a line that holds only a date (and time, weekday, time zone, "Updated"…); null otherwise. */
export function dateLine(line: string, maxLength: number): string | null {
  if (line.length > maxLength) return null;
  const found = findDate(line);
  if (found === null) return null;
  let rest = '';
  let at = 0;
  const spans = [...found.spans].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of spans) {
    rest += ` ${line.slice(at, start)}`;
    at = end;
  }
  rest += ` ${line.slice(at)}`;
  for (const word of rest.split(FILLER_SPLIT)) {
    if (word.length === 0) continue;
    const folded = word.toLowerCase().replace(/[.:]+$/, '');
    if (folded.length === 0 || DATE_FILLER.has(folded) || TIME_ZONE.test(word)) continue;
    return null;
  }
  return found.iso;
}
