/**
 * What a restart far past the restore window costs clustering on real labelled data (ECB+,
 * NewsWCL50): B-cubed F1 of the aggregator's stories folded in one run, against the same articles
 * with a restart after the first half and a small restore window (most of the first half then lies
 * outside it, as the oldest articles do at 100k+ stored articles with the default 20,000), in file
 * order and in shuffled orders. A restart with every article restored ("all") must equal the
 * uninterrupted run (a check of the restore itself).
 * Reference: B-cubed as in ../bcubed.ts; datasets loaded as ../clustering.ts loads them.
 * Cost: 1 + 2 × (windows + 1) aggregator folds of each dataset per order.
 */
import { type RawArticle, shuffled } from '@storyfold/engine';
import type { Measure, Section } from '../../report.js';
import { scoreClustering } from '../bcubed.js';
import { loadDataset } from '../clustering.js';
import { SHUFFLE_SEEDS, SMALL_WINDOWS, TINY_WINDOWS } from './defaults.js';
import { restartFold } from './restart-fold.js';

interface Labelled {
  article: RawArticle;
  label: string;
}

interface Plan {
  name: string;
  file: string;
  /** Restore windows tried (a restart with every article restored is always added unless `quick`). */
  windows: readonly number[];
  /** Seeds of shuffled orders; the file order is tried too unless `quick`. */
  seeds: readonly number[];
}

const FULL: Plan[] = [
  { name: 'ecbplus', file: 'ecbplus_docs.jsonl', windows: SMALL_WINDOWS, seeds: SHUFFLE_SEEDS },
  { name: 'newswcl50', file: 'newswcl50_docs.jsonl', windows: TINY_WINDOWS, seeds: SHUFFLE_SEEDS },
];

/** For `npm run eval` (about 20 s): one shuffled ECB+ order at window 100, NewsWCL50's three at 10. */
const QUICK: Plan[] = [
  { name: 'ecbplus', file: 'ecbplus_docs.jsonl', windows: [100], seeds: [SHUFFLE_SEEDS[0]] },
  { name: 'newswcl50', file: 'newswcl50_docs.jsonl', windows: [10], seeds: SHUFFLE_SEEDS },
];

/** B-cubed F1 of stories (article key → story id) against the labels. */
export function bcubedF1(data: readonly Labelled[], stories: ReadonlyMap<string, string>): number {
  const predicted = data.map((d, i) => stories.get(d.article.id) ?? `unfolded-${i}`);
  return scoreClustering(
    predicted,
    data.map((d) => d.label),
  ).bcubed.f1;
}

/** The quick section for `npm run eval` (see QUICK). */
export function runRestartQuick(): Promise<Section> {
  return runRealDatasets(true);
}

export async function runRealDatasets(quick = false): Promise<Section> {
  const rows: Record<string, string | number>[] = [];
  const measures: Measure[] = [];
  for (const { name, file, windows, seeds } of quick ? QUICK : FULL) {
    const all = loadDataset(file, (r) => String(r.event_id));
    const orders: { order: string; data: Labelled[] }[] = [
      ...(quick ? [] : [{ order: 'file', data: all }]),
      ...seeds.map((seed) => ({ order: `shuffled ${seed}`, data: shuffled(all, seed) })),
    ];
    for (const { order, data } of orders) {
      const articles = data.map((d) => d.article);
      const half = Math.floor(articles.length / 2);
      const uninterrupted = bcubedF1(data, await restartFold(articles));
      for (const window of quick ? windows : [...windows, Number.POSITIVE_INFINITY]) {
        const options = { restartAt: half, restoreWindow: window };
        const before = await restartFold(articles, { ...options, restoreStoryWindows: false });
        const after = await restartFold(articles, { ...options, restoreStoryWindows: true });
        const f1Before = bcubedF1(data, before);
        const f1After = bcubedF1(data, after);
        const label = Number.isFinite(window) ? String(window) : 'all';
        rows.push({
          dataset: name,
          order,
          articles: articles.length,
          'restart at': half,
          window: label,
          'F1 uninterrupted': uninterrupted,
          'F1 restarted, window only': f1Before,
          delta: f1Before - uninterrupted,
          'F1 restarted, + story windows': f1After,
          'delta ': f1After - uninterrupted,
          'stories (window only / + story windows)': `${new Set(before.values()).size} / ${new Set(after.values()).size}`,
        });
        const prefix = `restart.${name}.${order.replace(' ', '_')}.window_${label}.bcubed`;
        measures.push(
          { name: `${prefix}.f1_delta_window_only`, value: f1Before - uninterrupted },
          { name: `${prefix}.f1_delta`, value: f1After - uninterrupted },
        );
      }
    }
  }
  return {
    title: 'Restart window: clustering after a restart (aggregator on SQLite)',
    rows,
    measures,
    note: 'Restart after the first half. "window only": the new aggregator restores the last `window` articles with their story weights, older ones by signature and story only (the restore before the fix). "+ story windows": also the last members of every story that can still be joined (restore-plan.ts; these datasets have no dates, so every story). "all": every article restored with its weights (must equal uninterrupted). delta = restarted - uninterrupted.',
  };
}
