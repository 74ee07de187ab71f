/**
 * Speed of the stories stage: articles per second of StoryIndex.add over real texts (the ECB+,
 * NewsWCL50 and MEANTIME articles, each joined with another one to make news-length articles of
 * about 4 KB, repeated with distinct ids to 20,000 articles, so repeats act as copies), end to end
 * and split into its two parts (storyFeatures, which workers can run, and add with precomputed
 * features), next to a naive baseline measured in the same run: each new article compared by TF
 * cosine with every existing story centroid (cost grows with the number of stories), on fewer
 * articles. Numbers on a shared machine are noisy lower bounds.
 */
import { StoryIndex, storyFeatures, tokenize } from '@storyfold/engine';
import { asArticle, loadDataset } from '../eval/clustering.js';
import type { Section } from '../report.js';

const ARTICLES = 20_000;
const NAIVE_ARTICLES = 4_000;
const NAIVE_THRESHOLD = 0.3;

function corpus(count: number) {
  const texts = [
    ...loadDataset('ecbplus_docs.jsonl', () => ''),
    ...loadDataset('newswcl50_docs.jsonl', () => ''),
    ...loadDataset('meantime_docs.jsonl', () => ''),
  ].map((d) => d.article);
  return Array.from({ length: count }, (_, i) => {
    const raw = texts[i % texts.length]!;
    // A second text (a fixed stride away) brings the body to news length, about 4 KB.
    const extra = texts[(i * 7 + 3) % texts.length]!;
    return asArticle({
      ...raw,
      id: `${raw.id}#${Math.floor(i / texts.length)}`,
      text: `${raw.text}\n${extra.text}`,
    });
  });
}

/** The naive single-pass clustering: every article against every story centroid. */
function naiveClustering(texts: readonly string[]): number {
  const centroids: { weights: Map<number, number>; norm: number }[] = [];
  for (const text of texts) {
    const counts = new Map<number, number>();
    for (const hash of tokenize(text).hashes) counts.set(hash, (counts.get(hash) ?? 0) + 1);
    let norm = 0;
    for (const value of counts.values()) norm += value * value;
    norm = Math.sqrt(norm) || 1;
    let best = -1;
    let bestScore = NAIVE_THRESHOLD;
    centroids.forEach((centroid, index) => {
      let dot = 0;
      for (const [hash, value] of counts) dot += value * (centroid.weights.get(hash) ?? 0);
      const score = dot / (norm * centroid.norm);
      if (score >= bestScore) {
        best = index;
        bestScore = score;
      }
    });
    if (best < 0) {
      centroids.push({ weights: new Map(), norm: 0 });
      best = centroids.length - 1;
    }
    const centroid = centroids[best]!;
    for (const [hash, value] of counts)
      centroid.weights.set(hash, (centroid.weights.get(hash) ?? 0) + value / norm);
    let sum = 0;
    for (const value of centroid.weights.values()) sum += value * value;
    centroid.norm = Math.sqrt(sum);
  }
  return centroids.length;
}

export async function run(): Promise<Section> {
  const articles = corpus(ARTICLES);
  const index = new StoryIndex();
  const start = performance.now();
  for (const article of articles) index.add(article);
  const seconds = (performance.now() - start) / 1000;
  const stories = index.stories().length;

  const featuresStart = performance.now();
  const features = articles.map((article) => storyFeatures(article));
  const featuresSeconds = (performance.now() - featuresStart) / 1000;
  const precomputed = new StoryIndex();
  const addStart = performance.now();
  articles.forEach((article, i) => {
    precomputed.add(article, { features: features[i]! });
  });
  const addSeconds = (performance.now() - addStart) / 1000;
  const kilobytes = articles.reduce((sum, a) => sum + a.body.join('\n').length, 0) / ARTICLES / 1024;

  const naiveTexts = articles.slice(0, NAIVE_ARTICLES).map((a) => `${a.title ?? ''}\n${a.body.join('\n')}`);
  const naiveStart = performance.now();
  const naiveStories = naiveClustering(naiveTexts);
  const naiveSeconds = (performance.now() - naiveStart) / 1000;

  const rate = ARTICLES / seconds;
  const naiveRate = NAIVE_ARTICLES / naiveSeconds;
  return {
    title: 'Stories: StoryIndex.add throughput',
    rows: [
      {
        method: 'StoryIndex (inverted index over story keys)',
        articles: ARTICLES,
        stories,
        'articles/s': rate,
      },
      {
        method: 'storyFeatures alone (parallelisable)',
        articles: ARTICLES,
        stories: '',
        'articles/s': ARTICLES / featuresSeconds,
      },
      {
        method: 'StoryIndex.add with precomputed features',
        articles: ARTICLES,
        stories: precomputed.stories().length,
        'articles/s': ARTICLES / addSeconds,
      },
      {
        method: 'naive: every story centroid per article',
        articles: NAIVE_ARTICLES,
        stories: naiveStories,
        'articles/s': naiveRate,
      },
    ],
    measures: [
      { name: 'stories.add.articles_per_second', value: rate, unit: 'articles/s' },
      { name: 'stories.features.articles_per_second', value: ARTICLES / featuresSeconds, unit: 'articles/s' },
      {
        name: 'stories.add_precomputed.articles_per_second',
        value: ARTICLES / addSeconds,
        unit: 'articles/s',
      },
      { name: 'stories.naive.articles_per_second', value: naiveRate, unit: 'articles/s' },
    ],
    note:
      `Real texts from ECB+, NewsWCL50 and MEANTIME, two per article (mean ${kilobytes.toFixed(1)} KB), repeated with distinct ids; one core, ` +
      'shared machine: noisy lower bounds. Features (word scan, entities, stemming) are included in the StoryIndex time. ' +
      `The naive baseline runs on the first ${NAIVE_ARTICLES.toLocaleString('en-US')} articles only, because its cost grows with the number of stories.`,
  };
}
