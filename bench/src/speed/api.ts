/**
 * The reader API under load: `storyfold serve` (the real CLI, a child process) over a store of
 * 100,000 articles (20,000 with BENCH_QUICK=1) from ../corpus/build-corpus.ts, folded into
 * stories by the aggregator with their sources; then autocannon with 50 concurrent connections
 * for 10 s each against
 * - the stories endpoint (`/api/stories?limit=50`, the first page the interface asks for), and
 * - story pages (`/api/stories/<id>`, cycling over the 200 highest-ranked stories);
 * - the stories endpoint without the server's response cache's help: 5,000 distinct pages
 *   (`offset` 0, 1, 2, …), each built from the store when first asked for (the cache keeps 500).
 * Latency percentiles are exact, computed from every response's time (autocannon's own histogram
 * has no p95). Targets (issue 4): p95 ≤ 50 ms and p99 ≤ 150 ms for both.
 * The store is built once and kept in BENCH_API_DATA (default bench/results/api-<n>), since
 * building 100k articles takes minutes; delete that folder to rebuild.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { Aggregator, type IncomingArticle } from '@storyfold/ingest';
import { openStore } from '@storyfold/store';
import autocannon from 'autocannon';
import { corpusArticles } from '../corpus/build-corpus.js';
import type { Measure, Section } from '../report.js';
import { CLI_BIN, cliNodeFlags } from './cli-node-flags.js';

const CORPUS_SEED = 20240101;
const BATCH = 500;
const CONNECTIONS = 50;
const DURATION_S = 10;
const STORY_PAGES = 200;
/** Distinct stories pages for the uncached case: ten times what the response cache keeps. */
const UNCACHED_PAGES = 5_000;
const BIN = resolve(CLI_BIN);

async function buildStore(folder: string, n: number): Promise<void> {
  const store = await openStore({ dataDir: folder });
  try {
    if ((await store.countArticles()) >= n) return;
    const aggregator = await Aggregator.open(store);
    const sources = new Map<string, number>();
    let batch: IncomingArticle[] = [];
    for (const raw of corpusArticles(n, CORPUS_SEED)) {
      const name = raw.source ?? 'unknown';
      let sourceId = sources.get(name);
      if (sourceId === undefined) {
        sourceId = (await store.ensureSource({ name })).id;
        sources.set(name, sourceId);
      }
      batch.push({ raw, sourceId });
      if (batch.length === BATCH) {
        await aggregator.ingest(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await aggregator.ingest(batch);
  } finally {
    await store.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function serve(folder: string): Promise<{ origin: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...cliNodeFlags(), BIN, 'serve', '--data', folder, '--port', String(port)],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, STORYFOLD_LOG_LEVEL: 'warn' },
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`storyfold serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/api/status`)).ok) return { origin, child };
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  child.kill();
  throw new Error('storyfold serve did not answer within 120 s');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

interface Load {
  requests: number;
  perSecond: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

async function load(origin: string, paths: string[]): Promise<Load> {
  const times: number[] = [];
  let next = 0;
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: origin,
        connections: CONNECTIONS,
        duration: DURATION_S,
        requests: [
          { method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) },
        ],
      },
      (error, result) => (error ? fail(error) : done(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((x, y) => x - y);
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    errors: result.errors + result.non2xx,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  };
}

export async function run(): Promise<Section> {
  const n = process.env.BENCH_QUICK === '1' ? 20_000 : 100_000;
  const folder = resolve(process.env.BENCH_API_DATA ?? `bench/results/api-${n / 1000}k`);
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
  const buildStart = performance.now();
  await buildStore(folder, n);
  const buildSeconds = (performance.now() - buildStart) / 1000;

  const { origin, child } = await serve(folder);
  try {
    const top = (await (await fetch(`${origin}/api/stories?limit=${STORY_PAGES}`)).json()) as {
      stories: { id: string }[];
      total: number;
    };
    const cases: [string, string[]][] = [
      ['stories', ['/api/stories?limit=50']],
      ['story page', top.stories.map((story) => `/api/stories/${encodeURIComponent(story.id)}`)],
      [
        'stories, uncached',
        Array.from({ length: UNCACHED_PAGES }, (_, i) => `/api/stories?limit=50&offset=${i}`),
      ],
    ];
    const rows: Record<string, string | number>[] = [];
    const measures: Measure[] = [];
    for (const [name, paths] of cases) {
      const result = await load(origin, paths);
      rows.push({
        endpoint: name,
        'req/s': result.perSecond,
        requests: result.requests,
        errors: result.errors,
        'p50 ms': result.p50,
        'p95 ms': result.p95,
        'p99 ms': result.p99,
        target: 'p95 ≤ 50, p99 ≤ 150',
      });
      const key = name.replace(/\W+/g, '_');
      measures.push(
        { name: `api.${key}.p95_ms`, value: result.p95, unit: 'ms' },
        { name: `api.${key}.p99_ms`, value: result.p99, unit: 'ms' },
        { name: `api.${key}.requests_per_s`, value: result.perSecond },
      );
    }
    return {
      title: `Reader API under load (${n / 1000}k articles, ${top.total} stories, ${CONNECTIONS} connections)`,
      rows,
      measures,
      note:
        `storyfold serve as a child process on 127.0.0.1; autocannon ${CONNECTIONS} connections, ${DURATION_S} s per ` +
        `endpoint; story pages cycle over the ${top.stories.length} top stories. Percentiles from every response ` +
        `time. Store opened (built when missing, upgraded when older) in ${buildSeconds.toFixed(0)} s: ${folder}.`,
    };
  } finally {
    child.kill('SIGTERM');
  }
}
