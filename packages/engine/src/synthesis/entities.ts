/**
 * Entities of a story: the people, places and organisations its articles name, with every
 * mention, merged across articles and across name forms ("Blinken", "Mr. Blinken" and
 * "Secretary of State Antony Blinken" are one person, "Antony Blinken").
 *
 * Computes: capitalised runs of words in every article's body ("Kassym-Jomart Tokayev", "U.N.
 * General Assembly", joined by "of"/"de"…), a sentence-initial capitalised word only when the
 * story shows it capitalised inside a sentence too. Each run is split at a title ("Kazakh Foreign
 * Minister | Mukhtar Tileuberdi" → a person with title "foreign minister") and scored for its
 * kind by cues: titles and honorifics (person), organisation head words ("Department",
 * "Assembly"), place prepositions and "capital" ("in Astana", "capital Tashkent"), a possessive
 * before a title ("Kazakhstan's President" → place), a compass word or "New" opening a name
 * ("South Korea", "New York"), the article's dateline, country-like endings
 * ("-stan"), acronyms (weakly: all capitals are also emphasis), an appositive title (", the
 * State Department's top official") and the two-word shape of a personal name. Adjectives of
 * nationality followed by a noun ("Central Asian countries") are not entities. Runs are grouped
 * by folded name; a name joins the one fuller name that ends with it ("Tokayev" → "Kassym-Jomart
 * Tokayev", "Bible Church" → "Wasilla Bible Church"), and stays apart when two do ("Korea" with
 * "North Korea" and "South Korea"); the kind is the one with most cue weight. An entity
 * is kept when its summed cue weight reaches MIN_ENTITY_EVIDENCE.
 * Choice (issue 5 suggests compromise or wink-nlp): a heuristic recogniser inside the engine.
 * The engine has no runtime dependencies; the story index already relies on the same
 * capitalisation heuristic (stories/entities.ts); news text is well capitalised; and what
 * synthesis needs beyond a tagger — titles attached to names, surname merging across articles,
 * spans into our body text — has to be written here either way. compromise's people/places
 * tagging is itself rule- and lexicon-based; a library would mainly add its gazetteer of
 * first names and places, which helps single-word names with no cue (left out here). Measured
 * on the five seeds (compromise 14.17, installed outside the repository, same machine under
 * load): people() misses Kassym-Jomart Tokayev and Mukhtar Tileuberdi, places() returns "State
 * Antony" and "Astana, Kazakhstan" but not Astana alone, organizations() "Kazakh capital"; and it
 * takes about 500 ms warm for the 11 KB, against about 1.5 ms here (CPU time), far over the
 * 5 ms that all of synthesis may take per story.
 * Reference: the capitalisation heuristic of early NER baselines (Mikheev, "A knowledge-free
 * method for capitalized word disambiguation", ACL 1999) with the contextual cue rules of
 * rule-based recognisers (e.g. the trigger words of GATE's ANNIE).
 * Invariants: deterministic and pure; every mention's span indexes its article's body text and
 * holds the name as written; an entity's articles are the distinct articles of its mentions, in
 * input order; entities sorted by number of articles, then mentions, then name.
 * Cost: one pass over the characters of each body (no regular expression per word; words kept in
 * flat arrays, folded keys made only for capitalised words and their neighbours, Word records
 * only for the words of name runs; recognise's scans share one pooled set of buffers), O(total
 * characters), plus O(names · words per name) for merging; computed once per input object
 * (oncePer) and shared with discrepancies(). About 1 ms for the seeds' 11 KB (noisy machine).
 */

import {
  CUE,
  DEPARTMENT_WORDS,
  HONORIFICS,
  MIN_ENTITY_EVIDENCE,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  PLACE_ACRONYMS,
  PLACE_CUES,
  PLACE_MODIFIERS,
  PLACE_WORDS,
  REPORTING_VERBS,
  STRONG_CUE,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  WEAK_CUE,
} from './details-defaults.js';
import { oncePer } from './once-per.js';
import type { Entity, EntityKind, Mention, SynthesisInput } from './types.js';
import { bodiesOf } from './units.js';

/** One word of a body, as the recogniser sees it. */
export interface Word {
  /** As written, without a trailing possessive ("Blinken" for "Blinken’s"). */
  text: string;
  /** Folded: lower case, no diacritics, no dots ("U.S." → "us"). */
  key: string;
  start: number;
  end: number;
  capitalised: boolean;
  acronym: boolean;
  possessive: boolean;
  /** First word of a sentence (or of a paragraph, or after an opening quote that starts one). */
  sentenceStart: boolean;
  /** What lies between the previous word and this one (GAP_* bits). */
  gap: number;
}

