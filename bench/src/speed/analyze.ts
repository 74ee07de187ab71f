/**
 * End-to-end speed: the real `storyfold analyze <file> --json` command on JSONL corpora of 1k,
 * 10k, 20k and 100k articles (100k left out with BENCH_QUICK=1), built from real text by
 * ../corpus/build-corpus.ts (about 4 KB each, 30% copies). Each run is a child process (Node
 * start, reading, cleaning, matching, aligning, folding and writing the JSON to /dev/null all
 * count); wall time by the parent clock, peak RSS by `/usr/bin/time -f %M` when present, else
 * by sampling `ps -o rss=` every PS_SAMPLE_MS (a lower bound).
 * Baseline, same run: naive all-pairs word 5-shingle Jaccard (sorted-set intersection of every
 * pair) on the 1k corpus, in this process; its 20k cost is extrapolated as quadratic and marked so.
 * Target: ≥ 3,000 articles/s at 20k, near-linear growth (the 20k/10k time ratio near 2).
 * Cost: corpus writing ~2,000 articles/s plus the runs themselves.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus, writeCorpus } from '../corpus/build-corpus.js';
import { shingles } from '../eval/copies/shingles.js';
import type { Measure, Section } from '../report.js';
import { CLI_BIN as CLI, cliNodeFlags } from './cli-node-flags.js';

/** Corpus sizes always run, and the largest, left out with BENCH_QUICK=1 (its corpus alone is ~400 MB and a minute to write). */
const SIZES = [1_000, 10_000, 20_000];
const FULL_SIZE = 100_000;
/** Seed of the corpora: fixed so that runs compare the same articles. */
const CORPUS_SEED = 20240101;
/** A run taking longer than this is stopped and reported as timed out. */
const RUN_TIMEOUT_MS = 20 * 60_000;
/** How often RSS is sampled when /usr/bin/time is missing. */
const PS_SAMPLE_MS = 100;
const TIME_BIN = '/usr/bin/time';

interface RunResult {
  seconds: number;
  peakRssMb: number | null;
  exitCode: number | null;
  error: string;
}

function sampleRss(pid: number): Promise<number> {
  return new Promise((resolve) => {
    const ps = spawn('ps', ['-o', 'rss=', '-p', String(pid)], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    ps.stdout.on('data', (data: Buffer) => {
      out += data.toString();
    });
    ps.on('close', () => resolve(Number(out.trim()) || 0));
    ps.on('error', () => resolve(0));
  });
}

/** Runs the CLI on one file, output to /dev/null. */
export function runCli(file: string): Promise<RunResult> {
  const useTime = existsSync(TIME_BIN);
  const command = useTime ? TIME_BIN : process.execPath;
  const args = useTime
    ? ['-f', '%M', process.execPath, ...cliNodeFlags(), CLI, 'analyze', file, '--json']
    : [...cliNodeFlags(), CLI, 'analyze', file, '--json'];
  const devNull = openSync('/dev/null', 'w');
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: process.cwd(),
      stdio: ['ignore', devNull, 'pipe'],
      timeout: RUN_TIMEOUT_MS,
    });
    let stderr = '';
    child.stderr?.on('data', (data: Buffer) => {
      stderr += data.toString();
      if (stderr.length > 1 << 16) stderr = stderr.slice(-(1 << 15));
    });
    let sampledKb = 0;
    const timer = useTime
      ? undefined
      : setInterval(() => {
          if (child.pid !== undefined)
            void sampleRss(child.pid).then((kb) => (sampledKb = Math.max(sampledKb, kb)));
        }, PS_SAMPLE_MS);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (timer) clearInterval(timer);
      closeSync(devNull);
      const lines = stderr.trim().split('\n');
      const timeKb = useTime ? Number(lines.at(-1)) : Number.NaN;
      const kb = useTime ? timeKb : sampledKb;
      const error = (useTime ? lines.slice(0, -1) : lines).join('\n').trim();
      resolve({
        seconds,
        peakRssMb: Number.isFinite(kb) && kb > 0 ? kb / 1024 : null,
        exitCode: code,
        error,
      });
    });
  });
}

