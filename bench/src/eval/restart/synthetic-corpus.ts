/**
 * What the restore window costs on the synthetic bench corpus (../../corpus/build-corpus.ts: real
 * text, 30% copies of one of the 500 most recent originals): the first `restartAt` articles are
 * folded by the aggregator on SQLite, the store is closed and copied once per window, and each copy
 * is reopened with that restore window and given the remaining articles. A window covering every
 * article is the uninterrupted fold (the restore is exact up to the window: tested, and checked by
 * the "all" rows of real-datasets.ts). Measured: copy pairs (a copy and its original, or two copies
 * of one original: same title, as the corpus gives a copy its original's title) in one story, for
 * pairs whose later article came after the restart, and the number of stories.
 * Finding (40k, restart at 30k): every variant (window all, 20,000, 1,000; with and without story
 * windows) gives the same 27,927 stories and the same 2,535 of 3,575 copy pairs in one story: a
 * copy reproduces one of the ~700 articles before it, always inside any window tried, and the
 * corpus's originals share no story-level text, so this corpus cannot show the window's cost
 * (the real datasets do: real-datasets.ts).
 * Cost: one fold of `restartAt` articles, then per window one restore and a fold of the rest.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawArticle } from '@storyfold/engine';
import { Aggregator } from '@storyfold/ingest';
import { openStore, type Store } from '@storyfold/store';
import { buildCorpus } from '../../corpus/build-corpus.js';
import type { Measure, Section } from '../../report.js';
import { CORPUS_SEED } from './defaults.js';

const BATCH = 500;

/** One restart to measure: its restore window, and whether story windows are restored too. */
export interface RestartVariant {
  window: number;
  storyWindows: boolean;
}

export interface SyntheticResult {
  window: string;
  storyWindows: boolean;
  /** Copy pairs whose later article came after the restart. */
  pairs: number;
  /** Of those, the pairs in one story. */
  joined: number;
  stories: number;
  restoreSeconds: number;
  seconds: number;
}

async function ingestAll(aggregator: Aggregator, articles: readonly RawArticle[]): Promise<void> {
  for (let i = 0; i < articles.length; i += BATCH) {
    await aggregator.ingest(articles.slice(i, i + BATCH).map((raw) => ({ raw })));
  }
}

async function storiesByKey(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const record of store.iterateArticles()) {
    if (record.storyId !== null) out.set(record.key, record.storyId);
  }
  return out;
}

/** Copy pairs (same title) whose later article is at or after `from`, and how many share a story. */
export function copyPairs(
  articles: readonly RawArticle[],
  stories: ReadonlyMap<string, string>,
  from: number,
): { pairs: number; joined: number } {
  const byTitle = new Map<string, number[]>();
  articles.forEach((article, i) => {
    const list = byTitle.get(article.title ?? '') ?? [];
    list.push(i);
    byTitle.set(article.title ?? '', list);
  });
  let pairs = 0;
  let joined = 0;
  for (const [title, list] of byTitle) {
    if (title === '' || list.length < 2) continue;
    for (let b = 1; b < list.length; b++) {
      if (list[b]! < from) continue;
      const later = stories.get(articles[list[b]!]!.id);
      for (let a = 0; a < b; a++) {
        pairs++;
        if (later !== undefined && stories.get(articles[list[a]!]!.id) === later) joined++;
      }
    }
  }
  return { pairs, joined };
}

export async function runSynthetic(
  n: number,
  restartAt: number,
  variants: readonly RestartVariant[],
): Promise<Section> {
  const articles = buildCorpus(n, CORPUS_SEED);
  const root = mkdtempSync(join(tmpdir(), 'storyfold-restart-synthetic-'));
  const results: SyntheticResult[] = [];
  try {
    const first = join(root, 'first');
    let start = performance.now();
    const store = await openStore({ dataDir: first });
    await ingestAll(await Aggregator.open(store), articles.slice(0, restartAt));
    await store.close();
    const firstSeconds = (performance.now() - start) / 1000;
    console.error(`folded ${restartAt} in ${firstSeconds.toFixed(0)} s`);
    for (const { window, storyWindows } of variants) {
      const label = Number.isFinite(window) ? String(window) : 'all';
      const folder = join(root, `window-${label}-${storyWindows}`);
      cpSync(first, folder, { recursive: true });
      start = performance.now();
      const copy = await openStore({ dataDir: folder });
      try {
        const aggregator = await Aggregator.open(copy, {
          restoreWindow: window,
          restoreStoryWindows: storyWindows,
        });
        await aggregator.restore();
        const restoreSeconds = (performance.now() - start) / 1000;
        await ingestAll(aggregator, articles.slice(restartAt));
        const stories = await storiesByKey(copy);
        results.push({
          window: label,
          storyWindows,
          ...copyPairs(articles, stories, restartAt),
          stories: new Set(stories.values()).size,
          restoreSeconds,
          seconds: (performance.now() - start) / 1000,
        });
        console.error(`window ${label}: ${JSON.stringify(results.at(-1))}`);
      } finally {
        await copy.close();
      }
      rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const measures: Measure[] = results.map((r) => ({
    name: `restart.synthetic.${n}.window_${r.window}${r.storyWindows ? '.story_windows' : ''}.copy_pairs_joined`,
    value: r.joined / Math.max(1, r.pairs),
  }));
  return {
    title: `Restart window on the synthetic bench corpus (${n} articles, restart at ${restartAt})`,
    rows: results.map((r) => ({
      corpus: `bench corpus ${n / 1000}k, seed ${CORPUS_SEED}`,
      'restart at': restartAt,
      window: r.window,
      'story windows': r.storyWindows ? 'yes' : 'no',
      'copy pairs after restart': r.pairs,
      'in one story': r.joined,
      share: r.joined / Math.max(1, r.pairs),
      stories: r.stories,
      'restore s': r.restoreSeconds,
      'restore + fold rest s': r.seconds,
    })),
    measures,
    note: '"all": every article restored with its weights (= the uninterrupted fold). "story windows": also the last members of every story that can still be joined (restore-plan.ts). Seconds are noisy lower bounds on a shared 2-core machine.',
  };
}
