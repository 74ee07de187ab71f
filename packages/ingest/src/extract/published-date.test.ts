import { describe, expect, it } from 'vitest';
import { normalisePublished } from './published-date.js';

describe('normalisePublished', () => {
  it.each([
    ['2023-02-28', '2023-02-28'],
    ['2023-02-28T09:15', '2023-02-28T09:15:00'],
    ['2023-02-28 09:15:30', '2023-02-28T09:15:30'],
    ['2023-02-28T10:15:00+01:00', '2023-02-28T09:15:00Z'],
    ['2023-02-28T10:15:00.123+0100', '2023-02-28T09:15:00.123Z'],
    ['2015-07-24T05:36:09+01:00', '2015-07-24T04:36:09Z'],
    ['Tue, 28 Feb 2023 09:15:00 GMT', '2023-02-28T09:15:00Z'],
    ['February 28, 2023', '2023-02-28'],
    ['28th February 2023', '2023-02-28'],
    ['20230228', '2023-02-28'],
    ['1677575700', '2023-02-28T09:15:00Z'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePublished(input)).toBe(expected);
  });

  it.each(['', 'yesterday', '2023-02-30', '0001-01-01T00:00:00Z', 'not 2023 a date', '12345'])(
    'rejects %j',
    (input) => {
      expect(normalisePublished(input)).toBeUndefined();
    },
  );
});
