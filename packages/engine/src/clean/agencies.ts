/**
 * Agencies: the wire services and outlets that a credit line, byline or photo credit names.
 *
 * Computes the canonical label of the agency a short credit names ("– Reuters", "(AP)",
 * "Olivier Douliery/Pool via REUTERS" → "Reuters" / "The Associated Press"), and the agencies a
 * body attributes reporting to ("Reuters reported that…", "according to the Associated Press").
 * Reference: the agencies' own style of credit (Reuters, AP, AFP stylebooks); one table below.
 * Invariants: every label returned is a `label` of AGENCIES; acronyms match case-sensitively and
 * as whole words, so "ap" in "map" or "PA" as a US state never match.
 * Cost: one precompiled alternation, linear in the text; mentions look at ≤ 48 characters around
 * each match.
 */

export interface Agency {
  /** Canonical name, as it is shown to readers. */
  label: string;
  /** Regex sources (case-sensitive) of the ways a credit names it; longer names first. */
  names: readonly string[];
}

/** Title case and capitals of a phrase, as one regex alternative: "Reuters" → "(?:Reuters|REUTERS)". */
function titleOrUpper(phrase: string): string {
  return `(?:${phrase}|${phrase.toUpperCase()})`;
}

/** The known agencies. Order matters only where one name contains another (AAP before AP). */
export const AGENCIES: readonly Agency[] = [
  { label: 'Reuters', names: [`(?:Thomson )?${titleOrUpper('Reuters')}`, 'reuters'] },
  {
    label: 'Australian Associated Press',
    names: [titleOrUpper('Australian Associated Press'), 'AAP'],
  },
  {
    label: 'The Associated Press',
    names: [`(?:[Tt]he ?|THE ?)?${titleOrUpper('Associated Press')}`, 'AP', 'apnews'],
  },
  {
    label: 'Agence France-Presse',
    names: [`${titleOrUpper('Agence France')}[- ]${titleOrUpper('Presse')}`, 'AFP'],
  },
  { label: 'dpa', names: ['Deutsche Presse-Agentur', 'dpa', 'DPA'] },
  { label: 'ANSA', names: ['ANSA'] },
  { label: 'EFE', names: ['(?:Agencia )?EFE'] },
  { label: 'Kyodo', names: [`${titleOrUpper('Kyodo')}(?: News| NEWS)?`] },
  { label: 'Xinhua', names: [titleOrUpper('Xinhua')] },
  {
    label: 'PA Media',
    names: ['PA Media', 'PA Wire', 'PA Photo', titleOrUpper('Press Association'), '\\(PA\\)'],
  },
  { label: 'Bloomberg', names: [`(?<!Michael )${titleOrUpper('Bloomberg')}(?: News)?`] },
  { label: 'Central News Agency', names: [titleOrUpper('Central News Agency'), 'CNA'] },
  { label: 'UPI', names: [titleOrUpper('United Press International'), 'UPI'] },
  { label: 'TASS', names: ['TASS'] },
  { label: 'Yonhap', names: [`${titleOrUpper('Yonhap')}(?: News Agency)?`] },
  { label: 'Anadolu Agency', names: [`${titleOrUpper('Anadolu')}(?: Agency)?`] },
  { label: 'Press Trust of India', names: ['Press Trust of India', 'PTI'] },
];

/** Characters that continue a word: a name matches only between non-word characters. */
const WORD_AFTER = '(?![\\p{L}\\p{N}])';
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;

/**
 * Every agency name, each followed by a word end. The word start is checked in code (nextAgency):
 * a lookbehind opening every alternative keeps the regex engine from skipping ahead to the
 * characters a name can start with, and made this scan 5× slower.
 */
const AGENCY_PATTERN = new RegExp(
  AGENCIES.map((agency, i) => `(?<a${i}>(?:${agency.names.join('|')})${WORD_AFTER})`).join('|'),
  'gu',
);

/** The first agency name in `text` at or after `from` that starts a word, or null. */
function nextAgency(text: string, from: number): RegExpExecArray | null {
  AGENCY_PATTERN.lastIndex = from;
  for (let match = AGENCY_PATTERN.exec(text); match !== null; match = AGENCY_PATTERN.exec(text)) {
    const start = match.index;
    if (start === 0 || !ENDS_IN_WORD.test(text.slice(Math.max(0, start - 2), start))) return match;
    AGENCY_PATTERN.lastIndex = start + 1;
  }
  return null;
}

function labelOf(match: RegExpExecArray): string | null {
  const groups = match.groups;
  if (groups === undefined) return null;
  for (let i = 0; i < AGENCIES.length; i++) {
    if (groups[`a${i}`] !== undefined) return AGENCIES[i]!.label;
  }
  return null;
}

/** The agency a credit, byline or photo credit names, as its canonical label; null when none. */
export function creditLabel(text: string): string | null {
  const match = nextAgency(text, 0);
  return match === null ? null : labelOf(match);
}

/** Whether a short text is nothing but an agency's name, perhaps in brackets or after a dash. */
export function isBareAgency(text: string): string | null {
  if (text.length > 60) return null;
  const inner = text.replace(BARE_WRAPPING, '');
  if (inner.length === 0) return null;
  const match = nextAgency(inner, 0);
  if (match === null || match.index !== 0 || match[0].length !== inner.length) return null;
  return labelOf(match);
}

const BARE_WRAPPING = /^[\s([–—-]+|[\s)\].–—-]+$/g;

/** Words before an agency's name that attribute reporting to it ("according to the Associated Press"). */
const MENTION_BEFORE =
  /(?:according to|told|citing|cited by|reported by|quoted by|confirmed to|said to|reports? from|a report by|(?:news|wire) agency)\s*(?:the\s)?\s*$/i;
/** Words after an agency's name that attribute reporting to it ("Reuters reported that…", "…, Reuters said"). */
const MENTION_AFTER =
  /^[’']?s?\s*(?:news agency\s|reporters?\s|correspondents?\s)?\s*(?:reported|reports|said|says|quoted|cited|wrote|writes|learned|has learned|has reported|was told|saw|has seen|calculations|tally|count|poll|survey|found)\b/i;

const MENTION_WINDOW = 48;

/** Agencies the body attributes reporting to, as canonical labels, in order of first mention. */
export function creditMentions(body: readonly string[]): string[] {
  const out: string[] = [];
  for (const paragraph of body) {
    for (
      let match = nextAgency(paragraph, 0);
      match !== null;
      match = nextAgency(paragraph, match.index + match[0].length)
    ) {
      const start = match.index;
      const end = start + match[0].length;
      const before = paragraph.slice(Math.max(0, start - MENTION_WINDOW), start);
      const after = paragraph.slice(end, end + MENTION_WINDOW);
      if (!MENTION_BEFORE.test(before) && !MENTION_AFTER.test(after)) continue;
      const label = labelOf(match);
      if (label !== null && !out.includes(label)) out.push(label);
    }
  }
  return out;
}
