/**
 * `npm run bench`: speed per stage and end to end, each next to a naive baseline measured in the
 * same run, saved to bench/results/bench.json. A benchmark measures; it asserts nothing.
 * BENCH_ONLY=<name>[,<name>...] runs only those sections (names as in the table below).
 */
import { runSections } from './run-sections.js';
import { run as aggregator } from './speed/aggregator.js';
import { run as align } from './speed/align.js';
import { run as analyze } from './speed/analyze.js';
import { run as api } from './speed/api.js';
import { run as extraction } from './speed/extraction.js';
import { run as fingerprint } from './speed/fingerprint.js';
import { run as lsh } from './speed/lsh.js';
import { run as stories } from './speed/stories.js';
import { run as synthesis } from './speed/synthesis.js';

const sections = { fingerprint, lsh, align, stories, analyze, aggregator, extraction, api, synthesis };
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !(name in sections)) ?? [];
if (unknown.length > 0) {
  console.error(
    `BENCH_ONLY: unknown section(s) ${unknown.join(', ')}; known: ${Object.keys(sections).join(', ')}`,
  );
  process.exit(2);
}
const chosen = Object.entries(sections).filter(([name]) => only === undefined || only.includes(name));
await runSections(
  'bench',
  chosen.map(([, run]) => run),
);
