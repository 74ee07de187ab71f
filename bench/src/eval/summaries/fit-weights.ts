/**
 * Fits the summary's feature weights (SummaryOptions.featureWeights) on NeuS train.
 *
 * For each event, the greedy ROUGE-1 oracle picks the excerpt sentences that best match the
 * editors' roundup (add the sentence that raises ROUGE-1 F1 most, until none does); each
 * candidate sentence of the engine's summary is labelled 1 when the oracle picked it, else 0.
 * The weights are the ridge least-squares fit of the labels on the candidates' features (a
 * linear probability model), scaled so that the largest weight is 10.
 * Reference: oracle labelling as in SummaRuNNer (Nallapati et al. 2017), fitted linearly.
 * Cost: O(events · sentences² · summary length) for the oracle; a 22×… normal system.
 */
import { SUMMARY_FEATURES, type SummaryFeature, splitSentences, summarise } from '@storyfold/engine';
import type { NeusEvent } from './load-events.js';
import { rouge } from './rouge.js';
import { eventInput, STEMMING, SUMMARY_WORDS } from './run.js';

/** Ridge penalty on the normal equations' diagonal: keeps rare features from taking large weights. */
const RIDGE = 1;

/** The sentences the greedy ROUGE-1 oracle picks for an event (whitespace-normalised texts). */
export function oracleSentences(event: NeusEvent): Set<string> {
  const sentences = event.articles.flatMap((article) =>
    splitSentences(article.text).map((sentence) => sentence.text.replace(/\s+/gu, ' ')),
  );
  const chosen: string[] = [];
  let best = 0;
  for (;;) {
    let pick = -1;
    let value = best;
    sentences.forEach((sentence, i) => {
      if (chosen.includes(sentence)) return;
      const score = rouge([...chosen, sentence].join(' '), event.reference, STEMMING).rouge1;
      if (score > value) {
        value = score;
        pick = i;
      }
    });
    if (pick < 0) break;
    chosen.push(sentences[pick]!);
    best = value;
  }
  return new Set(chosen);
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and well-posed). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++)
      if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = m[row]![col]! / m[col]![col]!;
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * m[col]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

export function fitFeatureWeights(events: readonly NeusEvent[]): Record<SummaryFeature, number> {
  const names = [...SUMMARY_FEATURES];
  const size = names.length + 1; // + intercept
  const xtx = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const xty = new Array<number>(size).fill(0);
  events.forEach((event, index) => {
    const oracle = oracleSentences(event);
    summarise(eventInput(event, index), {
      words: SUMMARY_WORDS,
      onCandidates: (candidates) => {
        for (const { unit, features } of candidates) {
          const x = [1, ...names.map((name) => features[name] ?? 0)];
          const y = oracle.has(unit.text.replace(/\s+/gu, ' ')) ? 1 : 0;
          for (let i = 0; i < size; i++) {
            xty[i]! += x[i]! * y;
            for (let j = 0; j < size; j++) xtx[i]![j]! += x[i]! * x[j]!;
          }
        }
      },
    });
  });
  for (let i = 1; i < size; i++) xtx[i]![i]! += RIDGE;
  const solution = solve(xtx, xty).slice(1);
  const scale = 10 / Math.max(...solution.map(Math.abs));
  return Object.fromEntries(
    names.map((name, i) => [name, Number((solution[i]! * scale).toFixed(2))]),
  ) as Record<SummaryFeature, number>;
}
