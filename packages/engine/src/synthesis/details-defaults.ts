/**
 * Tunables of the story details: additions, discrepancies, entities and timeline. Each says what
 * it controls and why that value. Word lists used as cues live here too, so that one place says
 * what the heuristics know about English news text.
 */

// ── additions ──────────────────────────────────────────────────────────────────────────────

/**
 * Dice similarity (0..1) of content terms above which two sentences of different origins count
 * as saying the same thing (a paraphrase), so neither is an addition. On the seeds, independent
 * paraphrases of one fact (Reuters vs AP on the Tokayev meeting, the UN vote) score 0.35–0.6,
 * unrelated sentences of the same story stay under 0.3; 0.4 keeps both sides clear.
 */
export const PARAPHRASE_DICE = 0.4;

/**
 * Fraction (0..1) of a sentence's characters that an aligned passage with an article of another
 * origin must cover for the sentence to count as stated there. Half: a sentence that is mostly
 * copied is not an addition even when its tail was edited.
 */
export const ALIGNED_COVERAGE = 0.5;

/** Sentences with fewer words are never additions on their own (headings, "Please read on..."). */
export const MIN_ADDITION_WORDS = 5;

// ── discrepancies ──────────────────────────────────────────────────────────────────────────

/**
 * Dice similarity of content terms above which two sentences of different articles count as
 * being about the same thing, so that their numbers and quotes are compared. High (0.5): a
 * number differing between two sentences is only a discrepancy when the rest agrees.
 */
export const SAME_SENTENCE_DICE = 0.5;

/**
 * Dice similarity of two quotations' content words at or above which they are one quotation
 * worded differently (below it, different quotations). On the seeds a translated-back quote
 * scores 0.58 and 0.71 against the original; two different quotes from one lawsuit that share
 * "Trump campaign … Russia" (NewsWCL50 event 3) score 0.43; 0.5 sits between.
 */
export const SAME_QUOTE_DICE = 0.5;

/**
 * Share (0..1) of the shorter quotation's content words found in the longer at or above which a
 * short quotation is part of a longer one ("an act of unprecedented treachery" inside the full
 * sentence), whatever their Dice similarity; only for quotations of MIN_CONTAINED_TERMS or more.
 */
export const SAME_QUOTE_CONTAINED = 0.8;

/** Content words a quotation needs for SAME_QUOTE_CONTAINED to apply (fewer: too little to tell). */
export const MIN_CONTAINED_TERMS = 4;

/** Quotations shorter than this many words are not compared (scare quotes: the "American card"). */
export const MIN_QUOTE_WORDS = 6;

/**
 * How many words after a place a time expression may start and still be attached to it ("to
 * Uzbekistan later on Tuesday": 0). Small, so that a time belongs to the nearest place only.
 */
export const TIME_ATTACH_WORDS = 2;

/**
 * Words that are not a unit when they follow a number ("20 of", "2004 and", "3 p.m."): a number
 * is compared only with a content word after it, which says what it counts.
 */
export const NOT_UNIT_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of in on at to for from by with as is was are were be been has have had ' +
    'that which who whom than then per into onto over under about after before since until while ' +
    'he she it they we you i his her its their our my your this these those there here not no so if ' +
    'am pm p m a.m p.m am. pm. just also only more less some all each both'
  ).split(' '),
);

// ── entities ───────────────────────────────────────────────────────────────────────────────

/**
 * Evidence an entity needs, summed over its mentions (a title or honorific counts 2, a place
 * preposition 1, a name shape 0.5; see entities.ts), to be reported. 1: a capitalised word seen
 * once with no cue ("Washington supports") is left out; precision before recall.
 */
export const MIN_ENTITY_EVIDENCE = 1;

