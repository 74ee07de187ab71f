/**
 * Clean: turns a raw article into an article — body paragraphs of news, boilerplate with reasons,
 * and metadata (title, byline, credit, published, dateline).
 *
 * Computes, line by line: (1) exact duplicates; (2) fixed patterns of patterns.ts (menus,
 * prompts, related links, credits, bylines, date lines, captions) and a source's learned
 * furniture; (3) from the lines' positions, the title (a headline-like line before the body) and
 * short menu lines before and after the body; (4) on the first body paragraphs, date prefixes,
 * datelines and lead agency parentheses, and on the last one a trailing " – Reuters" credit.
 * Credit precedence: explicit credit line or suffix > dateline agency > byline agency >
 * "(Reporting by …)" in an article that names Reuters > photo credits > the source itself.
 * Reference: the page furniture of news sites; Kohlschütter et al., "Boilerplate detection using
 * shallow text features" (WSDM 2010) for the idea that short, unpunctuated lines are rarely news.
 * Invariants: never throws on any string; body paragraphs are non-empty, trimmed, whitespace
 * normalised, and every word of them occurs in the input (text is only cut at line starts and
 * ends, never rewritten); a line that is a full sentence of reporting and matches no prompt,
 * credit or caption shape stays in the body.
 * Cost: O(text length). Long lines (paragraphs) pay only length tests, one slice-bounded caption
 * test and, for the first two, one slice-bounded dateline test; no regex sees more than
 * `maxPatternLineLength`, `CAPTION_TAIL_LENGTH` or `DATELINE_HEAD_LENGTH` characters.
 */

import type { Article, Boilerplate, BoilerplateReason, RawArticle } from '../article.js';
import { creditLabel, isBareAgency } from './agencies.js';
import { parseByline } from './byline.js';
import { dateLine } from './dates.js';
import {
  CAPTION_MAX_LENGTH,
  type CleanOptions,
  DATE_LINE_MAX_LENGTH,
  DEFAULT_CLEAN_OPTIONS,
  MARKER_CAPTION_MAX_LENGTH,
  PLACE_MAX_WORDS,
  PROMPT_MAX_WORDS,
  PROMPT_SENTENCE_MAX_WORDS,
  SINGLE_MARKER_CAPTION_MAX_LENGTH,
  WEAK_PROMPT_SENTENCE_WORDS,
} from './defaults.js';
import type { Furniture } from './furniture.js';
import { endsSentence, lineKey, normaliseSpace, splitLines, wordCount } from './lines.js';
import {
  CAPTION_MARKER,
  CAPTION_PREFIX,
  CAPTION_TAIL,
  CAPTION_TAIL_LENGTH,
  CLASSIC_DATELINE,
  CONTRIBUTED_LINE,
  COOKIE_NOTICE,
  CREDIT_LINE,
  CREDIT_SUFFIX,
  DATE_PREFIX,
  DATELINE_HEAD_LENGTH,
  LEAD_PARENTHESIS,
  LEADING_PUNCT,
  LINK_AFTER_READ,
  LINK_AFTER_WORD,
  LINK_START,
  PHRASE_MAX_LENGTH,
  PHRASES,
  PLACE_COLON,
  PROMPTS,
  SOCIAL_WORDS,
  STANDARDS_LINE,
} from './patterns.js';

/** How strongly a piece of the article says who wrote it; higher wins, first wins among equals. */
const RANK_SOURCE = 0;
const RANK_PHOTO = 1;
const RANK_REPORTING = 2;
const RANK_BYLINE = 3;
const RANK_DATELINE = 4;
const RANK_CREDIT_LINE = 5;

/** The working state of one line of the raw text. */
interface Line {
  text: string;
  /** Null while the line is body. */
  reason: BoilerplateReason | null;
  /** Index of the first identical line, or -1. */
  duplicateOf: number;
  /** Pieces cut from the start of the line (date prefix, dateline). */
  head: Boilerplate[];
  /** A piece cut from the end of the line (trailing credit). */
  tail: Boilerplate | null;
}