/** Gap bits: the characters between two words hold only white space (at least one). */
export const GAP_SPACE = 1;
/** …a line break. */
export const GAP_NEWLINE = 2;
/** …a full stop. */
export const GAP_DOT = 4;
/** …only white space and full stops. */
export const GAP_SPACE_OR_DOT = 8;
/** …a comma, full stop, semicolon or colon. */
export const GAP_PUNCTUATION = 16;
/** …a comma then white space only (", "). */
export const GAP_COMMA = 32;
/** …a sentence end: . ! ? … or a line break. */
export const GAP_SENTENCE_END = 64;

/** The GAP_* bits of text[from, to). */
function gapOf(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  let spaceOnly = true;
  let spaceOrDot = true;
  let bits = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
    if (c === 10) bits |= GAP_NEWLINE | GAP_SENTENCE_END;
    if (c === 46) bits |= GAP_DOT | GAP_PUNCTUATION | GAP_SENTENCE_END;
    else if (c === 44 || c === 59 || c === 58) bits |= GAP_PUNCTUATION;
    else if (c === 33 || c === 63 || c === 0x2026) bits |= GAP_SENTENCE_END;
    if (!space) {
      spaceOnly = false;
      if (c !== 46) spaceOrDot = false;
    }
  }
  if (spaceOnly) bits |= GAP_SPACE;
  if (spaceOrDot) bits |= GAP_SPACE_OR_DOT;
  if (text.charCodeAt(from) === 44) {
    let rest = true;
    for (let k = from + 1; k < to; k++) if (text.charCodeAt(k) !== 32) rest = false;
    if (rest) bits |= GAP_COMMA;
  }
  return bits;
}

/** One mention of a name found in an article, before merging. */
export interface NameMention extends Mention {
  /** The folded name ("antony blinken"). */
  key: string;
  /** The name as written. */
  text: string;
  /** Cue weights by kind. */
  votes: Record<EntityKind, number>;
  /** The title written before the name, folded ("foreign minister"), or null. */
  title: string | null;
  /** Where that title is written (to the end of the name), or null. */
  titleSpan: [number, number] | null;
  /** Two or more plain capitalised words: the shape of a personal name (a weak cue, once per entity). */
  shaped: boolean;
}

/** An entity with the folded keys of every name form merged into it. */
export interface RecognisedEntity extends Entity {
  keys: string[];
  /** Every mention's full record, in input order. */
  names: NameMention[];
}

const DOTTED = /^\p{L}(?:\.\p{L})+$/u;
const ABBREVIATED = new Set([...HONORIFICS, 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'col', 'lt', 'no']);
/** The longest abbreviation: a longer ASCII word without dots folds to no abbreviation. */
const ABBREVIATED_LENGTH = Math.max(...[...ABBREVIATED].map((word) => word.length));
/** Endings of nationality adjectives and groups ("Asian", "Russians", "Chinese", "British"). */
const NATIONALITY = /(?:an|ans|ian|ians|ese|ish|ic|ics|ern)$/u;
const COUNTRY_ENDING = /stan$/u;
const WEAK_COUNTRY_ENDING = /(?:land|ia)$/u;
const JOINERS = new Set([
  'of',
  'de',
  'del',
  'della',
  'di',
  'da',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'le',
  'du',
  'der',
]);

/** Folds a word for comparison: lower case, no diacritics, no dots. */
export function foldName(text: string): string {
  const plain = isAscii(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '');
  const lower = plain.toLowerCase();
  return lower.includes('.') ? lower.replace(/\./gu, '') : lower;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Character classes for the word scanner, filled on first use (0 = not yet known). */
const WORD_CHAR = 1;
const MARK_CHAR = 2;
const OTHER_CHAR = 3;
const CHAR_CLASS = new Uint8Array(65536);

function charClass(code: number): number {
  let cls = CHAR_CLASS[code]!;
  if (cls === 0) {
    const char = String.fromCharCode(code);
    cls = /[\p{L}\p{N}]/u.test(char) ? WORD_CHAR : /\p{M}/u.test(char) ? MARK_CHAR : OTHER_CHAR;
    CHAR_CLASS[code] = cls;
  }
  return cls;
}

/** asciiShape bits: a code unit beyond ASCII; an ASCII upper-case letter; a lower-case one; a full stop. */
const SHAPE_NON_ASCII = 1;
const SHAPE_UPPER = 2;
const SHAPE_LOWER = 4;
const SHAPE_DOT = 8;

/** The SHAPE_* bits of a word, or of text[from, to) when given. */
function asciiShape(word: string, from = 0, to = word.length): number {
  let bits = 0;
  for (let k = from; k < to; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) bits |= SHAPE_LOWER;
    else if (c >= 65 && c <= 90) bits |= SHAPE_UPPER;
    else if (c === 46) bits |= SHAPE_DOT;
    else if (c >= 128) bits |= SHAPE_NON_ASCII;
  }
  return bits;
}

