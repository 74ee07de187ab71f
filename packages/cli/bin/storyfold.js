#!/usr/bin/env -S node --max-semi-space-size=32
// A 32 MB young-generation semi-space (Node 20's default is 16 MB): a parsed page or a story's
// synthesis then dies young instead of being copied to the old generation. Measured: extraction
// ≈18% faster (130 Readability pages, best of 4 rounds), `analyze --json` on 20k articles
// 44 s → 35–41 s with peak RSS 2.30 → 2.40 GB. The benchmarks run with the flags of this line
// (bench/src/speed/cli-node-flags.ts).
import { main } from '../dist/main.js';

// A closed pipe (`storyfold analyze … | head`) ends the output quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
