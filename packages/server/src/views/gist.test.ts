import { describe, expect, it } from 'vitest';
import { GIST_MAX_CHARS, gist } from './gist.js';

describe('gist', () => {
  it('is the first sentence, not cut at abbreviations, initials or decimals', () => {
    expect(
      gist('U.S. Secretary of State Antony Blinken met J. Smith in Astana. He flew on to Tashkent.'),
    ).toBe('U.S. Secretary of State Antony Blinken met J. Smith in Astana.');
    expect(gist('Prices rose 3.5 percent in May. Economists were surprised.')).toBe(
      'Prices rose 3.5 percent in May.',
    );
    expect(gist('"We are here," he said. Then he left.')).toBe('"We are here," he said.');
  });

  it('is null for no lead, and at most GIST_MAX_CHARS characters, cut at a word', () => {
    expect(gist(null)).toBeNull();
    expect(gist('   ')).toBeNull();
    const long = gist(`${'word '.repeat(100)}end.`)!;
    expect(long.length).toBeLessThanOrEqual(GIST_MAX_CHARS);
    expect(long.endsWith('word…')).toBe(true);
  });
});
