/**
 * The analysis pipeline: clean → fingerprint → match → align → fold (origins, stories).
 *
 * Page furniture is learnt from the whole batch first, per source; then every article is
 * prepared on its own (prepare.ts: clean, alignment text, signature) and the prepared articles
 * are folded in publication order (fold.ts). Callers with many articles may prepare them in
 * parallel and call `fold` themselves; the result is the same.
 * Invariants: deterministic; see fold.ts.
 * Cost: O(n) learning and preparing; folding as in fold.ts.
 */
import type { Analysis } from './analysis.js';
import type { RawArticle } from './article.js';
import { Furniture } from './clean/index.js';
import type { AnalyzeOptions } from './defaults.js';
import { fold } from './fold.js';
import { prepareArticle } from './prepare.js';

export function analyze(raws: readonly RawArticle[], options: Partial<AnalyzeOptions> = {}): Analysis {
  const furniture = learnFurniture(raws);
  return fold(
    raws.map((raw) => prepareArticle(raw, furniture)),
    options,
  );
}

/** The page furniture of a batch: every article observed under its source. */
export function learnFurniture(raws: Iterable<RawArticle>): Furniture {
  const furniture = new Furniture();
  for (const raw of raws) furniture.observe(raw);
  return furniture;
}
