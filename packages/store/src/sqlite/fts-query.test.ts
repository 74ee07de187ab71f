import { describe, expect, it } from 'vitest';
import { ftsQuery } from './fts-query.js';

describe('ftsQuery', () => {
  it('quotes every word, keeps phrases, and turns a trailing * into a prefix', () => {
    expect(ftsQuery('Blinken Astana')).toBe('"Blinken" "Astana"');
    expect(ftsQuery('"foreign minister" visit')).toBe('"foreign minister" "visit"');
    expect(ftsQuery('Kazakh* "C5+1" kaz**')).toBe('"Kazakh" * "C5+1" "kaz" *');
    expect(ftsQuery('a*b')).toBe('"a*b"');
  });

  it('searches a prefix shorter than the minimum as a whole word', () => {
    expect(ftsQuery('ka* kaz* kä*')).toBe('"ka" "kaz" * "kä"');
    expect(ftsQuery('ka*', 2)).toBe('"ka" *');
  });

  it('makes operators, column filters and stray quotes plain text', () => {
    expect(ftsQuery('AND OR NOT')).toBe('"AND" "OR" "NOT"');
    expect(ftsQuery('title:x NEAR(a b)')).toBe('"title:x" "NEAR(a" "b)"');
    expect(ftsQuery('say "hi')).toBe('"say" "hi"');
    expect(ftsQuery('"a ""b"" c"')).toBe('"a" "b" "c"');
    expect(ftsQuery('x"y')).toBe('"x" "y"');
  });

  it('drops chunks with nothing to search for', () => {
    for (const text of ['', '  ', '"', '""', '*', '* ( ) :', '" "', '-- +'])
      expect(ftsQuery(text)).toBeUndefined();
    expect(ftsQuery('* astana (')).toBe('"astana"');
  });

  it('always yields quoted strings, each optionally followed by *', () => {
    const alphabet = ['a', 'Ü', '"', '*', ' ', '(', ')', ':', '^', '+', '-', 'NEAR', 'AND', '\\', "'", '1'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    for (let i = 0; i < 2_000; i++) {
      const text = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
      const query = ftsQuery(text);
      if (query !== undefined)
        expect(query, text).toMatch(/^"(?:[^"]|"")*"(?: \*)?(?: "(?:[^"]|"")*"(?: \*)?)*$/);
    }
  });
});
