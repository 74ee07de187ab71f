/**
 * A story's gist: the first sentence of its earliest article's lead paragraph (sentences as the
 * engine's splitSentences finds them: abbreviations, initials, dotted acronyms and decimals do not
 * end one), at most GIST_MAX_CHARS characters, cut at a word boundary with an ellipsis.
 */
import { splitSentences } from '@storyfold/engine';

/** At most one line in the list of stories: about two lines of a phone screen. */
export const GIST_MAX_CHARS = 240;

export function gist(lead: string | null): string | null {
  if (lead === null) return null;
  const text = lead.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const sentence = splitSentences(text)[0]?.text ?? text;
  if (sentence.length <= GIST_MAX_CHARS) return sentence;
  const cut = sentence.slice(0, GIST_MAX_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > GIST_MAX_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
