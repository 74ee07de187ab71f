/**
 * `npm run eval`: Storyfold's quality on real labelled data, each figure printed next to a
 * baseline computed in the same run, and saved to bench/results/eval.json.
 */
import { run as clustering } from './eval/clustering.js';
import { run as copies } from './eval/copies/run.js';
import { run as extraction } from './eval/extraction/run.js';
import { runRestartQuick as restart } from './eval/restart/real-datasets.js';
import { run as summaries } from './eval/summaries/run.js';
import { runSections } from './run-sections.js';

await runSections('eval', [clustering, copies, extraction, () => summaries('val'), restart]);
