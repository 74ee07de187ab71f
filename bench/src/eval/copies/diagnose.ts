/**
 * Diagnostics for the copy benchmark (not part of `npm run eval`): runs the engine on the
 * benchmark once and describes every alignment it recorded: whether the pair is a true copy pair,
 * a false pair (and of which kind), how much of each body its passages cover by passage kind,
 * and whether origin grouping linked the pair directly. Writes one JSON line per alignment to
 * the path given (default /tmp/copies-alignments.jsonl) and prints a summary of the false pairs:
 * direct links versus transitive merges, and which passage kinds the false direct links rest on.
 * Usage: `node bench/dist/eval/copies/diagnose.js [out.jsonl]` from the repository root.
 * Cost: one analyze() of the benchmark (seconds).
 */
import { writeFileSync } from 'node:fs';
import { analyze, bodyText, isCopyAlignment, spansLength, unionSpans } from '@storyfold/engine';
import { generateCopyBenchmark } from './generate.js';
import { pairJudge, pairKey, predictedPairs, requiredPairs, scoreAnalysis } from './score.js';

export interface AlignmentRecord {
  a: string;
  b: string;
  verdict: string;
  required: boolean;
  lengthA: number;
  lengthB: number;
  coveredA: number;
  coveredB: number;
  /** Covered characters of a by passage kind. */
  kindsA: Record<string, number>;
  passages: number;
  /** Passages in order on a: kind initial and length on a ("t130"). */
  sequence: string;
  longestA: number;
  link: boolean;
}

export function diagnose(out = '/tmp/copies-alignments.jsonl'): void {
  const bench = generateCopyBenchmark();
  const analysis = analyze(bench.articles);
  const judge = pairJudge(bench);
  const required = new Set(requiredPairs(bench).map((p) => pairKey(p.a, p.b)));
  const lengths = new Map(analysis.articles.map((article) => [article.id, bodyText(article).length]));
  const records: AlignmentRecord[] = [];
  for (const alignment of analysis.alignments) {
    const [a, b] = alignment.articles;
    const coveredA = spansLength(unionSpans(alignment.passages.map((p) => p.a)));
    const coveredB = spansLength(unionSpans(alignment.passages.map((p) => p.b)));
    const kindsA: Record<string, number> = {};
    let longestA = 0;
    for (const p of alignment.passages) {
      kindsA[p.kind] = (kindsA[p.kind] ?? 0) + p.a[1] - p.a[0];
      longestA = Math.max(longestA, p.a[1] - p.a[0]);
    }
    const lengthA = lengths.get(a) ?? 0;
    const lengthB = lengths.get(b) ?? 0;
    records.push({
      a,
      b,
      verdict: judge(a, b),
      required: required.has(pairKey(a, b)),
      lengthA,
      lengthB,
      coveredA,
      coveredB,
      kindsA,
      passages: alignment.passages.length,
      sequence: alignment.passages.map((p) => `${p.kind[0]}${p.a[1] - p.a[0]}`).join(' '),
      longestA,
      link: isCopyAlignment(alignment.passages, lengthA, lengthB),
    });
  }
  writeFileSync(out, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);

  const predicted = predictedPairs(analysis);
  const direct = new Set(records.filter((r) => r.link).map((r) => pairKey(r.a, r.b)));
  let falseDirect = 0;
  let falseTransitive = 0;
  for (const key of predicted) {
    const [a, b] = key.split('\u0000') as [string, string];
    if (judge(a, b) === 'correct') continue;
    if (direct.has(key)) falseDirect++;
    else falseTransitive++;
  }
  const falseLinks = records.filter((r) => r.link && r.verdict !== 'correct');
  const byKind = new Map<string, number>();
  for (const r of falseLinks) {
    const kinds = Object.keys(r.kindsA).sort().join('+');
    byKind.set(kinds, (byKind.get(kinds) ?? 0) + 1);
  }
  const score = scoreAnalysis(bench, analysis);
  console.log(
    `precision ${score.precision.toFixed(4)} (${score.predicted} pairs), recall ${score.recall.toFixed(4)} (${score.required} pairs)`,
  );
  console.log(`missed: ${score.missed.map(([a, b]) => `${a}–${b}`).join(', ')}`);
  console.log(`alignments: ${records.length} (written to ${out})`);
  console.log(`false predicted pairs: ${falseDirect} direct links, ${falseTransitive} transitive`);
  console.log(`false direct links by passage kinds: ${JSON.stringify(Object.fromEntries(byKind))}`);
}

if (process.argv[1]?.endsWith('diagnose.js')) diagnose(process.argv[2]);
