import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Article, articleWith } from '../article.js';
import { shuffled } from '../random.js';
import { storyFeatures } from './features.js';
import { StoryIndex } from './story-index.js';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '../../../../examples/seeds');

function article(id: string, title: string, body: string[], published: string | null = null): Article {
  return articleWith({ id, title, body, published });
}

/** A seed file as raw paragraphs: first line the title, the rest the body (nothing cleaned). */
function seed(file: string): Article {
  const lines = readFileSync(join(SEEDS, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return article(file, lines[0] ?? '', lines.slice(1));
}

/** Small synthetic corpus: three events, two of them on one topic (hard negatives). */
const EVENTS: Record<string, string[]> = {
  quakeA: [
    'A magnitude 6.1 earthquake struck near Lake Tahoe, California, on Tuesday, killing 3 people.',
    'The 6.1 quake near Lake Tahoe damaged homes in Truckee and killed 3 people, California officials said.',
    'Rescue crews in Truckee searched rubble after the Lake Tahoe earthquake of magnitude 6.1.',
    'Governor Gavin Newsom visited Truckee after the 6.1 Lake Tahoe quake that killed 3 people.',
  ],
  quakeB: [
    'A magnitude 7.4 earthquake hit Oaxaca, Mexico, killing 14 people and damaging hospitals.',
    'The 7.4 quake in Oaxaca left 14 people dead, Mexican President Andrés Obrador said.',
    'Hospitals in Oaxaca treated hundreds after the 7.4 earthquake that killed 14 people in Mexico.',
    'Mexico counted 14 dead after the Oaxaca earthquake of magnitude 7.4, Obrador said.',
  ],
  deal: [
    'Oracle agreed to buy Cerner for $28.3 billion to expand into health records.',
    'The $28.3 billion Cerner acquisition by Oracle is its largest ever, Larry Ellison said.',
    'Cerner shareholders welcomed the Oracle offer of $28.3 billion; Ellison praised the deal.',
    'Oracle will fold Cerner health records into its cloud after the $28.3 billion purchase.',
  ],
};

function corpus(): { article: Article; event: string }[] {
  const out: { article: Article; event: string }[] = [];
  for (const [event, texts] of Object.entries(EVENTS)) {
    texts.forEach((text, i) => {
      const sentences = text.split(/(?<=[.;])\s+/);
      out.push({ article: article(`${event}-${i}`, sentences[0] ?? text, [text]), event });
    });
  }
  return out;
}

/** Share of same-story pairs that are same-event pairs, and of same-event pairs kept together. */
function pairScores(index: StoryIndex, events: Map<string, string>): { precision: number; recall: number } {
  const ids = [...events.keys()];
  let together = 0;
  let same = 0;
  let both = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i]!;
      const b = ids[j]!;
      const t = index.storyOf(a) === index.storyOf(b);
      const s = events.get(a) === events.get(b);
      if (t) together++;
      if (s) same++;
      if (t && s) both++;
    }
  }
  return { precision: together === 0 ? 1 : both / together, recall: same === 0 ? 1 : both / same };
}

