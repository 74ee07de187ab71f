/**
 * Quality of the stories stage: online story clustering (StoryIndex) scored with B-cubed and
 * pairwise precision/recall/F1 against the event labels of ECB+ and NewsWCL50, next to a baseline
 * computed in the same run (TF-IDF average-linkage clustering with an oracle threshold, the best of
 * a sweep chosen per dataset against the labels). Also: the same scores with the input shuffled
 * (fixed seed), and on MEANTIME how many English articles share a story with one of their
 * Spanish, Italian or Dutch translations.
 * The datasets are tokenised ("did n't", " ,"); texts are detokenised lightly before use. ECB+ and
 * MEANTIME carry no outlet names or dates, so the time channel is idle here.
 */

import { readFileSync } from 'node:fs';
import { type Article, type RawArticle, StoryIndex, shuffled } from '@storyfold/engine';
import type { Measure, Section } from '../report.js';
import { type ClusteringScores, labelsOf, scoreClustering } from './bcubed.js';
import { detokenise } from './copies/detokenise.js';
import { averageLinkage, cutAt } from './tfidf-agglomerative.js';

const DATA = '../shared/datasets/clustering';
const SHUFFLE_SEED = 20230228;
/** Thresholds swept for the baseline's oracle cut. */
const SWEEP = Array.from({ length: 95 }, (_, i) => 0.02 + i * 0.01);

export type Cluster = (articles: RawArticle[]) => string[][];

interface LabelledArticle {
  article: RawArticle;
  label: string;
}

/** Loads a clustering dataset as raw articles with their gold label. */
export function loadDataset(
  file: string,
  label: (row: Record<string, unknown>) => string,
): LabelledArticle[] {
  const lines = readFileSync(`${DATA}/${file}`, 'utf8').split('\n').filter(Boolean);
  return lines.map((line) => {
    const row = JSON.parse(line) as Record<string, unknown>;
    const text = detokenise(String(row.full_text ?? ''));
    const title = typeof row.title === 'string' ? detokenise(row.title) : undefined;
    const lang = typeof row.lang === 'string' ? `:${row.lang}` : '';
    return { article: { id: `${String(row.doc_id)}${lang}`, text, title }, label: label(row) };
  });
}

/** A raw article as the stories stage sees it: paragraphs on "\n", nothing cleaned. */
export function asArticle(raw: RawArticle): Article {
  return {
    id: raw.id,
    title: raw.title ?? null,
    byline: raw.byline ?? null,
    credit: null,
    published: raw.published ?? null,
    dateline: null,
    source: raw.source ?? null,
    url: raw.url ?? null,
    body: raw.text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
    boilerplate: [],
  };
}

/** The default clustering: one StoryIndex fed the articles in the given order. */
export function storyIndexClustering(articles: RawArticle[]): string[][] {
  const index = new StoryIndex();
  for (const raw of articles) index.add(asArticle(raw));
  return index.stories().map((story) => story.articles);
}

function score(data: readonly LabelledArticle[], clusters: string[][]): ClusteringScores {
  const ids = data.map((d) => d.article.id);
  return scoreClustering(
    labelsOf(clusters, ids),
    data.map((d) => d.label),
  );
}

function baseline(data: readonly LabelledArticle[]): { scores: ClusteringScores; threshold: number } {
  const texts = data.map((d) => `${d.article.title ?? ''}\n${d.article.text}`);
  const merges = averageLinkage(texts);
  const gold = data.map((d) => d.label);
  let best: { scores: ClusteringScores; threshold: number } | undefined;
  for (const threshold of SWEEP) {
    const labels = cutAt(merges, data.length, threshold).map(String);
    const scores = scoreClustering(labels, gold);
    if (best === undefined || scores.bcubed.f1 > best.scores.bcubed.f1) best = { scores, threshold };
  }
  return best!;
}

