/**
 * Discrepancies: values that differ between the articles of a story about the same thing —
 * between origins, or between copies of one origin — and who states each value.
 *
 * Computes four families, each precision first (a value is compared only with values about the
 * same thing, and values that may both be true are not reported):
 * - quote: quotations (in “…” or "…", at least MIN_QUOTE_WORDS words) of different articles whose
 *   words are alike (Dice ≥ SAME_QUOTE_DICE, or the shorter's words inside the longer) but not the
 *   same word sequence; a quotation that is a part of the other (a shortened quote) agrees with
 *   it. Subject: the speaker (a person next to a reporting verb) and the quotation's opening.
 * - title: the formal titles a person is given — before the name ("Foreign Minister Mukhtar
 *   Tileuberdi") or "as <title>" after "his"/"her" in a sentence that names that person only
 *   and has no relative clause ("his first trip as foreign minister") — differ: "secretary of state" vs "foreign minister". Descriptions ("top
 *   diplomat") are not formal titles; a title whose words hold the other's ("prime minister" vs
 *   "minister") agrees with it.
 * - time: a time expression right after a place ("to Uzbekistan later on Tuesday", "capital of
 *   Uzbekistan at the end of the week") in sentences that share a person; values differ when
 *   their days or periods differ ("Tuesday" vs "end of the week"). Relative days ("today",
 *   "tomorrow") are not compared: their reference day is each article's own.
 * - number and date: in two directly linked sentences of different articles (aligned, or Dice ≥
 *   SAME_SENTENCE_DICE), numbers with the same content word as unit and the same word before
 *   ("killed 20 people" vs "killed 25 people"), or days of the same month ("Feb. 24" vs "Feb.
 *   25"), that differ as numbers ("6" and "6.0" agree); years, clock times and numbers followed
 *   by a function word ("40 of") are not compared.
 * Names and places replaced by others in an edited sentence are not reported yet.
 * Reference: the slot comparison of cross-document fact-conflict detection (e.g. Ennals et al.,
 * "Highlighting disputed claims on the web", WWW 2010, and the "contradiction detection" of de
 * Marneffe, Rafferty & Manning, ACL 2008: numbers, dates and antonymous modifiers as the
 * precise cues), with entities and aligned sentences from the earlier stages as the slots.
 * Invariants: deterministic; every discrepancy has two or more values, each stated by at least
 * one article with at least one mention whose span indexes that article's body text; values
 * sorted by number of articles, then text; discrepancies sorted by the articles they involve.
 * Cost: the sentences, their links and the entities are computed once per input and shared
 * with additions() and entities(); on top of them O(p·t) for the p pairs of sentences with a
 * number of one slot and one word before it (an index by slot, not all pairs), O(q²) for q
 * quotations, linear in the body text otherwise. Measured (bench synthesis, shared 2-core
 * machine, noisy): about 1.5 ms of its own for the benchmark's stories of 10 articles.
 */
import { tokenize } from '../tokens.js';
import { statedUnits } from './additions.js';
import {
  FORMAL_TITLES,
  MIN_CONTAINED_TERMS,
  MIN_QUOTE_WORDS,
  NOT_UNIT_WORDS,
  REPORTING_VERBS,
  SAME_QUOTE_CONTAINED,
  SAME_QUOTE_DICE,
  SAME_SENTENCE_DICE,
  TIME_ATTACH_WORDS,
} from './details-defaults.js';
import { type RecognisedEntity, recogniseEntities } from './entities.js';
import type { Discrepancy, DiscrepancyKind, Mention, SynthesisInput } from './types.js';
import { bodiesOf, dice, isRegExpSpace, type SentenceUnit, termsOf } from './units.js';

/** A value as one article states it. */
interface Statement {
  value: string;
  /** What decides agreement: two statements agree when `agree(a, b)`. */
  key: string;
  mention: Mention;
}

