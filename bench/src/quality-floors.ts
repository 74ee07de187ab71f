/**
 * The quality gate's pinned floors: the measured value of each quality measure when it was last
 * improved, rounded down. `npm test` fails when `npm run eval` would print less (quality-gate.test.ts).
 * Raise a floor whenever a change raises its measure; never lower one without saying why in the
 * commit. The targets are in the comments where a floor is still below them.
 */
export const QUALITY_FLOORS: Readonly<Record<string, number>> = {
  // Story clustering, B-cubed F1 with one fixed configuration (target ≥ 0.95 on both; measured
  // 0.881 / 0.882 on ECB+, 0.933 / 0.881 on NewsWCL50, file order / shuffled).
  'clustering.ecbplus.bcubed.f1': 0.88,
  'clustering.ecbplus.shuffled.bcubed.f1': 0.88,
  'clustering.newswcl50.bcubed.f1': 0.93,
  'clustering.newswcl50.shuffled.bcubed.f1': 0.88,
  // Cross-language (stretch goal, no target): English articles linked to a translation, of 120.
  'clustering.meantime.english_with_translation': 72,
  // Copies of the same original report (targets: precision ≥ 0.99, recall ≥ 0.98; measured 0.997 / 0.996).
  'copies.precision': 0.99,
  'copies.recall': 0.99,
  // Extraction (bench/src/eval/extraction): extractHtml on all 130 Readability pages (target: at
  // least Readability.js, which scores 1.0 against its own expected output; measured 1.0000) and
  // on every 8th trafilatura page, 124 pages (the whole set takes ~45 s; measured 0.880 on the
  // subset, 0.891 on all 990, where Readability.js over linkedom scores 0.886).
  'extraction.readability.token.f1': 0.999,
  'extraction.trafilatura.gate.snippet.f1': 0.879,
  // Story summaries (bench/src/eval/summaries): ROUGE F1 ×100 against the AllSides roundups of
  // NeuS val, 307 events, no stemming (targets: R1 ≥ 40, R2 ≥ 18; measured 38.85 / 18.32 / 26.81,
  // lead 36.24 / 15.63 / 23.76, LexRank 36.22 / 16.05 / 23.61 in the same run).
  'summaries.neus.val.rouge1': 38.8,
  'summaries.neus.val.rouge2': 18.3,
  'summaries.neus.val.rougeL': 26.8,
  // A restart of the aggregator (bench/src/eval/restart): B³ F1 of a fold restarted half-way with
  // a small restore window, minus the uninterrupted fold's (measured −0.0009 to 0.000; the window
  // alone, before story windows, lost 0.029–0.125 on these orders).
  'restart.ecbplus.shuffled_20230228.window_100.bcubed.f1_delta': -0.005,
  'restart.newswcl50.shuffled_20230228.window_10.bcubed.f1_delta': -0.005,
  'restart.newswcl50.shuffled_1.window_10.bcubed.f1_delta': -0.005,
  'restart.newswcl50.shuffled_2.window_10.bcubed.f1_delta': -0.005,
};