/** Metadata gathered while reading the lines. */
class Found {
  credit: string | null = null;
  creditRank = -1;
  byline: string | null = null;
  published: string | null = null;
  dateline: string | null = null;
  reportingBy = false;

  offerCredit(label: string | null, rank: number): void {
    if (label !== null && rank > this.creditRank) {
      this.credit = label;
      this.creditRank = rank;
    }
  }

  offerPublished(iso: string | null): void {
    if (iso !== null && this.published === null) this.published = iso;
  }
}

export type CleanInput = Partial<CleanOptions> & { furniture?: Furniture | undefined };

/** Cleans one raw article: body paragraphs, boilerplate with reasons, and metadata. */
export function clean(raw: RawArticle, options: CleanInput = {}): Article {
  const settings: CleanOptions = { ...DEFAULT_CLEAN_OPTIONS, ...options };
  const furniture = options.furniture;
  const found = new Found();
  if (raw.published !== undefined && raw.published.length > 0) found.published = raw.published;

  const lines: Line[] = [];
  // Lines by length: exact duplicates share a length, and comparing equal-length strings is cheap,
  // cheaper than hashing every long paragraph into a Map<string>.
  const byLength = new Map<number, number[]>();
  let previous: BoilerplateReason | null = null;
  for (const text of splitLines(raw.text)) {
    const index = lines.length;
    const same = byLength.get(text.length);
    const first = same === undefined ? -1 : firstEqual(lines, same, text);
    const line: Line = { text, reason: null, duplicateOf: first, head: [], tail: null };
    lines.push(line);
    if (first >= 0) {
      previous = lines[first]!.reason;
      continue;
    }
    if (same === undefined) byLength.set(text.length, [index]);
    else same.push(index);
    line.reason = classify(text, previous === 'caption', settings, found);
    if (line.reason === null && furniture?.isFurniture(raw.source, text) === true) line.reason = 'furniture';
    previous = line.reason;
  }

  const title = markTitle(lines, raw.title, settings);
  markTrailingMenus(lines, settings);
  stripBody(lines, settings, found);

  if (found.reportingBy && found.creditRank < RANK_REPORTING && mentionsReuters(raw.text)) {
    found.offerCredit('Reuters', RANK_REPORTING);
  }
  if (raw.source !== undefined) found.offerCredit(creditLabel(raw.source), RANK_SOURCE);
  const byline = raw.byline !== undefined && raw.byline.trim().length > 0 ? normaliseSpace(raw.byline) : null;
  if (byline !== null) found.offerCredit(isBareAgency(byline), RANK_BYLINE);

  const body: string[] = [];
  const boilerplate: Boilerplate[] = [];
  for (const line of lines) {
    boilerplate.push(...line.head);
    let reason = line.reason;
    if (line.duplicateOf >= 0) reason = lines[line.duplicateOf]!.reason ?? 'furniture';
    // A line cut entirely into head and tail pieces is recorded by those pieces alone.
    if (line.text.length > 0) {
      if (reason !== null) boilerplate.push({ text: line.text, reason });
      else body.push(line.text);
    }
    if (line.tail !== null) boilerplate.push(line.tail);
  }

  return {
    id: raw.id,
    title,
    byline: byline ?? found.byline,
    credit: found.credit,
    published: found.published,
    dateline: found.dateline,
    source: raw.source ?? null,
    url: raw.url ?? null,
    body,
    boilerplate,
  };
}

/** "(left)"/"(right)" mark a caption when there are two markers, or one in a short line. */
function isMarkerCaption(text: string): boolean {
  const first = CAPTION_MARKER.exec(text);
  if (first === null) return false;
  if (text.length <= SINGLE_MARKER_CAPTION_MAX_LENGTH) return true;
  return CAPTION_MARKER.test(text.slice(first.index + first[0].length));
}

/** Whether a whole line is a dateline ("WASHINGTON —", "SEOUL, South Korea (AP) —"); records it if so. */
function isDatelineOnly(text: string, found: Found): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x2014 && last !== 0x2013 && last !== 45 && last !== 41) return false; // — – - )
  const match = CLASSIC_DATELINE.exec(`${text} `);
  if (match === null || match[0].trimEnd().length !== text.length) return false;
  const agency = match[4] !== undefined ? isBareAgency(match[4]) : null;
  if (agency === null && (match[4] !== undefined || !isPlace(match[1]!))) return false;
  found.offerCredit(agency, RANK_DATELINE);
  found.dateline ??= placeName(match[1]!);
  return true;
}

