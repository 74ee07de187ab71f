/**
 * Turns the tokenised text of the clustering datasets ("did n't", "Kim Jong - un", "`` x ''",
 * "( x )", "$ 160") back into ordinary prose, and splits prose into sentences and paragraphs.
 * Reference: the inverse of Penn Treebank tokenisation conventions (as used by ECB+, NewsWCL50
 * and MEANTIME), applied lightly: only spacing and quote marks change, never words.
 * Invariants: the sequence of words is unchanged (only spaces and quote characters move);
 * deterministic.
 * Cost: O(n) in the text length.
 */

const ATTACH_LEFT = /^(?:[,.;:!?)\]}%]+|'(?:s|re|ve|ll|d|m)|n't|'|\.\.\.)$/i;
const ATTACH_RIGHT = /^[([{$#]$/;
const QUOTE = /^(?:"|``|''|“|”)$/;

/** Detokenises one line of tokenised text. */
export function detokeniseLine(line: string): string {
  let out = '';
  let glue = true; // no space before the next token
  let quoteOpen = false;
  for (const raw of line.split(/\s+/)) {
    if (raw === '') continue;
    let token = raw;
    let left = false;
    let right = false;
    if (QUOTE.test(token)) {
      // `` and “ always open, '' and ” always close; a plain " alternates.
      const opens: boolean = token === '``' || token === '“' || (token === '"' && !quoteOpen);
      token = '"';
      if (opens) right = true;
      else left = true;
      quoteOpen = opens;
    } else if (ATTACH_LEFT.test(token)) left = true;
    else if (ATTACH_RIGHT.test(token)) right = true;
    // "Jong - un" → "Jong-un": a lone hyphen between word characters is a hyphen, not a dash.
    if (token === '-' && /\w$/.test(out)) {
      out += '-';
      glue = true;
      continue;
    }
    out += glue || left ? token : ` ${token}`;
    glue = right;
  }
  return out;
}

/** Detokenises a text, keeping its line structure (the literal "\n" marker of NewsWCL50 is a line break). */
export function detokenise(text: string): string {
  return text
    .replace(/\\n/g, '\n')
    .split('\n')
    .map(detokeniseLine)
    .filter((line) => line.length > 0)
    .join('\n');
}

const ABBREVIATION =
  /(?:^|\s)(?:[A-Z]\.)+$|(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jr|Sr|Inc|Co|Corp|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|vs|Ft|Mt)\.$/;

/** Splits prose into sentences at ., ! or ? followed by a capital or an opening quote. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const boundary = /[.!?]["”')]?\s+(?=["“(]?[A-Z0-9])/g;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = text.slice(start, end);
    if (ABBREVIATION.test(candidate)) continue;
    out.push(candidate.trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((sentence) => sentence.length > 0);
}
