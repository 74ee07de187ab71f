import { describe, expect, it } from 'vitest';
import { oncePer } from './once-per.js';

describe('oncePer', () => {
  it('computes once per argument object, and again for another object with the same contents', () => {
    let calls = 0;
    const lengthOf = oncePer((list: readonly number[]) => {
      calls++;
      return list.length;
    });
    const a = [1, 2, 3];
    expect([lengthOf(a), lengthOf(a)]).toEqual([3, 3]);
    expect(calls).toBe(1);
    expect(lengthOf([...a])).toBe(3);
    expect(calls).toBe(2);
  });
});