/** Whether a character may join two parts of one word: ' ’ ‘ - + . & */
function isJoinerChar(code: number): boolean {
  return (
    code === 39 ||
    code === 0x2019 ||
    code === 0x2018 ||
    code === 45 ||
    code === 43 ||
    code === 46 ||
    code === 38
  );
}

/** WordScan flags: capitalised, acronym, possessive dropped, first word of a sentence. */
const CAPITALISED = 1;
const ACRONYM = 2;
const POSSESSIVE_DROPPED = 4;
const SENTENCE_START = 8;
/** The word is ASCII (every code unit of it, joiners and the letters after them included). */
const SCANNED_ASCII = 16;

/** The most words a text can hold: one letter and one separator each. */
function mostWords(text: string): number {
  return (text.length >> 1) + 2;
}

/** Buffers that several WordScans take their arrays from (every slot is written before it is read). */
export interface WordScanPool {
  used: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  gap: Uint8Array;
  /** Folded keys cached by the scans (each scan clears its slots once it has counted its words). */
  keys: (string | undefined)[];
}

/** recognise's pool, reused from call to call and grown when a story needs more. */
let scanPool: WordScanPool | undefined;

function scanPoolFor(size: number): WordScanPool {
  if (!scanPool || scanPool.start.length < size) {
    const length = Math.max(size, 2 * (scanPool?.start.length ?? 0));
    scanPool = {
      used: 0,
      start: new Int32Array(length),
      end: new Int32Array(length),
      flags: new Uint8Array(length),
      gap: new Uint8Array(length),
      keys: new Array<string | undefined>(length).fill(undefined),
    };
  }
  scanPool.used = 0;
  return scanPool;
}

/**
 * The words of one text as flat arrays (offsets, flags, gaps), with each word's folded key and
 * Word record made only when asked for: the recogniser looks closely at capitalised words and
 * their neighbours only, so most words of a body never become strings or objects.
 */
export class WordScan {
  readonly text: string;
  /** Number of words. */
  count = 0;
  readonly start: Int32Array;
  /** End of each word as Word.end (a dropped possessive excluded, a dotted acronym's dot included). */
  readonly end: Int32Array;
  readonly flags: Uint8Array;
  /** GAP_* bits of what lies between the previous word and each word. */
  readonly gap: Uint8Array;
  /**
   * Keys made so far: word k's at keys[keyOffset + k], cached only for k < cached (0 during the
   * scan, the word count once it is complete); the array is the pool's when the scan has one.
   */
  private keys: (string | undefined)[] = [];
  private keyOffset = 0;
  private cached = 0;
  private readonly pooled: boolean;

  /**
   * `pool`: buffers to take the arrays from (views of recognise's per-call pool, so that a story's
   * scans allocate no buffers); each must hold the text's most words, length / 2 + 2.
   */
  constructor(text: string, pool?: WordScanPool | undefined) {
    this.text = text;
    const most = mostWords(text);
    if (pool) {
      const from = pool.used;
      pool.used += most;
      this.start = pool.start.subarray(from, from + most);
      this.end = pool.end.subarray(from, from + most);
      this.flags = pool.flags.subarray(from, from + most);
      this.gap = pool.gap.subarray(from, from + most);
      this.keys = pool.keys;
      this.keyOffset = from;
      this.pooled = true;
    } else {
      this.pooled = false;
      this.start = new Int32Array(most);
      this.end = new Int32Array(most);
      this.flags = new Uint8Array(most);
      this.gap = new Uint8Array(most);
    }
  }

  /** Whether word k has a flag. */
  has(k: number, flag: number): boolean {
    return (this.flags[k]! & flag) !== 0;
  }

