/**
 * Speed of extraction on Readability's 130 test pages (real news pages, 2 KB–1 MB): Storyfold's
 * `extractHtml` (linkedom + Readability + metadata + block text) next to Readability.js over
 * jsdom (its reference DOM; a peer only), in the same run. Each extractor runs in its own child
 * process (extraction-child.ts), single-threaded, so peak RSS is its own and pages/s is per core;
 * both children run with the storyfold command's Node flags (cli-node-flags.ts), as the product does.
 * Reported: pages/s by wall clock and by CPU time (CPU seconds of the child: less sensitive to
 * other processes on a shared machine), p50/p95 ms per page, peak RSS.
 * Targets: ≥ 38 pages/s per core, p95 ≤ 70 ms, peak RSS ≤ 512 MB.
 * Cost: about 2 × 130 page extractions for Storyfold and 130 for jsdom (≈ 20 s in all).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Measure, Section } from '../report.js';
import { cliNodeFlags } from './cli-node-flags.js';
import type { ExtractionRun } from './extraction-child.js';

/** Rounds over the 130 pages: two for Storyfold (steadier percentiles), one for the slower peer. */
const ROUNDS: Record<string, number> = { storyfold: 2, 'readability/jsdom': 1 };

const CHILD = fileURLToPath(new URL('./extraction-child.js', import.meta.url));

function runChild(name: string, rounds: number): Promise<ExtractionRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...cliNodeFlags(), CHILD, name, String(rounds)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (data: Buffer) => {
      out += data.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`extraction child ${name} exited with ${code}`));
      else resolve(JSON.parse(out) as ExtractionRun);
    });
  });
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

export async function run(): Promise<Section> {
  const rows: Record<string, string | number>[] = [];
  const measures: Measure[] = [];
  for (const name of ['storyfold', 'readability/jsdom']) {
    const result = await runChild(name, ROUNDS[name] ?? 1);
    const sorted = [...result.ms].sort((a, b) => a - b);
    const wall = sorted.reduce((a, b) => a + b, 0) / 1000;
    const row = {
      extractor: name,
      pages: result.pages,
      'pages/s (wall)': result.pages / wall,
      'pages/s per CPU s': result.pages / result.cpuSeconds,
      'p50 ms': percentile(sorted, 0.5),
      'p95 ms': percentile(sorted, 0.95),
      'max ms': sorted.at(-1) ?? 0,
      'peak RSS MB': result.maxRssMb,
    };
    rows.push(row);
    const key = name === 'storyfold' ? 'extraction' : 'extraction.readability_jsdom';
    measures.push(
      { name: `${key}.pages_per_second`, value: row['pages/s (wall)'], unit: 'pages/s' },
      { name: `${key}.pages_per_cpu_second`, value: row['pages/s per CPU s'], unit: 'pages/s' },
      { name: `${key}.p50_ms`, value: row['p50 ms'], unit: 'ms' },
      { name: `${key}.p95_ms`, value: row['p95 ms'], unit: 'ms' },
      { name: `${key}.peak_rss_mb`, value: row['peak RSS MB'], unit: 'MB' },
    );
  }
  return {
    title: 'Extraction speed: Readability test pages (130 real pages), one core each',
    rows,
    measures,
    note: [
      'Targets: ≥ 38 pages/s per core, p95 ≤ 70 ms, peak RSS ≤ 512 MB. Each extractor in its own child',
      'process after a 10-page warm-up; pages/s (wall) from the summed per-page times, per CPU s from the',
      "child's CPU time. Shared machine: treat as noisy lower bounds.",
    ].join('\n'),
  };
}
