/**
 * The summary section of `npm run eval`: ROUGE-1/2/L F1 of the story summary (the engine's
 * `summarise`) against the AllSides editors' roundups of NeuS val, next to a lead and a LexRank
 * baseline computed in the same run on the same inputs.
 * Inputs: each event's three excerpts as three articles of one story, each its own origin (the
 * outlets are independent reports), no alignments; summary length SUMMARY_WORDS.
 * ROUGE: own implementation (rouge.ts), tokens [a-z0-9]+ lower-cased, no stemming (STEMMING), ROUGE-L
 * summary-level LCS (no sentence split).
 */
import { type AnalysedArticle, articleWith, type SynthesisInput, summarise } from '@storyfold/engine';
import type { Section } from '../../report.js';
import { leadSummary, leadWords, lexRankSummary } from './baselines.js';
import { loadEvents, type NeusEvent } from './load-events.js';
import { type RougeScores, rouge } from './rouge.js';

/** The summary length the eval asks for: the roundups' mean length (about 76 words). */
export const SUMMARY_WORDS = 76;
/**
 * ROUGE without stemming: with it off, the lead baseline reproduces the reference figures
 * measured before on val exactly (R1 36.2 / R2 15.6 / RL 23.8; with Porter stemming 37.7 / 16.0 / 24.4).
 */
export const STEMMING = false;

export function eventInput(event: NeusEvent, index = 0): SynthesisInput {
  const articles: AnalysedArticle[] = event.articles.map((article, i) => ({
    ...articleWith({ id: `e${index}a${i}`, body: [article.text], title: article.title || null }),
    origins: [{ origin: `e${index}o${i}`, share: 1 }],
  }));
  return {
    story: {
      id: `e${index}`,
      headline: null,
      articles: articles.map((article) => article.id),
      origins: articles.map((article) => article.origins[0]!.origin),
      independentReports: articles.length,
    },
    articles,
    origins: articles.map((article) => ({
      id: article.origins[0]!.origin,
      label: null,
      articles: [article.id],
    })),
    alignments: [],
  };
}

const texts = (event: NeusEvent): string[] => event.articles.map((article) => article.text);

export type Summariser = (event: NeusEvent, index: number) => string;

export const SUMMARISERS: Record<string, Summariser> = {
  storyfold: (event, index) => summarise(eventInput(event, index), { words: SUMMARY_WORDS }).text,
  lead: (event) => leadWords(texts(event), { words: SUMMARY_WORDS }),
  'lead sentences': (event) => leadSummary(texts(event), { words: SUMMARY_WORDS }),
  lexrank: (event) => lexRankSummary(texts(event), { words: SUMMARY_WORDS }),
};

/** Mean ROUGE F1 (×100) of a summariser over events. */
export function score(
  events: readonly NeusEvent[],
  summariser: Summariser,
): RougeScores & { seconds: number } {
  const total = { rouge1: 0, rouge2: 0, rougeL: 0 };
  const start = performance.now();
  const summaries = events.map((event, i) => summariser(event, i));
  const seconds = (performance.now() - start) / 1000;
  events.forEach((event, i) => {
    const scores = rouge(summaries[i]!, event.reference, STEMMING);
    total.rouge1 += scores.rouge1;
    total.rouge2 += scores.rouge2;
    total.rougeL += scores.rougeL;
  });
  const n = Math.max(1, events.length);
  return {
    rouge1: (100 * total.rouge1) / n,
    rouge2: (100 * total.rouge2) / n,
    rougeL: (100 * total.rougeL) / n,
    seconds,
  };
}

export async function run(split: 'train' | 'val' = 'val'): Promise<Section> {
  const events = loadEvents(split);
  const rows: Record<string, string | number>[] = [];
  const measures: Section['measures'] = [];
  for (const [name, summariser] of Object.entries(SUMMARISERS)) {
    const scores = score(events, summariser);
    rows.push({
      summariser: name,
      'ROUGE-1': scores.rouge1,
      'ROUGE-2': scores.rouge2,
      'ROUGE-L': scores.rougeL,
      seconds: scores.seconds,
    });
    const prefix = name === 'storyfold' ? `summaries.neus.${split}` : `summaries.neus.${split}.${name}`;
    measures.push(
      { name: `${prefix}.rouge1`, value: scores.rouge1 },
      { name: `${prefix}.rouge2`, value: scores.rouge2 },
      { name: `${prefix}.rougeL`, value: scores.rougeL },
    );
  }
  return {
    title: `Story summaries: ROUGE F1 against AllSides roundups (NeuS ${split}, ${events.length} events)`,
    rows,
    measures,
    note:
      `Each event's three excerpts are three articles of one story, each its own origin; summaries of about ${SUMMARY_WORDS} words. ` +
      'ROUGE: own implementation, tokens [a-z0-9]+ lower-cased, no stemming, ROUGE-L as summary-level LCS. ' +
      'lead: the first words of the articles in input order, cut at the word target; ' +
      'lead sentences: the opening sentences of the articles in turn until the target. ' +
      'Reference figures measured before on val: lead R1 36.2 / R2 15.6 / RL 23.8, LexRank R1 35.7 / R2 15.7. Target R1 ≥ 40, R2 ≥ 18.',
  };
}