  /** Called once the scan has counted its words: the caches get their final size. */
  complete(): void {
    if (this.pooled) this.keys.fill(undefined, this.keyOffset, this.keyOffset + this.count);
    else this.keys = new Array(this.count);
    this.cached = this.count;
  }

  /** The folded key of word k (computed once after the scan, every time during it). */
  key(k: number): string {
    if (k >= this.cached) return this.foldedKey(k);
    let key = this.keys[this.keyOffset + k];
    if (key === undefined) {
      key = this.foldedKey(k);
      this.keys[this.keyOffset + k] = key;
    }
    return key;
  }

  private foldedKey(k: number): string {
    const raw = this.text.slice(this.start[k], this.end[k]);
    if (!this.has(k, SCANNED_ASCII)) return foldName(raw);
    const shape = asciiShape(raw);
    const lower = (shape & SHAPE_UPPER) === 0 ? raw : raw.toLowerCase();
    return (shape & SHAPE_DOT) !== 0 ? lower.replace(/\./gu, '') : lower;
  }

  /** Word k as a new record, or undefined outside the text's words. */
  word(k: number): Word | undefined {
    if (k < 0 || k >= this.count) return undefined;
    const flags = this.flags[k]!;
    return {
      text: this.text.slice(this.start[k], this.end[k]),
      key: this.key(k),
      start: this.start[k]!,
      end: this.end[k]!,
      capitalised: (flags & CAPITALISED) !== 0,
      acronym: (flags & ACRONYM) !== 0,
      possessive: (flags & POSSESSIVE_DROPPED) !== 0,
      sentenceStart: (flags & SENTENCE_START) !== 0,
      gap: this.gap[k]!,
    };
  }
}

/** Whether text[end - 2, end) is a possessive ending: ' ’ or ‘ then "s". */
function endsPossessive(text: string, end: number): boolean {
  const mark = text.charCodeAt(end - 2);
  return text.charCodeAt(end - 1) === 115 && (mark === 39 || mark === 0x2019 || mark === 0x2018);
}

/**
 * Scans the words of a text: offsets, case and sentence position. A word is a run of letters,
 * digits and marks, with ' ’ ‘ - + . & inside it when a letter or digit follows
 * ("Kassym-Jomart", "C5+1", "U.S"); a trailing possessive is dropped ("Tokayev’s" → "Tokayev").
 */
export function wordScanOf(text: string): WordScan {
  return scanInto(text, undefined);
}

/** wordScanOf, with the arrays taken from a pool when one is given. */
function scanInto(text: string, pool: WordScanPool | undefined): WordScan {
  const scan = new WordScan(text, pool);
  const n = text.length;
  let count = 0;
  let previousEnd = 0;
  let previousAbbreviated = false;
  let i = 0;
  while (i < n) {
    if (charClass(text.charCodeAt(i)) !== WORD_CHAR) {
      i++;
      continue;
    }
    const start = i;
    let ascii = text.charCodeAt(i) < 128;
    let sawDot = false;
    i++;
    while (i < n) {
      const code = text.charCodeAt(i);
      const cls = charClass(code);
      if (cls === WORD_CHAR || cls === MARK_CHAR) {
        if (code >= 128) ascii = false;
        i++;
        continue;
      }
      if (isJoinerChar(code) && i + 1 < n && charClass(text.charCodeAt(i + 1)) === WORD_CHAR) {
        if (code >= 128 || text.charCodeAt(i + 1) >= 128) ascii = false;
        if (code === 46) sawDot = true;
        i += 2;
        continue;
      }
      break;
    }
    const matchEnd = i;
    const possessive = matchEnd - start > 2 && endsPossessive(text, matchEnd);
    let end = possessive ? matchEnd - 2 : matchEnd;
    // A dotted acronym keeps its last dot ("U.S."), which then ends no sentence.
    const dotted =
      !possessive && sawDot && text.charCodeAt(matchEnd) === 46 && DOTTED.test(text.slice(start, end));
    if (dotted) {
      end++;
      i = matchEnd + 1;
    }
    const gap =
      start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32
        ? GAP_SPACE | GAP_SPACE_OR_DOT
        : gapOf(text, previousEnd, start);
    const firstCode = text.charCodeAt(start);
    let capitalised: boolean;
    if (firstCode < 128) capitalised = firstCode >= 65 && firstCode <= 90;
    else {
      const first = text.charAt(start);
      capitalised = first !== first.toLowerCase() && first === first.toUpperCase();
    }
    let acronym = false;
    if (capitalised && end - start >= 2) {
      // One pass over the word's code units instead of a toUpperCase call: ASCII words
      // case-convert exactly as these flags say.
      const shape = asciiShape(text, start, end);
      if ((shape & SHAPE_NON_ASCII) === 0) acronym = (shape & SHAPE_LOWER) === 0;
      else {
        const raw = text.slice(start, end);
        acronym = raw === raw.toUpperCase();
      }
    }
    const endsSentence =
      (gap & GAP_SENTENCE_END) !== 0 && !(previousAbbreviated && (gap & GAP_NEWLINE) === 0);
    scan.start[count] = start;
    scan.end[count] = end;
    scan.gap[count] = gap;
    scan.flags[count] =
      (capitalised ? CAPITALISED : 0) |
      (acronym ? ACRONYM : 0) |
      (possessive ? POSSESSIVE_DROPPED : 0) |
      (count === 0 || endsSentence ? SENTENCE_START : 0) |
      (ascii ? SCANNED_ASCII : 0);
    scan.count = ++count;
    previousEnd = dotted ? end : matchEnd;
    // "Mr." and "U.S." do not end a sentence.
    // (An ASCII word without dots keeps its length when folded.)
    previousAbbreviated =
      dotted ||
      (text.charCodeAt(previousEnd) === 46 &&
        !(ascii && !sawDot && end - start > ABBREVIATED_LENGTH) &&
        ABBREVIATED.has(scan.key(count - 1)));
  }
  scan.complete();
  return scan;
}

