/**
 * `npm run bench`: speed per stage and end to end, each next to a naive baseline measured in the
 * same run, saved to bench/results/bench.json. A benchmark measures; it asserts nothing.
 */
import { runSections } from './run-sections.js';
import { run as aggregator } from './speed/aggregator.js';
import { run as align } from './speed/align.js';
import { run as analyze } from './speed/analyze.js';
import { run as extraction } from './speed/extraction.js';
import { run as fingerprint } from './speed/fingerprint.js';
import { run as lsh } from './speed/lsh.js';
import { run as stories } from './speed/stories.js';

await runSections('bench', [fingerprint, lsh, align, stories, analyze, aggregator, extraction]);
