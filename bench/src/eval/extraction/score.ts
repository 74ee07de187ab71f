/**
 * Scores one extractor on both datasets: mean token precision/recall/F1 over the Readability
 * pages (token-f1.ts), snippet counts summed over the trafilatura pages (snippets.ts), and
 * metadata accuracy per field on each (metadata-match.ts): matches / labelled pages.
 * Cost: one extraction per page plus linear scoring.
 */
import { GATE_STRIDE, READABILITY_TEST_URL } from './defaults.js';
import { type Extraction, type ExtractorName, extractWith, htmlText } from './extractors.js';
import type { ExpectedMetadata, ReadabilityCase, TrafilaturaCase } from './load-pages.js';
import { fieldMatches, METADATA_FIELDS, type MetadataField } from './metadata-match.js';
import { countSnippets, emptyCounts, type SnippetScore, snippetScore } from './snippets.js';
import { type TokenScore, tokenScore } from './token-f1.js';

export interface FieldAccuracy {
  matched: number;
  labelled: number;
  accuracy: number;
}

export type MetadataAccuracy = Partial<Record<MetadataField, FieldAccuracy>>;

export interface ReadabilityScore extends TokenScore {
  pages: number;
  metadata: MetadataAccuracy;
  /** Per-case F1, for finding what a change broke. */
  perCase: Map<string, number>;
  ms: number;
}

export interface TrafilaturaScore extends SnippetScore {
  pages: number;
  /** The same measures on the quality gate's fixed subset (every GATE_STRIDE-th page of the JSON). */
  gate: SnippetScore;
  metadata: MetadataAccuracy;
  ms: number;
}

class MetadataTally {
  private readonly matched = new Map<MetadataField, number>();
  private readonly labelled = new Map<MetadataField, number>();

  add(got: Extraction, want: ExpectedMetadata, fields: readonly MetadataField[]): void {
    for (const field of fields) {
      const match = fieldMatches(field, got[field], want[field]);
      if (match === undefined) continue;
      this.labelled.set(field, (this.labelled.get(field) ?? 0) + 1);
      if (match) this.matched.set(field, (this.matched.get(field) ?? 0) + 1);
    }
  }

  result(): MetadataAccuracy {
    const out: MetadataAccuracy = {};
    for (const [field, labelled] of this.labelled) {
      const matched = this.matched.get(field) ?? 0;
      out[field] = { matched, labelled, accuracy: matched / labelled };
    }
    return out;
  }
}

const expectedTexts = new WeakMap<ReadabilityCase, string>();
function expectedText(page: ReadabilityCase): string {
  let text = expectedTexts.get(page);
  if (text === undefined) {
    text = htmlText(page.expectedHtml);
    expectedTexts.set(page, text);
  }
  return text;
}

export function scoreReadability(name: ExtractorName, cases: readonly ReadabilityCase[]): ReadabilityScore {
  let precision = 0;
  let recall = 0;
  let f1 = 0;
  let ms = 0;
  const tally = new MetadataTally();
  const perCase = new Map<string, number>();
  for (const page of cases) {
    const start = performance.now();
    const got = extractWith(name, page.source, READABILITY_TEST_URL);
    ms += performance.now() - start;
    const score = tokenScore(got.text, expectedText(page));
    precision += score.precision;
    recall += score.recall;
    f1 += score.f1;
    perCase.set(page.name, score.f1);
    tally.add(got, page.metadata, METADATA_FIELDS);
  }
  const n = Math.max(1, cases.length);
  return {
    pages: cases.length,
    precision: precision / n,
    recall: recall / n,
    f1: f1 / n,
    metadata: tally.result(),
    perCase,
    ms,
  };
}

/** trafilatura labels title, author, date and (rarely) site name; it has no language label. */
const TRAFILATURA_FIELDS: readonly MetadataField[] = ['title', 'byline', 'published', 'siteName'];

export function scoreTrafilatura(name: ExtractorName, cases: readonly TrafilaturaCase[]): TrafilaturaScore {
  const counts = emptyCounts();
  const gateCounts = emptyCounts();
  const tally = new MetadataTally();
  let ms = 0;
  for (const page of cases) {
    const start = performance.now();
    const got = extractWith(name, page.html, page.url);
    ms += performance.now() - start;
    countSnippets(got.text, page.with, page.without, counts);
    if (page.index % GATE_STRIDE === 0) countSnippets(got.text, page.with, page.without, gateCounts);
    tally.add(got, page.metadata, TRAFILATURA_FIELDS);
  }
  return {
    pages: cases.length,
    ...snippetScore(counts),
    gate: snippetScore(gateCounts),
    metadata: tally.result(),
    ms,
  };
}
