/**
 * A story's gist: the first sentence of its earliest article's lead paragraph, at most
 * GIST_MAX_CHARS characters (cut at a word boundary with an ellipsis).
 * A sentence ends at . ! ? (or their CJK forms) followed by white space and an upper-case letter,
 * digit or quote, so "U.S. Secretary" and "3.5 million" do not end it.
 */

/** At most one line in the list of stories: about two lines of a phone screen. */
export const GIST_MAX_CHARS = 240;

const SENTENCE_END = /[.!?。！？]["'”’)]?(?=\s+["“'‘(]?[\p{Lu}\p{N}])/gu;

export function gist(lead: string | null): string | null {
  if (lead === null) return null;
  const text = lead.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  let sentence = text;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    // An initial ("J. Smith") or a short abbreviation is not a sentence's end.
    const word = /(\S+)$/.exec(text.slice(0, end))?.[1] ?? '';
    if (/^(\p{Lu}\.|[A-Z][a-z]{0,2}\.|(\p{Lu}\.){2,})$/u.test(word)) continue;
    sentence = text.slice(0, end);
    break;
  }
  if (sentence.length <= GIST_MAX_CHARS) return sentence;
  const cut = sentence.slice(0, GIST_MAX_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > GIST_MAX_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