interface Context {
  input: SynthesisInput;
  bodies: Map<string, string>;
  units: SentenceUnit[];
  /** For each unit, the units of other reports that state it (aligned or paraphrased). */
  stated: ReadonlySet<number>[];
  unitsByArticle: Map<string, SentenceUnit[]>;
  entities: RecognisedEntity[];
  /** For each unit (by index), the people it names: entity name and mention span. */
  peopleByUnit: { name: string; span: [number, number] }[][];
}

const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
/** Time expressions: a weekday with qualifiers, a part of a week/month/year, a relative day. */
const TIME = new RegExp(
  [
    `(?:(?:later|earlier|late|early)\\s+)?(?:(?:on|this|next|last|by|until)\\s+)?(?:${WEEKDAYS})(?:\\s+(?:morning|afternoon|evening|night))?`,
    '(?:at|by|towards?|until)\\s+the\\s+(?:end|start|beginning|middle)\\s+of\\s+(?:the|this|next|last)\\s+(?:week|month|year)',
    '(?:this|next|last)\\s+(?:week|weekend|month|year)',
    'today|tonight|tomorrow|yesterday',
  ].join('|'),
  'giu',
);
const RELATIVE_DAY = /^(?:today|tonight|tomorrow|yesterday)$/iu;
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS})\\b`, 'iu');

/** The anchor of a time expression: its weekday, or its period without the preposition. */
export function timeAnchor(expression: string): string | null {
  const text = expression.toLowerCase().replace(/\s+/gu, ' ').trim();
  if (RELATIVE_DAY.test(text)) return null;
  const day = WEEKDAY.exec(text);
  if (day)
    return /\b(?:next|last)\b/u.test(text) ? `${text.match(/\b(?:next|last)\b/u)![0]} ${day[1]}` : day[1]!;
  return text.replace(/^(?:at|by|towards?|until) /u, '');
}

const DOTTED_INSIDE = /\p{L}\.\p{L}/u;

/** The folded word sequence of a text, dotted acronyms as one word ("The E.U. should…"). */
function wordKey(text: string): string {
  const joined = DOTTED_INSIDE.test(text) ? text.replace(/(?<=\b\p{L})\.(?=\p{L}\b)/gu, '') : text;
  return Array.from(tokenize(joined).hashes).join(' ');
}

function contextOf(input: SynthesisInput): Context {
  const texts = bodiesOf(input);
  const bodies = new Map(input.articles.map((article, index) => [article.id, texts[index]!]));
  const { units, stated } = statedUnits(input);
  const unitsByArticle = new Map<string, SentenceUnit[]>();
  for (const unit of units) {
    const list = unitsByArticle.get(unit.article);
    if (list) list.push(unit);
    else unitsByArticle.set(unit.article, [unit]);
  }
  const entities = recogniseEntities(input);
  const context: Context = { input, bodies, units, stated, unitsByArticle, entities, peopleByUnit: [] };
  context.peopleByUnit = units.map(() => []);
  for (const entity of entities) {
    if (entity.kind !== 'person') continue;
    for (const mention of entity.mentions) {
      const unit = unitAt(context, mention.article, mention.span[0]);
      if (unit) context.peopleByUnit[unit.index]!.push({ name: entity.name, span: mention.span });
    }
  }
  return context;
}

/** The sentence unit of an article that holds a position (binary search over its units). */
function unitAt(context: Context, article: string, position: number): SentenceUnit | undefined {
  const list = context.unitsByArticle.get(article);
  if (!list) return undefined;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const unit = list[middle]!;
    if (position < unit.span[0]) high = middle - 1;
    else if (position >= unit.span[1]) low = middle + 1;
    else return unit;
  }
  return undefined;
}

/**
 * Groups statements into values (statements that agree share a value; the first statement of
 * a value, the longest, names it) and returns a discrepancy when two or more values remain.
 */
function discrepancyOf(
  context: Context,
  kind: DiscrepancyKind,
  subject: string,
  statements: readonly Statement[],
  agree: (a: string, b: string) => boolean,
): Discrepancy | undefined {
  const sorted = [...statements].sort((a, b) => b.key.length - a.key.length || (a.value < b.value ? -1 : 1));
  const groups: { key: string; value: string; statements: Statement[] }[] = [];
  for (const statement of sorted) {
    const group = groups.find((g) => agree(g.key, statement.key));
    if (group) group.statements.push(statement);
    else groups.push({ key: statement.key, value: statement.value, statements: [statement] });
  }
  if (groups.length < 2) return undefined;
  const values = groups.map((group) => {
    const articles = [...new Set(group.statements.map((s) => s.mention.article))];
    const origins = new Set<string>();
    for (const s of group.statements) {
      const unit = unitAt(context, s.mention.article, s.mention.span[0]);
      for (const origin of unit?.origins ?? []) origins.add(origin);
    }
    const mentions = group.statements
      .map((s) => s.mention)
      .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.span[0] - b.span[0]));
    return { value: group.value, articles: articles.sort(), origins: [...origins].sort(), mentions };
  });
  // A value stated only inside the articles of another value, in one article, is one article
  // wording a thing two ways: reported only when another article states it too.
  const allArticles = new Set(values.flatMap((v) => v.articles));
  if (allArticles.size < 2) return undefined;
  values.sort((a, b) => b.articles.length - a.articles.length || (a.value < b.value ? -1 : 1));
  return { kind, subject, values };
}

// ── quotes ─────────────────────────────────────────────────────────────────────────────────

const QUOTATION = /[“"]([^“”"\n]+)[”"]/gu;

interface Quotation {
  article: string;
  span: [number, number];
  text: string;
  terms: Uint32Array;
}

function quotations(context: Context): Quotation[] {
  const out: Quotation[] = [];
  for (const article of context.input.articles) {
    const body = context.bodies.get(article.id)!;
    for (const match of body.matchAll(QUOTATION)) {
      // An opening mark follows a space or the start and precedes a letter; a closing mark
      // follows a non-space: otherwise two quotations' marks were paired across the narration.
      const opensAt = match.index;
      const closesAt = opensAt + match[0].length - 1;
      if (opensAt > 0 && !/[\s([—–-]/u.test(body[opensAt - 1]!)) continue;
      if (/\s/u.test(body[opensAt + 1]!) || /\s/u.test(body[closesAt - 1]!)) continue;
      if (match[1]!.includes("''")) continue;
      const text = match[1]!.trim().replace(/[,.]$/u, '');
      const { terms, words } = termsOf(text);
      if (words < MIN_QUOTE_WORDS) continue;
      const start = match.index + match[0].indexOf(text);
      out.push({ article: article.id, span: [start, start + text.length], text, terms });
    }
  }
  return out;
}

const REPORTING = new RegExp(`\\b(?:${[...REPORTING_VERBS].join('|')})\\b`, 'gu');

/**
 * Who speaks a quotation: a person named right before a reporting verb ("Tokayev told", "Blinken
 * said") or right after one ("said Blinken"), in the quotation's sentences or the sentence after.
 */
function speakerOf(context: Context, article: string, span: [number, number]): string | null {
  const units = context.unitsByArticle.get(article) ?? [];
  const first = units.findIndex((u) => u.span[1] > span[0]);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < units.length && units[last]!.span[1] < span[1]) last++;
  if (last + 1 < units.length) last++;
  const from = units[first]!.span[0];
  const body = context.bodies.get(article)!;
  const region = body.slice(from, units[last]!.span[1]);
  const people = context.entities.filter((e) => e.kind === 'person');
  for (const verb of region.matchAll(REPORTING)) {
    const at = from + verb.index;
    const end = at + verb[0].length;
    // "Tokayev told Blinken": the person before the verb speaks; "said Blinken" only without one.
    for (const before of [true, false]) {
      for (const person of people) {
        for (const m of person.mentions) {
          if (m.article !== article) continue;
          const gap = before
            ? m.span[1] <= at && body.slice(m.span[1], at)
            : m.span[0] >= end && body.slice(end, m.span[0]);
          if (gap && /^\s+$/u.test(gap)) return person.name;
        }
      }
    }
  }
  return null;
}

/** Whether two quotations' content words make them one quotation (reworded or shortened). */
function sameQuotation(a: Uint32Array, b: Uint32Array): boolean {
  const similarity = dice(a, b);
  if (similarity >= SAME_QUOTE_DICE) return true;
  const shorter = Math.min(a.length, b.length);
  const shared = (similarity * (a.length + b.length)) / 2;
  return shorter >= MIN_CONTAINED_TERMS && shared >= SAME_QUOTE_CONTAINED * shorter - 1e-9;
}

function quoteDiscrepancies(context: Context): Discrepancy[] {
  const quotes = quotations(context);
  // Each quotation joins the first cluster whose first quotation it resembles (no chaining:
  // two different quotations that share a third's words stay apart).
  const clusters: Quotation[][] = [];
  for (const quote of quotes) {
    const cluster = clusters.find(
      (c) => !c.some((q) => q.article === quote.article) && sameQuotation(c[0]!.terms, quote.terms),
    );
    if (cluster) cluster.push(quote);
    else clusters.push([quote]);
  }
  const out: Discrepancy[] = [];
  for (const cluster of clusters) {
    if (cluster.length < 2) continue;
    const first = cluster[0]!;
    const speaker = speakerOf(context, first.article, first.span);
    const opening = first.text.split(/\s+/u).slice(0, 6).join(' ');
    const subject = `${speaker ?? 'quotation'}: “${opening}…”`;
    const statements = cluster.map((q) => ({
      value: q.text,
      // The word sequence, only for quotations another article also gives.
      key: ` ${wordKey(q.text)} `,
      mention: { article: q.article, span: q.span },
    }));
    // A shortened quotation agrees with the fuller one.
    const found = discrepancyOf(
      context,
      'quote',
      subject,
      statements,
      (a, b) => a.includes(b) || b.includes(a),
    );
    if (found) out.push(found);
  }
  return out;
}

// ── titles ─────────────────────────────────────────────────────────────────────────────────

/** "as (the) <up to three lower-case words> <formal title>": "as foreign minister". */
const AS_TITLE = new RegExp(
  `\\bas (?:the |a |an |its |his |her )?((?:[a-z]+ ){0,3}?(${[...FORMAL_TITLES].join('|')}))\\b`,
  'gu',
);

/** A title folded for comparison, or null when it is not a formal office. */
function formalTitle(title: string): string | null {
  const words = title.toLowerCase().split(/\s+/u);
  const head = words.find((w) => FORMAL_TITLES.has(w));
  if (head === undefined) return null;
  return words.filter((w) => !/^(?:top|senior|chief|then|current|new)$/u.test(w)).join(' ');
}

const titleAgree = (a: string, b: string): boolean => {
  const x = a.split(' ');
  const y = b.split(' ');
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
};

function titleDiscrepancies(context: Context): Discrepancy[] {
  const people = context.entities.filter((e) => e.kind === 'person');
  // The sentences that name one person only (under one or more mentions) and hold "as ", by
  // that person's name, in unit order: found once instead of once per person.
  const soleNamed = new Map<string, SentenceUnit[]>();
  for (const unit of context.units) {
    const named = context.peopleByUnit[unit.index]!;
    if (named.length === 0) continue;
    const name = named[0]!.name;
    if (named.some((p) => p.name !== name) || !unit.text.includes('as ')) continue;
    const list = soleNamed.get(name);
    if (list) list.push(unit);
    else soleNamed.set(name, [unit]);
  }
  const out: Discrepancy[] = [];
  for (const person of people) {
    const statements: Statement[] = [];
    for (const name of person.names) {
      if (name.title === null || name.titleSpan === null) continue;
      const title = formalTitle(name.title);
      if (title === null) continue;
      statements.push({ value: title, key: title, mention: { article: name.article, span: name.titleSpan } });
    }
    // "as foreign minister" in a sentence that names this person and no other.
    for (const unit of soleNamed.get(person.name) ?? []) {
      for (const match of unit.text.matchAll(AS_TITLE)) {
        const title = formalTitle(match[1]!);
        if (title === null) continue;
        // "his first trip … as foreign minister": the title is the sentence's subject's only when
        // a possessive points back to it and no relative clause ("…, who serves as") intervenes.
        const before = unit.text.slice(0, match.index);
        if (!/\b(?:his|her)\b/iu.test(before) || /\b(?:who|whom|whose)\b/iu.test(before)) continue;
        const start = unit.span[0] + match.index + match[0].indexOf(match[1]!);
        statements.push({
          value: title,
          key: title,
          mention: { article: unit.article, span: [start, start + match[1]!.length] },
        });
      }
    }
    const found = discrepancyOf(context, 'title', person.name, statements, titleAgree);
    if (found) out.push(found);
  }
  return out;
}

// ── times ──────────────────────────────────────────────────────────────────────────────────

interface TimeStatement extends Statement {
  people: Set<string>;
  lead: string | null;
}

function timeDiscrepancies(context: Context): Discrepancy[] {
  const places = context.entities.filter((e) => e.kind === 'place');
  // Time expressions of each sentence, found once.
  const times = new Map<number, RegExpExecArray[]>();
  const timesOf = (unit: SentenceUnit): RegExpExecArray[] => {
    let found = times.get(unit.index);
    if (!found) {
      found = [...unit.text.matchAll(TIME)];
      times.set(unit.index, found);
    }
    return found;
  };
  const out: Discrepancy[] = [];
  for (const place of places) {
    const statements: TimeStatement[] = [];
    for (const m of place.mentions) {
      const unit = unitAt(context, m.article, m.span[0]);
      if (!unit) continue;
      const named = context.peopleByUnit[unit.index]!;
      if (named.length === 0) continue;
      const offset = m.span[1] - unit.span[0];
      const match = timesOf(unit).find((t) => t.index >= offset);
      if (!match) continue;
      const between = unit.text.slice(offset, match.index);
      if (
        /[,.;:()]/u.test(between) ||
        between.trim().split(/\s+/u).filter(Boolean).length > TIME_ATTACH_WORDS
      )
        continue;
      const anchor = timeAnchor(match[0]);
      if (anchor === null) continue;
      const start = unit.span[0] + match.index;
      const body = context.bodies.get(m.article)!;
      let lead: string | null = null;
      for (const p of named) {
        // "Blinken will travel to Uzbekistan": the words from the person to the place.
        const words = body.slice(p.span[0], m.span[1]);
        if (
          p.span[0] < m.span[0] &&
          words.split(/\s+/u).length <= 8 &&
          (lead === null || words.length < lead.length)
        )
          lead = words.replace(/^Mr\.?\s+/u, '');
      }
      statements.push({
        value: match[0],
        key: anchor,
        mention: { article: m.article, span: [start, start + match[0].length] },
        people: new Set(named.map((p) => p.name)),
        lead,
      });
    }
    if (statements.length < 2) continue;
    // Compare only statements whose sentences share a person with another article's statement.
    const shared = statements.filter((s) =>
      statements.some(
        (t) =>
          t !== s && t.mention.article !== s.mention.article && [...s.people].some((p) => t.people.has(p)),
      ),
    );
    const lead = shared.map((s) => s.lead).find((l) => l !== null) ?? place.name;
    const found = discrepancyOf(context, 'time', `when: ${lead}`, shared, (a, b) => a === b);
    if (found) out.push(found);
  }
  return out;
}

// ── numbers and dates ──────────────────────────────────────────────────────────────────────

const NUMBER = new RegExp(`\\b(?:(${MONTHS})\\.?\\s+)?(\\d[\\d,.]*)(?:[\\s-]+([A-Za-z]+))?`, 'giu');

interface NumberStatement extends Statement {
  /** The folded word before the number (or its month): "killed" in "killed 20 people". */
  before: string;
}

/** Whether text[0, end) ends with a digit, one of , . : and white space (`/\d[,.:]\s*$/u`), scanned backwards. */
function followsNumberSeparator(text: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && isRegExpSpace(text.charCodeAt(k))) k--;
  const mark = text.charCodeAt(k);
  if (k < 1 || (mark !== 44 && mark !== 46 && mark !== 58)) return false;
  const digit = text.charCodeAt(k - 1);
  return digit >= 48 && digit <= 57;
}

/** Letters (0 = not yet known, 1 = a letter, 2 = not) of the basic plane, filled on first use. */
const LETTER = new Uint8Array(65536);
const LETTER_TEST = /^\p{L}$/u;

/** Whether the code point ending at text[k] is a letter; `size` is its length in code units. */
function letterEndingAt(text: string, k: number): { letter: boolean; size: number } {
  const code = text.charCodeAt(k);
  if (code >= 0xdc00 && code <= 0xdfff && k > 0) {
    const high = text.charCodeAt(k - 1);
    if (high >= 0xd800 && high <= 0xdbff)
      return { letter: LETTER_TEST.test(text.slice(k - 1, k + 1)), size: 2 };
  }
  let known = LETTER[code]!;
  if (known === 0) {
    known = LETTER_TEST.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER[code] = known;
  }
  return { letter: known === 1, size: 1 };
}

/**
 * The last run of letters in text[0, end), or '' when it has none: what
 * `/(\p{L}+)[^\p{L}]*$/u` captures, scanned backwards instead of from the sentence's start.
 */
function lastLetterRun(text: string, end: number): string {
  let k = end - 1;
  while (k >= 0) {
    const { letter, size } = letterEndingAt(text, k);
    if (letter) break;
    k -= size;
  }
  if (k < 0) return '';
  const runEnd = k + 1;
  while (k >= 0) {
    const { letter, size } = letterEndingAt(text, k);
    if (!letter) break;
    k -= size;
  }
  return text.slice(k + 1, runEnd);
}

/**
 * The numbers of a sentence by slot: "number:<unit word>" ("20 people"), "date:<month>" for a
 * day of a month ("Feb. 24") or "year:<month>" ("June 1972"). A number needs a content word as
 * its unit ("20 of", "3 p.m." have none); "168, 000" (a tokenised thousands separator) is skipped.
 */
function numbersOf(unit: SentenceUnit): Map<string, NumberStatement> {
  const out = new Map<string, NumberStatement>();
  for (const match of unit.text.matchAll(NUMBER)) {
    // "168, 000" (a tokenised thousands separator), "4:00", "2.5" read from its second part.
    if (followsNumberSeparator(unit.text, match.index)) continue;
    const [whole, month, digits, unitWord] = match;
    // The digits without a final comma or full stop, and without thousands separators.
    let value = digits!;
    const last = value.charCodeAt(value.length - 1);
    if (last === 44 || last === 46) value = value.slice(0, -1);
    if (value.includes(',')) value = value.replace(/,/gu, '');
    let slot: string | null = null;
    if (month) {
      const number = Number(value);
      const name = month.toLowerCase().slice(0, 3);
      if (/^\d{4}$/u.test(value)) slot = `year:${name}`;
      else if (number >= 1 && number <= 31 && /^\d+$/u.test(value)) slot = `date:${name}`;
    } else if (unitWord && !/^(?:19|20)\d\d$/u.test(value)) {
      // A year is not a count ("in 2009 approved"): years are compared as dates only.
      const word = unitWord.toLowerCase();
      if (word.length >= 2 && !NOT_UNIT_WORDS.has(word)) slot = `number:${word.replace(/s$/u, '')}`;
    }
    if (slot === null || out.has(slot)) continue;
    const start = unit.span[0] + match.index;
    const text = (month ? whole.replace(/[\s-]+[A-Za-z]+$/u, '') : whole).trim().replace(/[,.]$/u, '');
    const before = lastLetterRun(unit.text, match.index).toLowerCase();
    out.set(slot, {
      value: text,
      // "6" and "6.0" are one value.
      key: Number.isFinite(Number(value)) ? String(Number(value)) : value,
      before,
      mention: { article: unit.article, span: [start, start + text.length] },
    });
  }
  return out;
}

/**
 * Numbers and dates that differ between two sentences of different articles about the same
 * thing (aligned, paraphrased, or Dice ≥ SAME_SENTENCE_DICE): same slot, same word before the
 * number ("killed 20 people" / "killed 25 people"), different values. Only directly linked
 * pairs are compared (no chaining through a third sentence); values stated about one slot are
 * then grouped over those pairs.
 */
function numberDiscrepancies(context: Context): Discrepancy[] {
  const { stated: linked } = context;
  const units = context.units.filter((unit) => /\d/u.test(unit.text));
  const numbers = new Map(units.map((unit) => [unit.index, numbersOf(unit)]));
  const statements = new Map<string, NumberStatement>();
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const add = (id: string, statement: NumberStatement): void => {
    if (!parent.has(id)) {
      parent.set(id, id);
      statements.set(id, statement);
    }
  };
  const subjects = new Map<string, string>();
  // Only sentences with a number of one slot and one word before it can pair: an index from
  // slot and word to the sentences (positions in `units`, ascending) replaces the all-pairs loop.
  const bySlot = new Map<string, number[]>();
  units.forEach((unit, position) => {
    for (const [slot, statement] of numbers.get(unit.index)!) {
      const key = `${slot}|${statement.before}`;
      const list = bySlot.get(key);
      if (list) list.push(position);
      else bySlot.set(key, [position]);
    }
  });
  const candidates: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const a = numbers.get(u.index)!;
    if (a.size === 0) continue;
    candidates.length = 0;
    for (const [slot, statement] of a) {
      for (const j of bySlot.get(`${slot}|${statement.before}`)!) if (j > i) candidates.push(j);
    }
    if (candidates.length === 0) continue;
    candidates.sort((x, y) => x - y);
    for (let c = 0; c < candidates.length; c++) {
      const j = candidates[c]!;
      if (c > 0 && candidates[c - 1] === j) continue;
      const v = units[j]!;
      if (u.article === v.article) continue;
      const b = numbers.get(v.index)!;
      if (b.size === 0) continue;
      if (!linked[u.index]!.has(v.index) && dice(u.terms, v.terms) < SAME_SENTENCE_DICE) continue;
      for (const [slot, x] of a) {
        const y = b.get(slot);
        if (!y || x.before !== y.before) continue;
        const idX = `${u.index}|${slot}`;
        const idY = `${v.index}|${slot}`;
        add(idX, x);
        add(idY, y);
        parent.set(find(idX), find(idY));
        if (!subjects.has(slot)) {
          const what = slot.slice(slot.indexOf(':') + 1);
          subjects.set(slot, `${what} in “${u.text.split(/\s+/u).slice(0, 8).join(' ')}…”`);
        }
      }
    }
  }
  const groups = new Map<string, { slot: string; statements: Statement[] }>();
  for (const [id, statement] of statements) {
    const root = find(id);
    const slot = id.slice(id.indexOf('|') + 1);
    const group = groups.get(root);
    if (group) group.statements.push(statement);
    else groups.set(root, { slot, statements: [statement] });
  }
  const out: Discrepancy[] = [];
  for (const { slot, statements: list } of groups.values()) {
    const kind: DiscrepancyKind = slot.startsWith('number:') ? 'number' : 'date';
    const found = discrepancyOf(context, kind, subjects.get(slot) ?? slot, list, (p, q) => p === q);
    if (found) out.push(found);
  }
  return out;
}

/** Values that differ between the articles of a story about the same thing, and who states each. */
export function discrepancies(input: SynthesisInput): Discrepancy[] {
  if (input.articles.length < 2) return [];
  const context = contextOf(input);
  const out = [
    ...timeDiscrepancies(context),
    ...numberDiscrepancies(context),
    ...titleDiscrepancies(context),
    ...quoteDiscrepancies(context),
  ];
  const involved = (d: Discrepancy): number => new Set(d.values.flatMap((v) => v.articles)).size;
  return out
    .map((d, i) => ({ d, i }))
    .sort((x, y) => involved(y.d) - involved(x.d) || x.i - y.i)
    .map(({ d }) => d);
}