describe('StoryIndex', () => {
  it('folds the five seed articles (raw paragraphs) into one story', () => {
    const files = readdirSync(SEEDS)
      .filter((file) => file.endsWith('.txt'))
      .sort();
    expect(files).toHaveLength(5);
    const index = new StoryIndex();
    const stories = new Set(files.map((file) => index.add(seed(file))));
    expect(stories.size).toBe(1);
    expect(index.stories()).toHaveLength(1);
    expect(index.stories()[0]!.articles).toEqual(files);
  });

  it('never mixes two earthquakes and an acquisition (one-sentence articles: recall is partial)', () => {
    const index = new StoryIndex();
    const events = new Map<string, string>();
    for (const { article: a, event } of corpus()) {
      index.add(a);
      events.set(a.id, event);
    }
    const scores = pairScores(index, events);
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('keeps quality, one story per article and stable ids under any order (seeded)', () => {
    const items = corpus();
    const events = new Map(items.map((item) => [item.article.id, item.event]));
    for (const seedValue of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const index = new StoryIndex();
      const seen = new Map<string, string>();
      for (const { article: a } of shuffled(items, seedValue)) {
        const story = index.add(a);
        // Ids are stable: the story of every earlier article keeps its id as articles arrive.
        for (const [id, storyId] of seen) {
          if (index.storyOf(id) !== storyId) expect(index.stories().map((s) => s.id)).not.toContain(storyId);
        }
        seen.set(a.id, story);
        for (const [id] of seen) seen.set(id, index.storyOf(id)!);
      }
      const all = index.stories().flatMap((story) => story.articles);
      expect(all.sort()).toEqual([...events.keys()].sort());
      const scores = pairScores(index, events);
      expect(scores.precision).toBeGreaterThanOrEqual(0.9);
      expect(scores.recall).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('keeps two earthquakes in different places apart, in either order', () => {
    const quakes = corpus().filter((item) => item.event.startsWith('quake'));
    for (const items of [quakes, [...quakes].reverse()]) {
      const index = new StoryIndex();
      for (const { article: a } of items) index.add(a);
      for (const story of index.stories()) {
        const events = new Set(story.articles.map((id) => id.split('-')[0]));
        expect(events.size).toBe(1);
      }
    }
  });

  it('gives the same stories from precomputed, structured-cloned features', () => {
    const items = shuffled(corpus(), 3);
    const direct = new StoryIndex();
    const given = new StoryIndex();
    for (const { article: a } of items) {
      const features = structuredClone(storyFeatures(a));
      expect(given.add(a, { features })).toBe(direct.add(a));
    }
    expect(given.stories()).toEqual(direct.stories());
  });

  it('gives a story the id of its first article and returns it from add and storyOf', () => {
    const index = new StoryIndex();
    const [first, second] = corpus();
    expect(index.add(first!.article)).toBe(first!.article.id);
    expect(index.add(second!.article)).toBe(first!.article.id);
    expect(index.storyOf(second!.article.id)).toBe(first!.article.id);
    expect(index.storyOf('never-added')).toBeUndefined();
  });

  it('puts a linked article in the story of its copies, whatever its text', () => {
    const index = new StoryIndex();
    const items = corpus();
    for (const { article: a } of items) index.add(a);
    const story = index.add(article('unrelated', 'Cats', ['Cats sleep most of the day.']), {
      links: ['deal-0', 'deal-1', 'quakeA-0'],
    });
    expect(story).toBe(index.storyOf('deal-0'));
  });

  it('penalises articles far apart in time', () => {
    const index = new StoryIndex();
    const [a, b] = EVENTS.deal!;
    index.add(article('x', 'Oracle buys Cerner', [a!], '2021-12-20'));
    const near = new StoryIndex();
    near.add(article('x', 'Oracle buys Cerner', [a!], '2021-12-20'));
    expect(near.add(article('y', 'Oracle buys Cerner', [b!], '2021-12-21'))).toBe('x');
    expect(index.add(article('y', 'Oracle buys Cerner', [b!], '2023-06-01'))).toBe('y');
  });

  it('joins a short article to the story member it matches, however long the others are', () => {
    const background = [
      'Oracle agreed to buy Cerner for $28.3 billion to expand into health records.',
      'A magnitude 7.4 earthquake hit Oaxaca, Mexico, killing 14 people and damaging hospitals.',
      'The central bank raised interest rates by a quarter point on Wednesday.',
      'Floods in Bavaria forced thousands from their homes as the Danube rose.',
    ];
    const first = [
      'A magnitude 6.1 earthquake struck near Lake Tahoe, California, on Tuesday, killing 3 people.',
      'Buildings in Truckee collapsed and power lines fell across Interstate 80, closing the highway for hours.',
      'Seismologists at the United States Geological Survey said the fault had been quiet for a century.',
      'Schools in Nevada County closed on Wednesday while engineers inspected bridges and dams.',
      'Residents described dishes flying from shelves and chimneys crashing into gardens.',
    ];
    const second = [
      'The magnitude 6.1 earthquake near Lake Tahoe, California, killed 3 people in Truckee on Tuesday.',
      'Governor Gavin Newsom declared an emergency in Nevada County after the Lake Tahoe earthquake.',
      'The Red Cross opened shelters in Reno and Sacramento for families whose homes were unsafe.',
      'Insurers expect claims above 400 million dollars, analysts at Moody said on Thursday.',
      'Aftershocks up to magnitude 4.2 rattled Truckee overnight, keeping residents outdoors.',
      'Casinos in Stateline reopened after inspections found no structural damage.',
    ];
    const brief = 'The Red Cross opened shelters in Reno for families after the Tahoe quake.';
    const storyOfBrief = (shortArticleTerms?: number): string => {
      const index = new StoryIndex(shortArticleTerms === undefined ? {} : { shortArticleTerms });
      for (const [i, text] of background.entries()) index.add(article(`o${i}`, text, [text]));
      index.add(article('first', 'Earthquake near Lake Tahoe kills 3', first));
      expect(index.add(article('second', 'Newsom declares emergency after Tahoe quake', second))).toBe(
        'first',
      );
      return index.add(article('brief', 'Shelters open in Reno', [brief]));
    };
    // Averaged over both long members the brief stays below the threshold; its best member does not.
    expect(storyOfBrief(0)).toBe('brief');
    expect(storyOfBrief()).toBe('first');
  });

  it('rejects an article added twice and an invalid threshold', () => {
    const index = new StoryIndex();
    const [first] = corpus();
    index.add(first!.article);
    expect(() => index.add(first!.article)).toThrow();
    expect(() => new StoryIndex({ threshold: 0 })).toThrow();
  });
});