/** The first of the given lines whose text equals `text`, or -1. */
function firstEqual(lines: readonly Line[], candidates: readonly number[], text: string): number {
  for (const index of candidates) if (lines[index]!.text === text) return index;
  return -1;
}

/** The reason a line is boilerplate judged by itself (and whether it follows a caption), or null. */
function classify(
  text: string,
  afterCaption: boolean,
  settings: CleanOptions,
  found: Found,
): BoilerplateReason | null {
  const length = text.length;
  if (length <= settings.maxPatternLineLength) {
    const agency = isBareAgency(text);
    if (agency !== null) {
      found.offerCredit(agency, afterCaption ? RANK_PHOTO : RANK_CREDIT_LINE);
      return 'credit';
    }
    if (length <= PHRASE_MAX_LENGTH) {
      const phrase = PHRASES.get(lineKey(text));
      if (phrase !== undefined) return phrase;
    }
    const byline = parseByline(text);
    if (byline !== null) {
      if (byline.names !== null && found.byline === null) found.byline = byline.names;
      found.offerCredit(byline.credit, RANK_BYLINE);
      found.offerPublished(byline.published);
      return 'byline';
    }
    if (length <= DATE_LINE_MAX_LENGTH && HAS_DIGIT.test(text)) {
      const iso = dateLine(text, DATE_LINE_MAX_LENGTH);
      if (iso !== null) {
        found.offerPublished(iso);
        return 'date';
      }
    }
    if (CREDIT_LINE.test(text)) {
      found.reportingBy = true;
      return 'credit';
    }
    if (STANDARDS_LINE.test(text) || (text.includes('contributed') && CONTRIBUTED_LINE.test(text)))
      return 'credit';
    if (COOKIE_NOTICE.test(text)) {
      const agencyCopyright = /^(?:©|copyright)/i.test(text) ? creditLabel(text) : null;
      if (agencyCopyright !== null) {
        found.offerCredit(agencyCopyright, RANK_CREDIT_LINE);
        return 'credit';
      }
      return 'navigation';
    }
    if (isLink(text)) return 'related';
    const words = wordCount(text, PROMPT_MAX_WORDS);
    const sentence = endsSentence(text);
    if (words <= PROMPT_MAX_WORDS && (words <= PROMPT_SENTENCE_MAX_WORDS || !sentence)) {
      const weakAllowed = !sentence || words <= WEAK_PROMPT_SENTENCE_WORDS;
      for (const [pattern, reason, strong] of PROMPTS) {
        if ((strong || weakAllowed) && pattern.test(text)) return reason;
      }
    }
    if (length <= 80 && isShareBar(text)) return 'promotion';
    if (CAPTION_PREFIX.test(text)) return 'caption';
    if (words >= 3 && length <= MARKER_CAPTION_MAX_LENGTH && !text.includes('. ') && isMarkerCaption(text)) {
      return 'caption';
    }
    if (length <= DATELINE_HEAD_LENGTH && isDatelineOnly(text, found)) return 'dateline';
  }
  if (length <= CAPTION_MAX_LENGTH) {
    const tail = length > CAPTION_TAIL_LENGTH ? text.slice(length - CAPTION_TAIL_LENGTH) : text;
    if (mayEndWithPhotoCredit(tail) && CAPTION_TAIL.test(tail)) {
      found.offerCredit(creditLabel(tail), RANK_PHOTO);
      return 'caption';
    }
  }
  return null;
}

/** A cheap screen before CAPTION_TAIL: every photo credit it matches holds one of these. */
function mayEndWithPhotoCredit(tail: string): boolean {
  return (
    tail.includes('/') ||
    tail.includes('via ') ||
    tail.includes('Getty') ||
    tail.includes('hoto') ||
    tail.includes(': ')
  );
}

