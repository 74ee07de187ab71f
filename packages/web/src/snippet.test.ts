import { describe, expect, it } from 'vitest';
import { parseSnippet } from './snippet.js';

describe('parseSnippet', () => {
  it('marks the text between guillemets', () => {
    expect(parseSnippet('…the «Blinken» visit to «Astana»…')).toEqual([
      { text: '…the ', match: false },
      { text: 'Blinken', match: true },
      { text: ' visit to ', match: false },
      { text: 'Astana', match: true },
      { text: '…', match: false },
    ]);
  });
  it('keeps markup as text, never as HTML', () => {
    expect(parseSnippet('<b>«x»</b>')).toEqual([
      { text: '<b>', match: false },
      { text: 'x', match: true },
      { text: '</b>', match: false },
    ]);
  });
  it('handles unbalanced guillemets and empty matches', () => {
    expect(parseSnippet('a » b «c')).toEqual([
      { text: 'a » b ', match: false },
      { text: 'c', match: true },
    ]);
    expect(parseSnippet('«»')).toEqual([]);
    expect(parseSnippet('')).toEqual([]);
  });
});
