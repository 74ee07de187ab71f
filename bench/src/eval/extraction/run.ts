/**
 * The extraction section of `npm run eval`: Readability.js over jsdom (its own quality),
 * Readability.js over linkedom, and Storyfold's `extractHtml`, on the same pages in the same run.
 * - Readability's 130 test pages: mean token precision/recall/F1 of the body against the text of
 *   expected.html (lower-cased words, bag of tokens with counts; token-f1.ts), and metadata
 *   accuracy per field (metadata-match.ts).
 * - trafilatura's 990 pages: share of `with` snippets found, of `without` snippets absent, and
 *   precision/recall/F1/accuracy over snippets summed over pages, as trafilatura's own evaluation
 *   defines them (snippets.ts); metadata accuracy per labelled field.
 * `gate()` scores Storyfold alone on all Readability pages and on the fixed trafilatura subset,
 * for the quality gate's time budget.
 * Cost: about 0.05 s per page for Storyfold and for Readability over linkedom, ~0.3 s for jsdom
 * (the whole section takes several minutes on a shared 2-core machine).
 */
import type { Measure, Section } from '../../report.js';
import { GATE_STRIDE } from './defaults.js';
import { EXTRACTOR_NAMES, type ExtractorName } from './extractors.js';
import { loadReadabilityCases, loadTrafilaturaCases } from './load-pages.js';
import { METADATA_FIELDS } from './metadata-match.js';
import { type ReadabilityScore, scoreReadability, scoreTrafilatura, type TrafilaturaScore } from './score.js';

interface ExtractorScores {
  readability: ReadabilityScore;
  trafilatura: TrafilaturaScore;
}

/** Measure-name suffix of each extractor; Storyfold's measures have none (the gate reads them). */
const SUFFIX: Record<ExtractorName, string> = {
  'readability/jsdom': '.readability_jsdom',
  'readability/linkedom': '.readability_linkedom',
  storyfold: '',
};

function measuresOf(name: ExtractorName, scores: ExtractorScores): Measure[] {
  const s = SUFFIX[name];
  const { readability: r, trafilatura: t } = scores;
  const out: Measure[] = [
    { name: `extraction.readability.token.precision${s}`, value: r.precision },
    { name: `extraction.readability.token.recall${s}`, value: r.recall },
    { name: `extraction.readability.token.f1${s}`, value: r.f1 },
    { name: `extraction.trafilatura.with_found${s}`, value: t.withFound },
    { name: `extraction.trafilatura.without_absent${s}`, value: t.withoutAbsent },
    { name: `extraction.trafilatura.snippet.precision${s}`, value: t.precision },
    { name: `extraction.trafilatura.snippet.recall${s}`, value: t.recall },
    { name: `extraction.trafilatura.snippet.f1${s}`, value: t.f1 },
    { name: `extraction.trafilatura.snippet.accuracy${s}`, value: t.accuracy },
    { name: `extraction.trafilatura.gate.snippet.f1${s}`, value: t.gate.f1 },
  ];
  for (const field of METADATA_FIELDS) {
    const rf = r.metadata[field];
    if (rf) out.push({ name: `extraction.readability.metadata.${field}${s}`, value: rf.accuracy });
    const tf = t.metadata[field];
    if (tf) out.push({ name: `extraction.trafilatura.metadata.${field}${s}`, value: tf.accuracy });
  }
  return out;
}

