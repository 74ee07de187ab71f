/**
 * `node bench/dist/eval/restart/run.js [real|synthetic]`: what the aggregator's restore window
 * costs clustering after a restart (issue 3). Prints the tables and saves
 * bench/results/restart-<which>.json. Too slow for `npm run eval` (minutes of aggregator folds).
 */
import { runSections } from '../../run-sections.js';
import { runRealDatasets } from './real-datasets.js';
import { runSynthetic } from './synthetic-corpus.js';

const which = process.argv[2] ?? 'real';
if (which === 'synthetic') {
  await runSections('restart-synthetic', [
    () =>
      runSynthetic(40_000, 30_000, [
        { window: Number.POSITIVE_INFINITY, storyWindows: false },
        { window: 20_000, storyWindows: false },
        { window: 20_000, storyWindows: true },
        { window: 1_000, storyWindows: false },
        { window: 1_000, storyWindows: true },
      ]),
  ]);
} else {
  await runSections('restart-real', [() => runRealDatasets()]);
}