/** The words of a text with their offsets, case and sentence position (see wordScanOf). */
export function wordsOf(text: string): Word[] {
  const scan = wordScanOf(text);
  const words: Word[] = [];
  for (let k = 0; k < scan.count; k++) words.push(scan.word(k)!);
  return words;
}

const GENERAL_BEFORE = new Set([
  'attorney',
  'surgeon',
  'inspector',
  'lieutenant',
  'major',
  'brigadier',
  'secretary',
]);

const noVotes = (): Record<EntityKind, number> => ({ person: 0, place: 0, organisation: 0 });

/** Whether the title phrase ends at index `t` of the run (a title word or "Secretary of State"). */
function isTitleAt(run: readonly Word[], t: number): boolean {
  const key = run[t]!.key;
  if (TITLE_WORDS.has(key)) return true;
  // "Attorney General Rod Rosenstein", "Secretary-General" (not "General Electric").
  if (key === 'general' && t > 0 && GENERAL_BEFORE.has(run[t - 1]!.key)) return true;
  return DEPARTMENT_WORDS.has(key) && run[t - 1]?.key === 'of' && TITLE_WORDS.has(run[t - 2]?.key ?? '');
}

/** The start of the title phrase that ends at `t` (its modifiers and "of State" included). */
function titleStart(run: readonly Word[], t: number): number {
  let s = t;
  while (s > 0) {
    const before = run[s - 1]!.key;
    if (TITLE_WORDS.has(before) || TITLE_MODIFIERS.has(before)) s--;
    else if (before === 'of' && s - 2 >= 0 && TITLE_WORDS.has(run[s - 2]!.key)) s -= 2;
    else break;
  }
  return s;
}

