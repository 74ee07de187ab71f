/**
 * Parses a search snippet in which the API wraps each match in « and » into plain and matched
 * pieces, so the interface renders matches as <mark> elements without any HTML parsing.
 * Invariants: the pieces' texts concatenate to the snippet without its guillemets; no piece is
 * empty; an unclosed « marks the rest; a stray » is kept as text. Cost: O(length).
 */
export interface SnippetPiece {
  text: string;
  match: boolean;
}

export function parseSnippet(snippet: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let inside = false;
  let current = '';
  const flush = () => {
    if (current.length > 0) pieces.push({ text: current, match: inside });
    current = '';
  };
  for (const char of snippet) {
    if (char === '«' && !inside) {
      flush();
      inside = true;
    } else if (char === '»' && inside) {
      flush();
      inside = false;
    } else {
      current += char;
    }
  }
  flush();
  return pieces;
}
