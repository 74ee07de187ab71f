import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, learnFurniture } from './analyze.js';
import type { RawArticle } from './article.js';
import { Furniture } from './clean/index.js';
import { fold } from './fold.js';
import { prepareArticle } from './prepare.js';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);

const seeds: RawArticle[] = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ id: name.replace(/\.txt$/, ''), text: readFileSync(new URL(name, SEEDS), 'utf8') }));

describe('fold', () => {
  it('gives the same analysis from articles prepared elsewhere (structured-cloned, as from a worker thread)', () => {
    const furniture = Furniture.fromSnapshot(structuredClone(learnFurniture(seeds).snapshot()));
    const prepared = structuredClone(seeds.map((raw) => prepareArticle(raw, furniture)));
    const analysis = fold(prepared);
    expect(analysis).toEqual(analyze(seeds));
    expect(analysis.stories).toHaveLength(1);
    expect(analysis.origins).toHaveLength(2);
  });

  it('folds the seeds into the same story whatever their input order', () => {
    const prepared = seeds.map((raw) => prepareArticle(raw));
    const reversed = [...prepared].reverse();
    const ids = (analysis: ReturnType<typeof fold>): string[][] =>
      analysis.stories.map((story) => [...story.articles].sort());
    expect(ids(fold(reversed))).toEqual(ids(fold(prepared)));
  });
});
