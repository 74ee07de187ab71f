import { describe, expect, it } from 'vitest';
import { dateLine, findDate } from './dates.js';

describe('dateLine', () => {
  it.each([
    ['February 28, 2023, 1:59 am', '2023-02-28T01:59'],
    ['Updated 3:15 PM EST, Tue February 28, 2023', '2023-02-28T15:15'],
    ['Published: 28 Feb 2023 10:15 GMT', '2023-02-28T10:15'],
    ['2023-02-28', '2023-02-28'],
    ['Tuesday, 28th February 2023', '2023-02-28'],
    ['Feb. 28, 2023 | 12:05 a.m.', '2023-02-28T00:05'],
    ['Posted on Sept 3, 2022', '2022-09-03'],
  ])('%s → %s', (line, iso) => {
    expect(dateLine(line, 100)).toBe(iso);
  });

  it.each([
    'On February 28, 2023, Blinken arrived in Astana.',
    'February 30, 2023',
    'The 2023 budget',
    'Updated yesterday',
    '12/02/2023',
  ])('is not a date line: %s', (line) => {
    expect(dateLine(line, 100)).toBeNull();
  });

  it('finds a date inside a sentence', () => {
    expect(findDate('hold talks in Astana, Kazakhstan, February 28, 2023.')?.iso).toBe('2023-02-28');
  });
});