/** Whether a line is a link to another article: "See also …", "Read more: …", "Related: …". */
function isLink(text: string): boolean {
  const start = LINK_START.exec(text);
  if (start === null) return false;
  const word = start[0].toLowerCase();
  if (word === 'see also') return true;
  const rest = text.slice(start[0].length);
  if (word.includes(' ')) return LINK_AFTER_READ.test(rest);
  return LINK_AFTER_WORD.test(rest);
}

const SHARE_SPLIT = /[\s|•·,/]+/;

/** Whether a line is only the names of share buttons ("Facebook Twitter Email"). */
function isShareBar(text: string): boolean {
  let words = 0;
  for (const word of text.toLowerCase().split(SHARE_SPLIT)) {
    if (word.length === 0) continue;
    if (!SOCIAL_WORDS.has(word)) return false;
    words++;
  }
  return words >= 2;
}

/** Whether a body line reads like a headline: several words, short, no final punctuation. */
function isHeadline(text: string, settings: CleanOptions): boolean {
  if (
    text.length > settings.titleMaxLength ||
    wordCount(text, settings.titleMinWords) < settings.titleMinWords
  ) {
    return false;
  }
  if (endsSentence(text)) return false;
  const last = text.charCodeAt(text.length - 1);
  return last !== 58 && last !== 44 && last !== 59; // ':' ',' ';'
}

/** Whether a short body line is a menu item: few words and no final punctuation. */
function isMenuLine(text: string, settings: CleanOptions): boolean {
  return (
    text.length <= settings.titleMaxLength && wordCount(text) < settings.titleMinWords && !endsSentence(text)
  );
}

/** Finds the title: the raw title, or the first headline-like line before the body. Marks menus before it. */
function markTitle(lines: Line[], rawTitle: string | undefined, settings: CleanOptions): string | null {
  const given = rawTitle !== undefined ? normaliseSpace(rawTitle) : '';
  const givenKey = given.length > 0 ? lineKey(given) : null;
  let title: string | null = given.length > 0 ? given : null;
  let bodyLines = 0;
  for (const line of lines) if (line.reason === null && line.duplicateOf < 0) bodyLines++;
  for (const line of lines) {
    if (line.reason !== null || line.duplicateOf >= 0) continue;
    if (givenKey !== null && line.text.length <= settings.titleMaxLength && lineKey(line.text) === givenKey) {
      line.reason = 'title';
      bodyLines--;
      break;
    }
    if (givenKey === null && bodyLines > 1 && isHeadline(line.text, settings)) {
      line.reason = 'title';
      title = line.text;
      break;
    }
    if (isMenuLine(line.text, settings) && bodyLines > 1) {
      line.reason = 'navigation';
      bodyLines--;
      continue;
    }
    break;
  }
  return title;
}

/** Marks short unpunctuated lines after the last paragraph of news as menus. */
function markTrailingMenus(lines: Line[], settings: CleanOptions): void {
  let bodyLines = 0;
  for (const line of lines) if (line.reason === null && line.duplicateOf < 0) bodyLines++;
  for (let i = lines.length - 1; i >= 0 && bodyLines > 1; i--) {
    const line = lines[i]!;
    if (line.reason !== null || line.duplicateOf >= 0) continue;
    if (!isMenuLine(line.text, settings)) break;
    line.reason = 'navigation';
    bodyLines--;
  }
}

/** Cuts date prefixes and datelines from the first body lines and a trailing credit from the last. */
function stripBody(lines: Line[], settings: CleanOptions, found: Found): void {
  let seen = 0;
  let last: Line | null = null;
  for (const line of lines) {
    if (line.reason !== null || line.duplicateOf >= 0) continue;
    if (seen < settings.datelineParagraphs) stripHead(line, found);
    seen++;
    const code = line.text.charCodeAt(0);
    if (
      code === 0x2013 ||
      code === 0x2014 ||
      code === 45 ||
      code === 0x2022 ||
      code === 0xb7 ||
      code === 124
    ) {
      line.text = line.text.replace(LEADING_PUNCT, '');
    }
    if (line.text.length === 0)
      line.reason = line.head.length > 0 ? line.head[line.head.length - 1]!.reason : 'dateline';
    else last = line;
  }
  if (last !== null) stripTail(last, found);
}