/** Capitalised words that are never names (function words, calendar words, sentence adverbs). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so as at by for from in into of on to with without after before during ' +
    'while when where what which who whom whose why how this that these those there here it its he she ' +
    'they we you i his her their our my your me him them us is was are were be been has have had do does ' +
    'did will would can could should may might must not no yes ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow tonight ' +
    'according also however meanwhile although though despite just only even still then now ' +
    'last next earlier later some none all both each every many most several other another such'
  ).split(' '),
);

/** Honorifics: the name after one is a person's. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mrs ms miss dr sir dame lady lord prof rev'.split(' '),
);

/**
 * Title words: a capitalised run that holds one names a person in the words after it
 * ("Foreign Minister Mukhtar Tileuberdi", "President Kassym-Jomart Tokayev").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'president minister secretary chancellor premier senator sen congressman congresswoman ' +
    'representative rep governor gov mayor king queen prince princess emperor pope cardinal bishop ' +
    'archbishop ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair ' +
    'ceo director commissioner judge justice prosecutor attorney sheikh emir sultan ' +
    'lieutenant colonel col captain capt sergeant sgt commander admiral adm gen major coach ' +
    'professor deputy vice leader speaker counsel detective inspector superintendent lady'
  ).split(' '),
);

/** Words that qualify a title before its head ("Foreign Minister", "Prime Minister", "Defense Secretary"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'foreign prime defense defence finance interior home economy trade energy health justice ' +
    'education state chief top senior former acting deputy vice general attorney first'
  ).split(' '),
);

/** Words that follow "Secretary of" in a title ("Secretary of State"). */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set(
  (
    'state defense defence treasury commerce justice energy health education agriculture labor labour ' +
    'interior transportation homeland'
  ).split(' '),
);

/**
 * Head titles that are formal offices: two different formal titles for one person are a
 * discrepancy ("foreign minister" vs "secretary of state"); descriptions ("top diplomat",
 * "foreign affairs chief") are not compared.
 */
export const FORMAL_TITLES: ReadonlySet<string> = new Set(
  (
    'president minister secretary chancellor premier senator governor mayor king queen prince ' +
    'emperor pope ambassador chairman chairwoman ceo commissioner judge prosecutor'
  ).split(' '),
);

/**
 * Last words that make a capitalised run an organisation ("State Department", "General Assembly").
 * Named agreements ("North American Free Trade Agreement") have no kind of their own and are
 * filed here rather than as places.
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  (
    'department ministry agency bank corp corporation inc ltd llc plc company co group council ' +
    'assembly union party committee commission association organisation organization university ' +
    'college institute court parliament congress senate army navy police force forces office bureau ' +
    'service authority administration foundation federation fund club times post journal news press ' +
    'network airlines airways motors reserve board exchange alliance coalition front movement ' +
    'church school hospital team fc cabinet government house center centre agreement treaty accord pact'
  ).split(' '),
);

/** Last words that make a capitalised run a place ("United States", "Gaza Strip", "Red Sea"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  (
    'states kingdom republic emirates islands island city county province region district strait strip ' +
    'sea ocean river lake bay gulf mountains valley peninsula coast street avenue square'
  ).split(' '),
);

/** First words of a name that make it a place ("South Korea", "Central Asia", "New York"). */
export const PLACE_MODIFIERS: ReadonlySet<string> = new Set(
  'north south east west central northern southern eastern western upper lower new greater'.split(' '),
);

/** Words before a name that suggest a place ("in Astana", "visited Kazakhstan"), with their weight. */
export const PLACE_CUES: ReadonlyMap<string, number> = new Map([
  ['in', 1],
  ['from', 1],
  ['near', 1],
  ['across', 1],
  ['into', 1],
  ['throughout', 1],
  ['outside', 1],
  ['visit', 1],
  ['visited', 1],
  ['visiting', 1],
  ['visits', 1],
  ['capital', 2],
  ['to', 0.5],
  ['at', 0.5],
]);

/** Acronyms that name countries rather than organisations. */
export const PLACE_ACRONYMS: ReadonlySet<string> = new Set('us usa uk uae ussr drc prc'.split(' '));

/** Verbs after a name that suggest a person ("Blinken said"). Organisations say things too: weight 0.5. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  'said says told tells added asked wrote warned stressed noted argued insisted replied'.split(' '),
);

/** Weights of the entity cues (see entities.ts): strong cues 2, ordinary 1, shape-only 0.5. */
export const STRONG_CUE = 2;
export const CUE = 1;
export const WEAK_CUE = 0.5;

// ── timeline ───────────────────────────────────────────────────────────────────────────────

/**
 * Where an article dated by day only ("2023-02-28") sorts among articles with a time that day:
 * at the end of the day (ms after its midnight, UTC). Its hour is unknown, so an article with a
 * stated time that day is taken to have appeared first.
 */
export const DATE_ONLY_OFFSET_MS = 24 * 60 * 60 * 1000 - 1;
