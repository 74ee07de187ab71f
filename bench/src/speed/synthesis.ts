/**
 * Speed of story synthesis: milliseconds per story of 10 articles for `synthesise` (headline,
 * summary, facts, additions, discrepancies, entities, timeline), target ≤ 5 ms.
 * Stories: 100 groups of 10 consecutive articles of the speed corpus (../corpus/build-corpus.ts:
 * real text, about 4 KB each, 30% copies with page furniture and edits), each group analysed by
 * the engine (`analyze`) and then taken as one story with all its origins and alignments, so the
 * input has the copies and passages a real 10-article story has.
 * Baseline, same run: `analyze` of the same 10 articles (what folding them costs), and the floor
 * of any synthesis (splitting the bodies into sentences and tokenising them). Each part is also
 * timed on its own (rows "part: …"), so that the table says where the time goes.
 * Numbers on a shared machine are noisy lower bounds.
 */
import {
  type Analysis,
  additions,
  analyze,
  bodyText,
  discrepancies,
  entities,
  factGroups,
  headline,
  recogniseEntities,
  type SynthesisInput,
  sentenceUnits,
  statedUnits,
  summaryOf,
  synthesise,
  termWeights,
  timeline,
  titlesOf,
} from '@storyfold/engine';
import { corpusArticles } from '../corpus/build-corpus.js';
import type { Section } from '../report.js';

const STORIES = 100;
const ARTICLES_PER_STORY = 10;
const CORPUS_SEED = 20240101;
/** Warm-up rounds over all stories before timing (JIT). */
const WARMUP = 2;

/** The parts of synthesis timed one by one (each after the ones before it, as synthesise runs them). */
const PART_NAMES = [
  'units (sentences, terms, credits)',
  'facts (term weights, fact groups)',
  'headline',
  'summary',
  'additions (with links between reports)',
  'entities (recognition)',
  'discrepancies',
  'timeline',
] as const;
type PartName = (typeof PART_NAMES)[number];

function asOneStory(analysis: Analysis, id: string): SynthesisInput {
  return {
    story: {
      id,
      headline: null,
      articles: analysis.articles.map((article) => article.id),
      origins: analysis.origins.map((origin) => origin.id),
      independentReports: analysis.origins.length,
    },
    articles: analysis.articles,
    origins: analysis.origins,
    alignments: analysis.alignments,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function run(): Promise<Section> {
  const raws = [...corpusArticles(STORIES * ARTICLES_PER_STORY, CORPUS_SEED)];
  const inputs: SynthesisInput[] = [];
  const analyzeMs: number[] = [];
  for (let i = 0; i < STORIES; i++) {
    const group = raws.slice(i * ARTICLES_PER_STORY, (i + 1) * ARTICLES_PER_STORY);
    const start = performance.now();
    const analysis = analyze(group);
    analyzeMs.push(performance.now() - start);
    inputs.push(asOneStory(analysis, `story-${i}`));
  }
  // Each measurement gets a fresh copy of the input object: parts of synthesis cache their work
  // per input object, and a cached run would measure nothing.
  for (let round = 0; round < WARMUP; round++) for (const input of inputs) synthesise({ ...input });
  const synthesisMs: number[] = [];
  const summaryMs: number[] = [];
  const floorMs: number[] = [];
  const partMs = Object.fromEntries(PART_NAMES.map((name) => [name, [] as number[]])) as Record<
    PartName,
    number[]
  >;
  let characters = 0;
  for (const input of inputs) {
    let start = performance.now();
    synthesise({ ...input });
    synthesisMs.push(performance.now() - start);
    start = performance.now();
    const copy = { ...input };
    const units = sentenceUnits(copy);
    summaryOf(titlesOf(copy), units, factGroups(copy, units));
    headline(copy.articles);
    summaryMs.push(performance.now() - start);
    start = performance.now();
    sentenceUnits({ ...input });
    floorMs.push(performance.now() - start);
    for (const article of input.articles) characters += bodyText(article).length;
    // Each part on its own, in synthesise's order, on one fresh copy: a part's time excludes
    // what earlier parts computed and cached for the same input.
    const parts = { ...input };
    let lap = performance.now();
    const time = (name: PartName, run: () => unknown): void => {
      run();
      const now = performance.now();
      partMs[name].push(now - lap);
      lap = now;
    };
    let partUnits: ReturnType<typeof sentenceUnits> = [];
    let groups: ReturnType<typeof factGroups> = [];
    time('units (sentences, terms, credits)', () => {
      partUnits = sentenceUnits(parts);
    });
    time('facts (term weights, fact groups)', () => {
      termWeights(partUnits);
      groups = factGroups(parts, partUnits);
    });
    time('headline', () => headline(parts.articles));
    time('summary', () => summaryOf(titlesOf(parts), partUnits, groups));
    time('additions (with links between reports)', () => {
      statedUnits(parts);
      additions(parts, groups);
    });
    time('entities (recognition)', () => {
      recogniseEntities(parts);
      entities(parts);
    });
    time('discrepancies', () => discrepancies(parts));
    time('timeline', () => timeline(parts));
  }
  const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  const p95 = (values: number[]): number =>
    [...values].sort((x, y) => x - y)[Math.floor(values.length * 0.95)] ?? 0;
  const rows = [
    {
      measure: 'synthesise (all parts)',
      'mean ms': mean(synthesisMs),
      'median ms': median(synthesisMs),
      'p95 ms': p95(synthesisMs),
    },
    {
      measure: 'of which headline + summary + facts',
      'mean ms': mean(summaryMs),
      'median ms': median(summaryMs),
      'p95 ms': p95(summaryMs),
    },
    ...PART_NAMES.map((name) => ({
      measure: `part: ${name}`,
      'mean ms': mean(partMs[name]),
      'median ms': median(partMs[name]),
      'p95 ms': p95(partMs[name]),
    })),
    {
      measure: 'floor: sentences + tokens',
      'mean ms': mean(floorMs),
      'median ms': median(floorMs),
      'p95 ms': p95(floorMs),
    },
    {
      measure: 'baseline: analyze (fold)',
      'mean ms': mean(analyzeMs),
      'median ms': median(analyzeMs),
      'p95 ms': p95(analyzeMs),
    },
  ];
  return {
    title: `Story synthesis: ms per story of ${ARTICLES_PER_STORY} articles (${STORIES} stories)`,
    rows,
    measures: [
      { name: 'synthesis.ms_per_story.mean', value: mean(synthesisMs), unit: 'ms' },
      { name: 'synthesis.ms_per_story.p95', value: p95(synthesisMs), unit: 'ms' },
      { name: 'synthesis.summary_facts.ms_per_story.mean', value: mean(summaryMs), unit: 'ms' },
    ],
    note:
      `Stories: ${STORIES} groups of ${ARTICLES_PER_STORY} consecutive speed-corpus articles (about ` +
      `${Math.round(characters / inputs.length / ARTICLES_PER_STORY)} body characters each), analysed and taken as one story ` +
      'with all their origins and alignments. Target: synthesis ≤ 5 ms per story. Shared machine: noisy lower bounds.',
  };
}