function stripHead(line: Line, found: Found): void {
  let text = line.text;
  let datePrefix = false;
  const date = DATE_PREFIX.exec(text.slice(0, DATELINE_HEAD_LENGTH));
  if (date !== null) {
    line.head.push({ text: date[0].trim(), reason: 'date' });
    found.offerPublished(date[1]!);
    text = text.slice(date[0].length);
    datePrefix = true;
  }
  const head = text.slice(0, DATELINE_HEAD_LENGTH);
  const colon = PLACE_COLON.exec(head);
  if (colon !== null && (colon[2] !== undefined || datePrefix)) {
    const agency = colon[2] !== undefined ? isBareAgency(colon[2]) : null;
    found.offerCredit(agency, RANK_DATELINE);
    found.dateline ??= placeName(colon[1]!);
    line.head.push({ text: colon[0].trim(), reason: 'dateline' });
    text = text.slice(colon[0].length);
  } else {
    const classic = CLASSIC_DATELINE.exec(head);
    const agency = classic?.[4] !== undefined ? isBareAgency(classic[4]) : null;
    if (classic !== null && (agency !== null || (classic[4] === undefined && isPlace(classic[1]!)))) {
      found.offerCredit(agency, RANK_DATELINE);
      found.dateline ??= placeName(classic[1]!);
      line.head.push({ text: classic[0].trim(), reason: 'dateline' });
      text = text.slice(classic[0].length);
    } else {
      const lead = LEAD_PARENTHESIS.exec(head);
      const leadAgency = lead !== null ? isBareAgency(lead[1]!) : null;
      if (lead !== null && leadAgency !== null) {
        found.offerCredit(leadAgency, RANK_DATELINE);
        line.head.push({ text: lead[0].trim(), reason: 'credit' });
        text = text.slice(lead[0].length);
      }
    }
  }
  line.text = text.trim();
}

function stripTail(line: Line, found: Found): void {
  const text = line.text;
  const tail = text.length > 60 ? text.slice(text.length - 60) : text;
  const match = CREDIT_SUFFIX.exec(tail);
  if (match === null) return;
  const agency = isBareAgency((match[1] ?? match[2] ?? '').trim());
  if (agency === null) return;
  found.offerCredit(agency, RANK_CREDIT_LINE);
  line.tail = { text: match[0].trim(), reason: 'credit' };
  line.text = text.slice(0, text.length - tail.length + match.index).trim();
  if (line.text.length === 0) line.reason = 'credit';
}

const HAS_LOWER = /\p{Ll}/u;
const HAS_DIGIT = /\d/;
const HAS_UPPER = /\p{Lu}/u;

/** Whether a place is printed in capitals ("ASTANA", "NEW YORK") and is more than an initial. */
function isUpper(text: string): boolean {
  return !HAS_LOWER.test(text) && HAS_UPPER.test(text) && text.replace(/[^\p{Lu}]/gu, '').length >= 3;
}

/** Whether a dateline's place without an agency is believable: in capitals, not a sentence's "A FIRE". */
function isPlace(text: string): boolean {
  const place = text.trim();
  if (!isUpper(place) || place.startsWith('A ')) return false;
  const words = place.split(/[\s,]+/);
  return words.length <= PLACE_MAX_WORDS && !words.some((word) => KICKER_WORDS.has(word));
}

/** Words of kickers printed in capitals before a dash ("BREAKING NEWS -"), never of a place. */
const KICKER_WORDS: ReadonlySet<string> = new Set(
  'BREAKING|NEWS|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|VIDEO|PHOTOS|OPINION|ANALYSIS|EDITORIAL|COMMENTARY|REVIEW|MUST|SEE|REPORT|WARNING|ALERT|FACT|CHECK'.split(
    '|',
  ),
);

/** A dateline's place in title case: "NEW YORK" → "New York"; mixed case is kept. */
function placeName(text: string): string {
  const place = text.trim();
  if (HAS_LOWER.test(place)) return place;
  return place
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase());
}

function mentionsReuters(text: string): boolean {
  return text.includes('Reuters') || text.includes('REUTERS');
}