/** Naive baseline: exact Jaccard of every pair's shingle sets; returns seconds and pairs ≥ 0.5. */
export function allPairsJaccard(texts: readonly string[]): { seconds: number; linked: number } {
  const start = performance.now();
  const sets = texts.map((text) => shingles(text, 5));
  let linked = 0;
  for (let i = 0; i < sets.length; i++) {
    const a = sets[i]!;
    for (let j = i + 1; j < sets.length; j++) {
      const b = sets[j]!;
      let x = 0;
      let y = 0;
      let shared = 0;
      while (x < a.length && y < b.length) {
        if (a[x]! < b[y]!) x++;
        else if (a[x]! > b[y]!) y++;
        else {
          shared++;
          x++;
          y++;
        }
      }
      const union = a.length + b.length - shared;
      if (union > 0 && shared / union >= 0.5) linked++;
    }
  }
  return { seconds: (performance.now() - start) / 1000, linked };
}

const label = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));

export async function run(): Promise<Section> {
  const sizes = process.env.BENCH_QUICK === '1' ? SIZES : [...SIZES, FULL_SIZE];
  const dir = mkdtempSync(join(tmpdir(), 'storyfold-speed-'));
  const rows: Record<string, string | number>[] = [];
  const measures: Measure[] = [];
  const seconds = new Map<number, number>();
  try {
    for (const n of sizes) {
      const file = join(dir, `corpus-${n}.jsonl`);
      writeCorpus(file, n, CORPUS_SEED);
      const mb = statSync(file).size / 2 ** 20;
      const result = await runCli(file);
      const ok = result.exitCode === 0;
      if (ok) seconds.set(n, result.seconds);
      rows.push({
        tool: 'storyfold analyze --json',
        articles: n,
        'input MB': mb,
        'wall s': result.seconds,
        'articles/s': ok ? n / result.seconds : 'failed',
        'peak RSS MB': result.peakRssMb ?? '',
        ...(ok
          ? {}
          : { error: (result.error.split('\n').at(-1) ?? '').slice(0, 120) || `exit ${result.exitCode}` }),
      });
      if (ok) {
        measures.push({
          name: `analyze.articles_per_s.${label(n)}`,
          value: n / result.seconds,
          unit: 'articles/s',
        });
        if (result.peakRssMb !== null)
          measures.push({ name: `analyze.peak_rss.${label(n)}`, value: result.peakRssMb, unit: 'MB' });
      }
      rmSync(file, { force: true });
    }
    const base = SIZES[0]!;
    const naive = allPairsJaccard(buildCorpus(base, CORPUS_SEED).map((article) => article.text));
    rows.push({
      tool: 'naive all-pairs shingle Jaccard',
      articles: base,
      'input MB': '',
      'wall s': naive.seconds,
      'articles/s': base / naive.seconds,
      'peak RSS MB': '',
    });
    const at20k = naive.seconds * (20_000 / base) ** 2;
    rows.push({
      tool: 'naive all-pairs (extrapolated n²)',
      articles: 20_000,
      'input MB': '',
      'wall s': at20k,
      'articles/s': 20_000 / at20k,
      'peak RSS MB': '',
    });
    measures.push({
      name: `analyze.baseline.articles_per_s.${label(base)}`,
      value: base / naive.seconds,
      unit: 'articles/s',
    });
    const t10 = seconds.get(10_000);
    const t20 = seconds.get(20_000);
    if (t10 !== undefined && t20 !== undefined)
      measures.push({ name: 'analyze.time_ratio.20k_over_10k', value: t20 / t10 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    title: 'End to end: storyfold analyze on real-text corpora (~4 KB articles, 30% copies)',
    rows,
    measures,
    note: [
      'Corpora: bench/src/corpus/build-corpus.ts (real ECB+, NewsWCL50, MEANTIME, NeuS text; content words remapped per article so non-copies do not share text; 30% copies with page furniture, edits, cuts). Writing the corpus is not timed.',
      `Wall time covers the whole child process (Node start, JSONL reading, analysis, JSON written to /dev/null). Peak RSS: ${existsSync(TIME_BIN) ? '/usr/bin/time -f %M' : 'ps sampling (a lower bound)'}. Target: ≥ 3,000 articles/s at 20k; time_ratio.20k_over_10k near 2 means linear growth.`,
      'Baseline: exact Jaccard of word 5-shingle sets over all pairs, in process, at 1k; the 20k row is extrapolated as n², not measured.',
      'The machine is shared: figures are noisy lower bounds.',
    ].join('\n'),
  };
}
