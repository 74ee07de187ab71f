import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt, type Mark, segmentBody, spanText } from './segments.js';

const paragraphs = ['The quick brown fox.', 'Jumps over the lazy dog.'];

function joined(segmented: { text: string }[][]): string[] {
  return segmented.map((segments) => segments.map((segment) => segment.text).join(''));
}

describe('segmentBody', () => {
  it('returns each paragraph whole when nothing is marked', () => {
    const result = segmentBody(paragraphs, []);
    expect(result).toHaveLength(2);
    expect(result[0]).toEqual([{ text: paragraphs[0], start: 0, end: 20, mark: null }]);
    expect(result[1]?.[0]?.start).toBe(21);
  });

  it('cuts marked spans and keeps every paragraph text intact', () => {
    const marks: Mark[] = [
      { span: [4, 9], kind: 'verbatim', passage: 0 },
      { span: [27, 31], kind: 'added' },
    ];
    const result = segmentBody(paragraphs, marks);
    expect(joined(result)).toEqual(paragraphs);
    expect(result[0]?.map((s) => [s.text, s.mark?.kind ?? null])).toEqual([
      ['The ', null],
      ['quick', 'verbatim'],
      [' brown fox.', null],
    ]);
    expect(result[1]?.find((s) => s.mark)?.text).toBe('over');
  });

  it('splits a span that crosses a paragraph break into one segment per paragraph', () => {
    const result = segmentBody(paragraphs, [{ span: [10, 31], kind: 'edited', passage: 3 }]);
    expect(joined(result)).toEqual(paragraphs);
    expect(result[0]?.at(-1)).toMatchObject({ text: 'brown fox.', mark: { passage: 3 } });
    expect(result[1]?.[0]).toMatchObject({ text: 'Jumps over', mark: { passage: 3 } });
  });

  it('gives overlapping pieces to the first mark in input order', () => {
    const result = segmentBody(
      ['abcdefghij'],
      [
        { span: [2, 6], kind: 'verbatim' },
        { span: [0, 10], kind: 'added' },
      ],
    );
    expect(result[0]?.map((s) => [s.text, s.mark?.kind])).toEqual([
      ['ab', 'added'],
      ['cdef', 'verbatim'],
      ['ghij', 'added'],
    ]);
  });

  it('clips out-of-range spans and ignores empty or inverted ones', () => {
    const result = segmentBody(
      ['abc'],
      [
        { span: [2, 99], kind: 'added' },
        { span: [1, 1], kind: 'verbatim' },
        { span: [3, 0], kind: 'edited' },
      ],
    );
    expect(result[0]?.map((s) => [s.text, s.mark?.kind ?? null])).toEqual([
      ['ab', null],
      ['c', 'added'],
    ]);
  });

  it('merges neighbouring pieces of the same mark and never yields empty segments', () => {
    const marks: Mark[] = [];
    for (let i = 0; i < 40; i += 3) marks.push({ span: [i, i + 5], kind: i % 2 ? 'edited' : 'verbatim' });
    const result = segmentBody(['x'.repeat(30), '', 'y'.repeat(12)], marks);
    expect(joined(result)).toEqual(['x'.repeat(30), '', 'y'.repeat(12)]);
    for (const segments of result) for (const s of segments) expect(s.text.length).toBeGreaterThan(0);
    expect(result[1]).toEqual([]);
  });
});

describe('spanText and excerpt', () => {
  it('reads a span of the joined body', () => {
    expect(spanText(paragraphs, [16, 25])).toBe('fox.\nJump');
  });
  it('cuts at a word boundary with an ellipsis', () => {
    expect(excerpt('one two three four', 10)).toBe('one two…');
    expect(excerpt('  short\n text ', 40)).toBe('short text');
  });
});

describe('segmentBody properties', () => {
  const kinds = ['verbatim', 'edited', 'translated', 'added'] as const;
  const input = fc.record({
    paragraphs: fc.array(
      fc.string({ maxLength: 30 }).map((text) => text.replaceAll('\n', ' ')),
      {
        maxLength: 6,
      },
    ),
    marks: fc.array(
      fc.record({
        span: fc.tuple(fc.integer({ min: -5, max: 200 }), fc.integer({ min: -5, max: 200 })),
        kind: fc.constantFrom(...kinds),
      }),
      { maxLength: 12 },
    ),
  });

  it('keeps every paragraph exactly, in order, with no empty segment', () => {
    fc.assert(
      fc.property(input, ({ paragraphs, marks }) => {
        const result = segmentBody(paragraphs, marks);
        expect(joined(result)).toEqual(paragraphs);
        for (const segments of result) for (const segment of segments) expect(segment.text).not.toBe('');
      }),
      { seed: 4, numRuns: 300 },
    );
  });

  it('gives each character the first mark that covers it, or none', () => {
    fc.assert(
      fc.property(input, ({ paragraphs, marks }) => {
        const result = segmentBody(paragraphs, marks);
        for (const segments of result)
          for (const segment of segments)
            for (let at = segment.start; at < segment.end; at++) {
              const first = marks.find((mark) => mark.span[0] <= at && at < mark.span[1]) ?? null;
              expect(segment.mark).toBe(first);
            }
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