function row(dataset: string, method: string, s: ClusteringScores): Record<string, string | number> {
  return {
    dataset,
    method,
    'B3 P': s.bcubed.precision,
    'B3 R': s.bcubed.recall,
    'B3 F1': s.bcubed.f1,
    'pair P': s.pairwise.precision,
    'pair R': s.pairwise.recall,
    'pair F1': s.pairwise.f1,
    stories: s.clusters,
    events: s.classes,
  };
}

function measures(prefix: string, s: ClusteringScores): Measure[] {
  return [
    { name: `${prefix}.bcubed.precision`, value: s.bcubed.precision },
    { name: `${prefix}.bcubed.recall`, value: s.bcubed.recall },
    { name: `${prefix}.bcubed.f1`, value: s.bcubed.f1 },
    { name: `${prefix}.pairwise.precision`, value: s.pairwise.precision },
    { name: `${prefix}.pairwise.recall`, value: s.pairwise.recall },
    { name: `${prefix}.pairwise.f1`, value: s.pairwise.f1 },
  ];
}

export async function run(cluster: Cluster = storyIndexClustering): Promise<Section> {
  const rows: Record<string, string | number>[] = [];
  const out: Measure[] = [];
  const notes: string[] = [];
  const datasets = [
    { name: 'ecbplus', file: 'ecbplus_docs.jsonl' },
    { name: 'newswcl50', file: 'newswcl50_docs.jsonl' },
  ];
  for (const { name, file } of datasets) {
    const data = loadDataset(file, (r) => String(r.event_id));
    const articles = data.map((d) => d.article);
    const ours = score(data, cluster(articles));
    const shuffledScores = score(data, cluster(shuffled(articles, SHUFFLE_SEED)));
    const base = baseline(data);
    rows.push(row(name, 'stories (file order)', ours));
    rows.push(row(name, `stories (shuffled, seed ${SHUFFLE_SEED})`, shuffledScores));
    rows.push(row(name, `baseline TF-IDF avg-link, oracle t=${base.threshold.toFixed(2)}`, base.scores));
    out.push(...measures(`clustering.${name}`, ours));
    out.push(...measures(`clustering.${name}.shuffled`, shuffledScores));
    out.push(...measures(`clustering.${name}.baseline`, base.scores));
    out.push({ name: `clustering.${name}.baseline.threshold`, value: base.threshold });
  }

  const meantime = loadDataset('meantime_docs.jsonl', (r) => String(r.doc_id));
  const clusters = cluster(meantime.map((d) => d.article));
  const translated = translationsJoined(clusters);
  const meantimeScores = score(meantime, clusters);
  rows.push(row('meantime (label = article across 4 languages)', 'stories (file order)', meantimeScores));
  out.push({ name: 'clustering.meantime.english_with_translation', value: translated.joined });
  out.push({ name: 'clustering.meantime.english_articles', value: translated.english });
  out.push({ name: 'clustering.meantime.bcubed.f1', value: meantimeScores.bcubed.f1 });
  notes.push(
    `MEANTIME: ${translated.joined} of ${translated.english} English articles share a story with at least one of their es/it/nl translations (stretch goal, no threshold).`,
    'B3 = B-cubed (per-article precision/recall, averaged); pair = pairwise over article pairs. The baseline sees all articles at once and its threshold is picked per dataset against the labels (an oracle); the stories stage reads each article once, in order, with one fixed configuration.',
  );
  return { title: 'Stories: online clustering quality', rows, measures: out, note: notes.join('\n') };
}

/** English MEANTIME articles (ids "<doc>:en") whose story holds the same doc in another language. */
function translationsJoined(clusters: readonly (readonly string[])[]): { joined: number; english: number } {
  let joined = 0;
  let english = 0;
  for (const story of clusters) {
    const docs = new Map<string, Set<string>>();
    for (const id of story) {
      const [doc, lang] = id.split(':') as [string, string];
      let langs = docs.get(doc);
      if (langs === undefined) {
        langs = new Set();
        docs.set(doc, langs);
      }
      langs.add(lang);
    }
    for (const langs of docs.values()) {
      if (!langs.has('en')) continue;
      english++;
      if (langs.size > 1) joined++;
    }
  }
  return { joined, english };
}
