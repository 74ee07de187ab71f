/**
 * The copy benchmark section of `npm run eval`: generates the benchmark (generate.ts), runs the
 * engine's `analyze` on it, scores the origins pair by pair (score.ts), and scores a naive
 * shingle-Jaccard baseline (baseline.ts) on the same articles for contrast.
 * Targets: precision ≥ 0.99, recall ≥ 0.98 over copies keeping at least half of an original.
 */
import { analyze } from '@storyfold/engine';
import type { Section } from '../../report.js';
import { baselinePairs } from './baseline.js';
import { BASELINE_JACCARD, COPIES_SEED, ORIGINAL_COUNT, RECALL_MIN_KEPT } from './defaults.js';
import { COPY_OPERATIONS, type CopyBenchmark, generateCopyBenchmark } from './generate.js';
import { type CopyScore, type FalseKind, type PairGroup, scoreAnalysis, scorePairs } from './score.js';

export interface CopyRun {
  bench: CopyBenchmark;
  engine: CopyScore;
  baseline: CopyScore;
  seconds: { engine: number; baseline: number };
}

/** How many false pairs and missed pairs the note lists by id (the rest are counted). */
const LISTED = 12;

export function runCopyBenchmark(seed = COPIES_SEED, originals = ORIGINAL_COUNT): CopyRun {
  const bench = generateCopyBenchmark({ seed, originals });
  let start = performance.now();
  const analysis = analyze(bench.articles);
  const engineSeconds = (performance.now() - start) / 1000;
  const engine = scoreAnalysis(bench, analysis);
  start = performance.now();
  const baseline = scorePairs(bench, baselinePairs(bench.articles));
  const baselineSeconds = (performance.now() - start) / 1000;
  return { bench, engine, baseline, seconds: { engine: engineSeconds, baseline: baselineSeconds } };
}

const GROUPS: readonly PairGroup[] = ['copy–original', 'copy–copy', 'natural', ...COPY_OPERATIONS];
const KINDS: readonly FalseKind[] = ['same event', 'same topic', 'unrelated'];

export function copySection(result: CopyRun): Section {
  const { bench, engine, baseline } = result;
  const rows: Record<string, string | number>[] = [
    {
      measure: 'precision',
      pairs: engine.predicted,
      storyfold: engine.precision,
      baseline: baseline.precision,
    },
    { measure: 'recall', pairs: engine.required, storyfold: engine.recall, baseline: baseline.recall },
    { measure: 'F1', pairs: '', storyfold: engine.f1, baseline: baseline.f1 },
  ];
  for (const group of GROUPS) {
    const e = engine.groups.get(group);
    const b = baseline.groups.get(group);
    if (!e) continue;
    rows.push({
      measure: `recall: ${group}`,
      pairs: e.required,
      storyfold: e.found / e.required,
      baseline: b ? b.found / b.required : 0,
    });
  }
  for (const kind of KINDS) {
    rows.push({
      measure: `false pairs: ${kind}`,
      pairs: '',
      storyfold: engine.falseKinds[kind],
      baseline: baseline.falseKinds[kind],
    });
  }
  rows.push({
    measure: 'seconds',
    pairs: '',
    storyfold: result.seconds.engine,
    baseline: result.seconds.baseline,
  });

  const copies = bench.truth.filter((t) => t.role === 'copy');
  const outside = copies.filter((t) => Math.max(...t.ancestors.map((a) => a.kept)) < RECALL_MIN_KEPT).length;
  const listFalse = engine.falsePairs
    .slice(0, LISTED)
    .map((p) => `${p.a}–${p.b} (${p.kind})`)
    .join(', ');
  const listMissed = engine.missed
    .slice(0, LISTED)
    .map(([a, b]) => `${a}–${b}`)
    .join(', ');
  const note = [
    `${bench.articles.length} articles: all ${bench.truth.filter((t) => t.role !== 'copy').length} ECB+ articles (real news, 86 events, two similar events per topic) and ${copies.length} copies of ${bench.truth.filter((t) => t.role === 'original').length} of them (seed ${bench.seed}; ${outside} copies keep < ${RECALL_MIN_KEPT} of every original and are outside the recall target; ${bench.natural.filter((n) => n.required).length} ECB+ pairs are real syndication, recall group "natural").`,
    'Pairs: predicted = articles sharing an origin id; recall over pairs that both keep ≥ half of a common original. Operation rows count a pair for every operation of its copies.',
    `Baseline: raw-text word 5-shingle Jaccard ≥ ${BASELINE_JACCARD}, all pairs, no cleaning. Targets: precision ≥ 0.99, recall ≥ 0.98.`,
    engine.falsePairs.length > 0
      ? `False pairs (first ${LISTED} of ${engine.falsePairs.length}): ${listFalse}.`
      : 'No false pairs.',
    engine.missed.length > 0
      ? `Missed pairs (first ${LISTED} of ${engine.missed.length}): ${listMissed}.`
      : 'No missed pairs.',
  ].join('\n');
  return {
    title: 'Copies: recognising copies of the same original report (pairwise, real ECB+ text)',
    rows,
    measures: [
      { name: 'copies.precision', value: engine.precision },
      { name: 'copies.recall', value: engine.recall },
      { name: 'copies.f1', value: engine.f1 },
      { name: 'copies.baseline.precision', value: baseline.precision },
      { name: 'copies.baseline.recall', value: baseline.recall },
      { name: 'copies.baseline.f1', value: baseline.f1 },
      ...GROUPS.flatMap((group) => {
        const e = engine.groups.get(group);
        return e ? [{ name: `copies.recall.${group.replace('–', '-')}`, value: e.found / e.required }] : [];
      }),
      { name: 'copies.seconds', value: result.seconds.engine, unit: 's' },
    ],
    note,
  };
}

export async function run(): Promise<Section> {
  return copySection(runCopyBenchmark());
}
