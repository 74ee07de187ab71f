/**
 * Normalises a date as pages and feeds write it ("2023-02-28T09:15:00+00:00", "Tue, 28 Feb 2023
 * 09:15:00 GMT", "February 28, 2023", "1677575700") to ISO 8601.
 *
 * Reference: ISO 8601 / RFC 3339 for the output; the input forms are those of schema.org
 * datePublished, OpenGraph article:published_time, RFC 2822 dates and common meta tags.
 * Invariants: the result never depends on the machine's time zone. A date-time with a zone comes
 * out in UTC ("…Z"); a date-time without a zone keeps its wall-clock time and no zone; a date
 * without a time comes out as "YYYY-MM-DD". Anything unparseable, or a year outside
 * [MIN_PUBLISHED_YEAR, MAX_PUBLISHED_YEAR], gives undefined. Cost: O(length of the string).
 */
import { MAX_PUBLISHED_YEAR, MIN_PUBLISHED_YEAR } from './defaults.js';

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const EPOCH = /^\d{10}(?:\d{3})?$/;
const HAS_TIME = /\d{1,2}:\d{2}/;
const HAS_ZONE = /(?:\b(?:Z|GMT|UTC|UT|[ECMP][SD]T)\b|[+-]\d{2}:?\d{2}\s*$)/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function yearOk(year: number): boolean {
  return year >= MIN_PUBLISHED_YEAR && year <= MAX_PUBLISHED_YEAR;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromIso(m: RegExpExecArray): string | undefined {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  if (!yearOk(year) || !validDay(year, Number(mo), Number(d))) return undefined;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined || mi === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 60) return undefined;
  const time = `${h}:${mi}:${s ?? '00'}`;
  if (zone === undefined) return `${date}T${time}`;
  const normalised = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const withZone = /^[+-]\d{2}$/.test(normalised) ? `${normalised}:00` : normalised;
  const ms = Date.parse(`${date}T${time}${frac ? `.${frac.slice(0, 3)}` : ''}${withZone}`);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** The ISO 8601 form of a date string, or undefined when it is not a usable date. */
export function normalisePublished(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > 100) return undefined;

  const iso = ISO_DATE.exec(text);
  if (iso) return fromIso(iso);

  const compact = COMPACT_DATE.exec(text);
  if (compact) {
    const [, y, mo, d] = compact;
    const year = Number(y);
    return yearOk(year) && validDay(year, Number(mo), Number(d)) ? `${y}-${mo}-${d}` : undefined;
  }

  if (EPOCH.test(text)) {
    const ms = text.length === 10 ? Number(text) * 1000 : Number(text);
    const date = new Date(ms);
    return yearOk(date.getUTCFullYear()) ? date.toISOString().replace('.000Z', 'Z') : undefined;
  }

  // Written forms: "Tue, 28 Feb 2023 09:15:00 GMT", "February 28, 2023", "28 February 2023 10:00".
  if (!/[a-z]/i.test(text) || !/\d{4}/.test(text)) return undefined;
  const ms = Date.parse(text.replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/gi, '$1').replace(/\bat\b/gi, ' '));
  if (Number.isNaN(ms)) return undefined;
  const date = new Date(ms);
  if (HAS_ZONE.test(text)) {
    return yearOk(date.getUTCFullYear()) ? date.toISOString().replace('.000Z', 'Z') : undefined;
  }
  // No zone written: Date.parse read it as local time, so local fields give back what was written.
  if (!yearOk(date.getFullYear())) return undefined;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  if (!HAS_TIME.test(text)) return day;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