/** The name mentions of one article's body. */
export function nameMentions(
  article: string,
  words: WordScan,
  knownCapitalised: ReadonlySet<string>,
  dateline: string | null,
): NameMention[] {
  const out: NameMention[] = [];
  const { flags, gap: gaps, start: starts, end: ends, text: body } = words;
  const count = words.count;
  // Word k read from the scan's arrays and its cached key (no Word record for a neighbour).
  const has = (k: number, flag: number): boolean => (flags[k]! & flag) !== 0;
  const isNameWord = (k: number): boolean => {
    const f = flags[k]!;
    if ((f & CAPITALISED) === 0) return false;
    const acronym = (f & ACRONYM) !== 0;
    if (!acronym) {
      const key = words.key(k);
      if (NOT_NAME_WORDS.has(key) || HONORIFICS.has(key)) return false;
    }
    if ((f & SENTENCE_START) === 0 || acronym) return true;
    const key = words.key(k);
    return knownCapitalised.has(key) || TITLE_WORDS.has(key);
  };
  const holdsDot = (k: number): boolean => {
    for (let c = starts[k]!; c < ends[k]!; c++) if (body.charCodeAt(c) === 46) return true;
    return false;
  };
  const datelineKey = dateline === null ? null : foldName(dateline);
  let i = 0;
  while (i < count) {
    if (!isNameWord(i)) {
      i++;
      continue;
    }
    // Extend the run over name words separated by white space only (or after "U.S."), and
    // over joiners between two name words ("Bank of America").
    let j = i + 1;
    if (!has(i, POSSESSIVE_DROPPED)) {
      while (j < count) {
        const gap = gaps[j]!;
        const plainGap =
          (gap & GAP_SPACE_OR_DOT) !== 0 &&
          (gap & GAP_NEWLINE) === 0 &&
          ((gap & GAP_DOT) === 0 || holdsDot(j - 1));
        if (!plainGap) break;
        if (isNameWord(j) && !has(j, SENTENCE_START)) {
          j++;
          if (has(j - 1, POSSESSIVE_DROPPED)) break;
          continue;
        }
        // "of" joins only after the head of an organisation, place or title ("Bank of America",
        // "Gulf of Mexico", "Secretary of State"), never a person and a place ("Trudeau of Canada").
        const key = words.key(j);
        const prior = words.key(j - 1);
        const joins =
          key !== 'of' || ORGANISATION_WORDS.has(prior) || PLACE_WORDS.has(prior) || TITLE_WORDS.has(prior);
        if (
          joins &&
          JOINERS.has(key) &&
          !has(j, CAPITALISED) &&
          j + 1 < count &&
          isNameWord(j + 1) &&
          (gaps[j + 1]! & GAP_SPACE) !== 0
        ) {
          j += 2;
          if (has(j - 1, POSSESSIVE_DROPPED)) break;
          continue;
        }
        break;
      }
    }
    // An organisation's head word ends it: "Soviet Union | Ukraine".
    const runStart = i;
    for (let k = i; k < j - 1; k++) {
      if (ORGANISATION_WORDS.has(words.key(k))) {
        j = k + 1;
        break;
      }
    }
    const runEnd = j;
    const run: Word[] = [];
    for (let k = runStart; k < runEnd; k++) run.push(words.word(k)!);
    i = runEnd;
    // The words before and after the run, by index (-1 or count: none).
    const before = runStart - 1;
    const after = runEnd < count ? runEnd : -1;
    const votes = noVotes();
    let name = run;
    let title: string | null = null;
    let titleFrom = -1;
    const last = run[run.length - 1]!;
    if (PLACE_WORDS.has(last.key)) {
      votes.place += STRONG_CUE;
    } else if (ORGANISATION_WORDS.has(last.key)) {
      votes.organisation += STRONG_CUE;
      // "Kazakh Foreign Ministry": the organisation is the whole run.
    } else {
      let t = -1;
      for (let k = run.length - 1; k >= 0; k--) {
        if (isTitleAt(run, k)) {
          t = k;
          break;
        }
      }
      if (t >= 0) {
        if (t === run.length - 1) continue; // a title without a name ("Foreign Minister")
        const s = titleStart(run, t);
        title = run
          .slice(s, t + 1)
          .map((w) => w.key)
          .join(' ');
        titleFrom = run[s]!.start;
        name = run.slice(t + 1);
        votes.person += STRONG_CUE;
      }
    }
    const tail = name[name.length - 1]!;
    const headWord = name[0]!;
    if (name.length === 1 && headWord.acronym) {
      // Weak: all-capital words are also emphasis and product names ("SUV", "PEOPLE").
      if (PLACE_ACRONYMS.has(headWord.key)) votes.place += CUE;
      else votes.organisation += WEAK_CUE;
    }
    // Nationality adjectives and groups: "Central Asian countries", "the Central Asians".
    if (
      title === null &&
      votes.organisation === 0 &&
      NATIONALITY.test(tail.key) &&
      !COUNTRY_ENDING.test(tail.key) &&
      !tail.possessive &&
      (tail.key.endsWith('s') ||
        (after >= 0 && !has(after, CAPITALISED) && !REPORTING_VERBS.has(words.key(after))))
    ) {
      continue;
    }
    // "the Kazakh capital Astana": a nationality adjective, not a place of its own.
    if (name === run && after >= 0 && words.key(after) === 'capital' && !tail.possessive) continue;
    if (before >= 0 && name === run) {
      const beforeKey = words.key(before);
      if (HONORIFICS.has(beforeKey)) votes.person += STRONG_CUE;
      // A title that opens the sentence was not taken into the run ("President Joe Biden …").
      if (has(before, CAPITALISED) && has(before, SENTENCE_START) && TITLE_WORDS.has(beforeKey)) {
        votes.person += STRONG_CUE;
        title = beforeKey;
        titleFrom = starts[before]!;
      }
      // "in Astana", "to the United States".
      const cueWord = beforeKey === 'the' ? before - 1 : before;
      const cue = cueWord < 0 ? undefined : PLACE_CUES.get(words.key(cueWord));
      // An acronym after "in"/"at" is rarely a place ("at the CIA"), unless dotted ("in L.A.").
      const plainAcronym = name.length === 1 && headWord.acronym && !headWord.text.includes('.');
      if (cue !== undefined && !has(cueWord, CAPITALISED) && !plainAcronym) votes.place += cue;
    }
    if (
      tail.possessive &&
      after >= 0 &&
      (TITLE_WORDS.has(words.key(after)) || words.key(after) === 'capital')
    )
      votes.place += STRONG_CUE;
    if (after >= 0 && gaps[after]! & GAP_COMMA && (words.key(after) === 'the' || words.key(after) === 'a')) {
      // An appositive: "Donald Lu, the State Department's top official" / "Tashkent, the capital".
      for (let k = runEnd + 1; k < Math.min(count, runEnd + 9); k++) {
        if (gaps[k]! & GAP_PUNCTUATION) break;
        const key = words.key(k);
        if (key === 'capital' || key === 'city' || key === 'country') {
          votes.place += STRONG_CUE;
          break;
        }
        if (!has(k, CAPITALISED) && (TITLE_WORDS.has(key) || key === 'official' || key === 'diplomat')) {
          votes.person += CUE;
          break;
        }
      }
    }
    if (name.length >= 2 && PLACE_MODIFIERS.has(headWord.key)) votes.place += CUE;
    if (COUNTRY_ENDING.test(tail.key)) votes.place += CUE;
    else if (name.length === 1 && WEAK_COUNTRY_ENDING.test(tail.key)) votes.place += WEAK_CUE;
    const shaped =
      name.length >= 2 && name.every((w) => !w.acronym && !JOINERS.has(w.key)) && votes.organisation === 0;
    const key = name.length === 1 ? name[0]!.key : name.map((w) => w.key).join(' ');
    if (datelineKey !== null && key === datelineKey) votes.place += STRONG_CUE;
    const start = name[0]!.start;
    const end = tail.end;
    const titleSpan: [number, number] | null = titleFrom >= 0 ? [titleFrom, end] : null;
    out.push({ article, span: [start, end], key, text: '', votes, title, titleSpan, shaped });
  }
  return out;
}

