import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFoldData, decodeFoldHead, encodeFoldData } from './fold-data.js';
import { Folder, joinableGapDays } from './folder.js';
import { type PreparedArticle, prepareArticle } from './prepare.js';
import { StoryIndex } from './stories/index.js';

const ECBPLUS = new URL('../../../../shared/datasets/clustering/ecbplus_docs.jsonl', import.meta.url);

/** The first 240 ECB+ articles in file order (real news, about 20 events with hard negatives). */
const prepared: PreparedArticle[] = readFileSync(ECBPLUS, 'utf8')
  .split('\n')
  .slice(0, 240)
  .map((line) => JSON.parse(line) as { doc_id: string; title: string; full_text: string })
  .map((doc) => prepareArticle({ id: doc.doc_id, title: doc.title, text: doc.full_text }));

function foldAll(folder: Folder, from: number, to: number): string[] {
  const stories: string[] = [];
  for (let i = from; i < to; i++) stories.push(folder.add(i, prepared[i]!).story);
  return stories;
}

describe('Folder', () => {
  it('folds articles added one at a time into the stories of a single pass', () => {
    const whole = new Folder((i) => prepared[i]);
    const stories = foldAll(whole, 0, prepared.length);
    expect(new Set(stories).size).toBeGreaterThan(10);
    expect(stories.every((story, i) => whole.membersOf(story).includes(prepared[i]!.article.id))).toBe(true);
  });

  it('after a restart restored from stored fold data, folds new articles as if it had never stopped', () => {
    const whole = new Folder((i) => prepared[i]);
    const expected = foldAll(whole, 0, prepared.length);

    const before = new Folder((i) => prepared[i]);
    const half = prepared.length / 2;
    const first = foldAll(before, 0, half);
    const restarted = new Folder((i) => prepared[i]);
    for (let i = 0; i < half; i++) {
      const { signature, features } = decodeFoldData(encodeFoldData(prepared[i]!));
      restarted.restore(i, prepared[i]!.article.id, signature, features, first[i]!);
    }
    expect(foldAll(restarted, half, prepared.length)).toEqual(expected.slice(half));
    expect(restarted.allStories()).toEqual(whole.allStories());
  });

  it('restored by membership only, older articles keep their stories and still draw their copies', () => {
    const before = new Folder((i) => prepared[i]);
    const half = prepared.length / 2;
    const first = foldAll(before, 0, half);
    const restarted = new Folder((i) => prepared[i]);
    for (let i = 0; i < half; i++) {
      const { signature, day } = decodeFoldHead(encodeFoldData(prepared[i]!));
      restarted.restoreMembership(i, prepared[i]!.article.id, signature, first[i]!, day);
    }
    for (let i = 0; i < half; i++) {
      expect(restarted.membersOf(first[i]!)).toEqual(before.membersOf(first[i]!));
    }
    const original = prepared[7]!;
    const copy = { ...original, article: { ...original.article, id: 'copy-of-7' } };
    const step = restarted.add(prepared.length, copy);
    expect(step.story).toBe(first[7]);
    expect(step.alignments.some((alignment) => alignment.articles[0] === original.article.id)).toBe(true);
    const later = foldAll(restarted, half, prepared.length);
    expect(
      later.every((story, k) => restarted.membersOf(story).includes(prepared[half + k]!.article.id)),
    ).toBe(true);
  });

  it('skips articles its lookup can no longer provide, and refuses an article added twice', () => {
    // Article 1 is a verbatim copy of article 0: it would align with it, were 0 still provided.
    const copy = { ...prepared[0]!, article: { ...prepared[0]!.article, id: 'copy-of-0' } };
    const folder = new Folder((i) => (i === 0 ? undefined : copy));
    folder.add(0, prepared[0]!);
    expect(folder.add(1, copy).alignments.every((a) => !a.articles.includes(prepared[0]!.article.id))).toBe(
      true,
    );
    expect(() => folder.add(2, copy)).toThrow(/already added/);
  });
});

describe('joinableGapDays', () => {
  it('is the gap in days past which not even an article with the same features joins a story', () => {
    const gap = joinableGapDays();
    expect(gap).toBeGreaterThan(3);
    const { article, features } = prepared[0]!;
    for (const [offset, joins] of [
      [-0.01, true],
      [0.01, false],
    ] as const) {
      const index = new StoryIndex();
      const story = index.add(article, { features: { ...features, day: 0 } });
      const later = index.add({ ...article, id: 'later' }, { features: { ...features, day: gap + offset } });
      expect(later === story).toBe(joins);
    }
  });
});
