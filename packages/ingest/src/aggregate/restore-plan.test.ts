import { describe, expect, it } from 'vitest';
import { type RestoreEntry, weightedRestores } from './restore-plan.js';

/** Stories a..e, ids 1..n in order, story of id k is letters[k % 5], day as given. */
function entries(n: number, day: (id: number) => number | null): RestoreEntry[] {
  return Array.from({ length: n }, (_, k) => ({ id: k + 1, story: 'abcde'[k % 5]!, day: day(k + 1) }));
}

describe('weightedRestores', () => {
  it('weighs the most recent window whatever the stories', () => {
    const plan = weightedRestores(
      entries(100, () => 0),
      { window: 10, storyMembers: 0, horizonDays: 1 },
    );
    expect([...plan].sort((x, y) => x - y)).toEqual(Array.from({ length: 10 }, (_, k) => 91 + k));
  });

  it('weighs the last members of every undated story, so an old story keeps its window', () => {
    const plan = weightedRestores(
      entries(100, () => null),
      { window: 0, storyMembers: 3, horizonDays: 1 },
    );
    expect(plan.size).toBe(15);
    // Story "a" holds ids 1, 6, ..., 96: its last three.
    for (const id of [86, 91, 96]) expect(plan.has(id)).toBe(true);
    expect(plan.has(81)).toBe(false);
  });

  it('leaves out stories that ended more than the horizon before the newest day', () => {
    // Story "a" (ids ≡ 1 mod 5) ends on day 0; the others run to day 30.
    const list = entries(100, (id) => (id % 5 === 1 ? 0 : 30));
    const plan = weightedRestores(list, { window: 0, storyMembers: 2, horizonDays: 17 });
    expect(plan.has(96)).toBe(false);
    expect(plan.has(100)).toBe(true);
    expect(plan.size).toBe(8);
  });

  it('never weighs fewer articles for a longer window or more story members', () => {
    const list = entries(200, (id) => Math.floor(id / 10));
    let previous = 0;
    for (const [window, storyMembers] of [
      [0, 0],
      [5, 0],
      [5, 2],
      [50, 2],
      [50, 12],
    ] as const) {
      const size = weightedRestores(list, { window, storyMembers, horizonDays: 5 }).size;
      expect(size).toBeGreaterThanOrEqual(previous);
      previous = size;
    }
  });
});