/**
 * The entities of a story, with the full record of every mention (for discrepancies); recognised
 * once per input object, so entities() and discrepancies() of one story share one pass.
 */
export const recogniseEntities: (input: SynthesisInput) => RecognisedEntity[] = oncePer(recognise);

function recognise(input: SynthesisInput): RecognisedEntity[] {
  const bodies = bodiesOf(input);
  // The scans live only inside this call: their arrays are views of one reused pool.
  const pool = scanPoolFor(bodies.reduce((sum, body) => sum + mostWords(body), 0));
  const wordLists = bodies.map((body) => scanInto(body, pool));
  const knownCapitalised = new Set<string>();
  for (const words of wordLists) {
    for (let k = 0; k < words.count; k++)
      if ((words.flags[k]! & (CAPITALISED | SENTENCE_START)) === CAPITALISED)
        knownCapitalised.add(words.key(k));
  }
  const mentions: NameMention[] = [];
  input.articles.forEach((article, index) => {
    const body = bodies[index]!;
    for (const mention of nameMentions(article.id, wordLists[index]!, knownCapitalised, article.dateline)) {
      mention.text = body.slice(mention.span[0], mention.span[1]);
      mentions.push(mention);
    }
  });
  return mergeMentions(
    mentions,
    input.articles.map((article) => article.id),
  );
}