function rows(all: Map<ExtractorName, ExtractorScores>): Record<string, string | number>[] {
  const names = [...all.keys()];
  const row = (
    measure: string,
    pick: (s: ExtractorScores) => number | string,
  ): Record<string, string | number> => {
    const out: Record<string, string | number> = { measure };
    for (const name of names) out[name] = pick(all.get(name)!);
    return out;
  };
  const ofField = (
    scores: ExtractorScores,
    dataset: 'readability' | 'trafilatura',
    field: (typeof METADATA_FIELDS)[number],
  ): string => {
    const f = scores[dataset].metadata[field];
    return f ? `${f.accuracy.toFixed(3)} (${f.matched}/${f.labelled})` : '';
  };
  const out = [
    row('readability: token precision', (s) => s.readability.precision),
    row('readability: token recall', (s) => s.readability.recall),
    row('readability: token F1', (s) => s.readability.f1),
  ];
  for (const field of METADATA_FIELDS)
    out.push(row(`readability: ${field}`, (s) => ofField(s, 'readability', field)));
  out.push(
    row('trafilatura: with found', (s) => s.trafilatura.withFound),
    row('trafilatura: without absent', (s) => s.trafilatura.withoutAbsent),
    row('trafilatura: snippet precision', (s) => s.trafilatura.precision),
    row('trafilatura: snippet recall', (s) => s.trafilatura.recall),
    row('trafilatura: snippet F1', (s) => s.trafilatura.f1),
    row('trafilatura: snippet accuracy', (s) => s.trafilatura.accuracy),
    row(`trafilatura: snippet F1, gate subset (1 in ${GATE_STRIDE})`, (s) => s.trafilatura.gate.f1),
  );
  for (const field of METADATA_FIELDS) {
    if (field === 'lang') continue;
    out.push(row(`trafilatura: ${field}`, (s) => ofField(s, 'trafilatura', field)));
  }
  out.push(row('seconds (extraction only)', (s) => (s.readability.ms + s.trafilatura.ms) / 1000));
  return out;
}

const NOTE = [
  'Token F1: both texts lower-cased and split on non-letters/digits, bag of tokens with counts,',
  'mean over the 130 pages; Readability output HTML is turned into text by the same block walk as ours.',
  'Snippets: case-sensitive substring search after collapsing whitespace, counts summed over 990 pages;',
  'precision = tp/(tp+fp), recall = with found = tp/(tp+fn), F1 = their harmonic mean (trafilatura tests/comparison.py).',
  'Metadata: NFC, whitespace collapsed, lower-cased, typographic quotes folded; titles equal up to one site-name',
  'affix set off by a spaced separator; bylines without a lead word (by, par, von…) and with one name separator',
  '(, ; and und et y &); dates equal as instants, or by calendar day when a side has no zone; scored where labelled.',
  'readability/jsdom = Readability.js with default options over jsdom (its reference DOM; a peer only). On',
  `trafilatura it runs on the gate subset only (1 page in ${GATE_STRIDE}, jsdom runs out of memory over all 990):`,
  'its trafilatura rows are subset figures; compare the three on the "gate subset" row.',
].join('\n');

export async function run(names: readonly ExtractorName[] = EXTRACTOR_NAMES): Promise<Section> {
  const readability = loadReadabilityCases();
  const trafilatura = loadTrafilaturaCases();
  const subset = trafilatura.filter((page) => page.index % GATE_STRIDE === 0);
  const all = new Map<ExtractorName, ExtractorScores>();
  for (const name of names) {
    all.set(name, {
      readability: scoreReadability(name, readability),
      // jsdom's heap grows past 4 GB over the 990 pages (out of memory); it gets the fixed subset.
      trafilatura: scoreTrafilatura(name, name === 'readability/jsdom' ? subset : trafilatura),
    });
  }
  return {
    title:
      'Extraction: main content and metadata of real pages (Readability test pages, trafilatura eval set)',
    rows: rows(all),
    measures: [...all].flatMap(([name, scores]) => measuresOf(name, scores)),
    note: NOTE,
  };
}

/**
 * The quality gate's measures: Storyfold's token F1 on the Readability pages and its snippet F1 on
 * the fixed trafilatura subset, named as in the full section.
 */
export async function gate(): Promise<Section> {
  const readability = scoreReadability('storyfold', loadReadabilityCases());
  const trafilatura = scoreTrafilatura('storyfold', loadTrafilaturaCases(GATE_STRIDE));
  const measures: Measure[] = [
    { name: 'extraction.readability.token.f1', value: readability.f1 },
    { name: 'extraction.trafilatura.gate.snippet.f1', value: trafilatura.gate.f1 },
  ];
  return {
    title: 'Extraction (quality gate subset)',
    rows: measures.map((m) => ({ measure: m.name, storyfold: m.value })),
    measures,
  };
}