/** Groups mentions by folded name, merges surnames into full names, keeps entities with evidence. */
function mergeMentions(
  mentions: readonly NameMention[],
  articleOrder: readonly string[],
): RecognisedEntity[] {
  const groups = new Map<string, NameMention[]>();
  for (const mention of mentions) {
    const list = groups.get(mention.key);
    if (list) list.push(mention);
    else groups.set(mention.key, [mention]);
  }
  const votesOf = (list: readonly NameMention[]): Record<EntityKind, number> => {
    const sum = noVotes();
    if (list.some((m) => m.shaped)) sum.person += WEAK_CUE;
    for (const m of list) {
      sum.person += m.votes.person;
      sum.place += m.votes.place;
      sum.organisation += m.votes.organisation;
    }
    return sum;
  };
  const kindOf = (votes: Record<EntityKind, number>): EntityKind =>
    votes.person >= votes.place && votes.person >= votes.organisation
      ? 'person'
      : votes.place >= votes.organisation
        ? 'place'
        : 'organisation';
  // A shorter name joins the one person whose fuller name ends with it ("tokayev" →
  // "kassym-jomart tokayev"; "antony blinken" → "us secretary…" never, titles are split off).
  // Sorted by word count (most first), then key: buckets by count, each sorted as strings.
  const byWords: string[][] = [];
  for (const key of groups.keys()) {
    const words = wordCount(key);
    while (byWords.length <= words) byWords.push([]);
    byWords[words]!.push(key);
  }
  const keys: string[] = [];
  for (let words = byWords.length - 1; words >= 1; words--)
    keys.push(...byWords[words]!.sort((a, b) => (a < b ? -1 : 1)));
  // Fuller names by the folded names they end with ("tokayev" → "kassym-jomart tokayev").
  const peopleBySuffix = new Map<string, string[]>();
  for (const key of keys) {
    // A name joins the one fuller name it ends ("Trump" → "Donald Trump", "Bible Church" →
    // "Wasilla Bible Church"); when two fuller names end with it ("North Korea", "South Korea")
    // it stays apart. Only suffixes that are names themselves are ever looked up.
    for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
      const suffix = key.slice(space + 1);
      if (!groups.has(suffix)) continue;
      const list = peopleBySuffix.get(suffix);
      if (list) list.push(key);
      else peopleBySuffix.set(suffix, [key]);
    }
  }
  const target = new Map<string, string>();
  for (const key of keys) {
    const fuller = peopleBySuffix.get(key);
    if (!fuller) continue;
    // The fuller names must all be one person (themselves merged into the longest).
    const roots = new Set(fuller.map((other) => target.get(other) ?? other));
    if (roots.size === 1) target.set(key, [...roots][0]!);
  }
  // A root (a key merged into no other) comes before the keys merged into it (they have fewer
  // words): the keys merged into each root, in key order, then one entity per root in key order.
  const joined = new Map<string, string[]>();
  for (const key of keys) {
    const root = target.get(key);
    if (root === undefined) continue;
    const list = joined.get(root);
    if (list) list.push(key);
    else joined.set(root, [key]);
  }
  const order = new Map(articleOrder.map((id, index) => [id, index]));
  const out: RecognisedEntity[] = [];
  for (const root of keys) {
    if (target.has(root)) continue;
    const others = joined.get(root);
    const entry = { keys: [root], names: groups.get(root)! };
    if (others) {
      entry.names = [...entry.names];
      for (const key of others) {
        entry.keys.push(key);
        entry.names.push(...groups.get(key)!);
      }
    }
    const votes = votesOf(entry.names);
    if (votes.person + votes.place + votes.organisation < MIN_ENTITY_EVIDENCE) continue;
    // The entry's own list, sorted in place; an article's mentions are then adjacent.
    const names = entry.names.sort(
      (a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.span[0] - b.span[0],
    );
    const articles: string[] = [];
    for (const m of names) if (articles[articles.length - 1] !== m.article) articles.push(m.article);
    out.push({
      name: displayName(names, root),
      kind: kindOf(votes),
      articles,
      mentions: names.map((m) => ({ article: m.article, span: [m.span[0], m.span[1]] })),
      keys: entry.keys,
      names,
    });
  }
  out.sort(
    (a, b) =>
      b.articles.length - a.articles.length ||
      b.mentions.length - a.mentions.length ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return out;
}

/** The number of words of a folded name (words are separated by single spaces). */
function wordCount(key: string): number {
  let count = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) count++;
  return count;
}

/** The most frequent written form of a name among the mentions with that key (first seen on ties). */
function displayName(mentions: readonly NameMention[], key: string): string {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.key === key) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [text, count] of counts) {
    if (count > bestCount) {
      best = text;
      bestCount = count;
    }
  }
  return best;
}

/** The people, places and organisations of a story with their mentions across articles. */
export function entities(input: SynthesisInput): Entity[] {
  return recogniseEntities(input).map(({ name, kind, articles, mentions }) => ({
    name,
    kind,
    articles,
    mentions,
  }));
}
