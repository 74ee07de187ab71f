/**
 * The story index: online, single-pass clustering of articles into stories.
 *
 * Computes: for each added article, the story it belongs to — an existing one when its similarity
 * reaches the threshold, a new one otherwise. Similarity mixes three TF-IDF cosines (text,
 * entities, title; IDF from document frequencies counted as articles arrive), each taken against
 * the story centroid and against the story's best-matching recent member, damped when the article
 * and the story lie far apart in time. Candidate stories come from an inverted index over the keys
 * each member posted (its heaviest words and entities); the index is never scanned whole.
 * Articles with known copies (links from alignment) join their copies' story directly.
 * Reference: single-pass clustering for topic detection and tracking (Allan, Papka & Lavrenko,
 * "On-line new event detection and tracking", SIGIR 1998; Yang, Pierce & Carbonell, SIGIR 1998),
 * with entity-weighted vectors as in Kumaran & Allan, "Text classification and named entities for
 * new event detection", SIGIR 2004.
 * Invariants: each added article is in exactly one story; a story's id is the id of its first
 * article and never changes; the result depends only on the options and the order of additions.
 * Cost per article: O(words) for features, O(QUERY_KEYS × MAX_POSTING) for candidates,
 * O(CANDIDATES × words) for centroid scores and O(3 × MEMBERS_COMPARED × words) for member scores —
 * independent of the number of stories.
 */

import type { Article } from '../article.js';
import * as defaults from './defaults.js';
import { type ArticleFeatures, type SparseVector, storyFeatures } from './features.js';
import { KeyTable } from './key-table.js';

export interface StoryIndexOptions {
  threshold: number;
  textWeight: number;
  entityWeight: number;
  titleWeight: number;
  memberShare: number;
  membersCompared: number;
  candidates: number;
  postedTerms: number;
  postedEntities: number;
  queryKeys: number;
  maxPosting: number;
  timeGraceDays: number;
  timeHalfLifeDays: number;
  normRefreshGrowth: number;
}

export const DEFAULT_STORY_OPTIONS: Readonly<StoryIndexOptions> = {
  threshold: defaults.STORY_THRESHOLD,
  textWeight: defaults.TEXT_WEIGHT,
  entityWeight: defaults.ENTITY_WEIGHT,
  titleWeight: defaults.TITLE_WEIGHT,
  memberShare: defaults.MEMBER_SHARE,
  membersCompared: defaults.MEMBERS_COMPARED,
  candidates: defaults.CANDIDATES,
  postedTerms: defaults.POSTED_TERMS,
  postedEntities: defaults.POSTED_ENTITIES,
  queryKeys: defaults.QUERY_KEYS,
  maxPosting: defaults.MAX_POSTING,
  timeGraceDays: defaults.TIME_GRACE_DAYS,
  timeHalfLifeDays: defaults.TIME_HALF_LIFE_DAYS,
  normRefreshGrowth: defaults.NORM_REFRESH_GROWTH,
};

export interface StoryAddOptions {
  /** Ids of already added articles known to be copies of this one, strongest first. */
  links?: string[];
  /** The article's features from `storyFeatures(article)`, when already computed (e.g. in a worker). */
  features?: ArticleFeatures;
}

/** A sparse vector over the index's dense key ids. */
interface IdVector {
  ids: Int32Array;
  /** 1 + ln(tf), before IDF. */
  weights: Float64Array;
}

/** An article's features with keys replaced by dense ids. */
interface IdFeatures {
  text: IdVector;
  entities: IdVector;
  title: IdVector;
  day: number | null;
}

export interface StoryMembers {
  id: string;
  articles: string[];
}

/** The three channels, in the order of the `norms` arrays. */
const CHANNELS = ['text', 'entities', 'title'] as const;

interface Member {
  features: IdFeatures;
  /** IDF-weighted L2 norm per channel, as of `normCount` articles. */
  norms: Float64Array;
  normCount: number;
}

interface StoryState {
  id: string;
  articles: string[];
  members: Member[];
  /** Per channel: sum of members' raw-normalised weights (IDF applied when compared). */
  centroid: Map<number, number>[];
  norms: Float64Array;
  /** Article count when `norms` were computed; -1 when stale. */
  normCount: number;
  posted: Set<number>;
  firstDay: number;
  lastDay: number;
  /** Index of the story it was merged into, or -1 while it stands. */
  mergedInto: number;
}

export class StoryIndex {
  private readonly options: StoryIndexOptions;
  private readonly keys = new KeyTable();
  private df = new Int32Array(1024);
  private articleCount = 0;
  private readonly storyStates: StoryState[] = [];
  private readonly storyByArticle = new Map<string, number>();
  private postings: (number[] | undefined)[] = [];
  /** Dense scratch holding the current article's IDF-weighted vector, zeroed after use. */
  private scratch = new Float64Array(1024);
  private logTable = Float64Array.from({ length: 1024 }, (_, k) => Math.log(k + 1));
  private logCount = 1;

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...DEFAULT_STORY_OPTIONS, ...options };
    if (!(this.options.threshold > 0 && this.options.threshold <= 1)) {
      throw new RangeError(`StoryIndex: threshold must be in (0, 1], got ${this.options.threshold}`);
    }
  }

  /** Adds an article and returns the id of the story it joined or started. */
  add(article: Article, addOptions: StoryAddOptions = {}): string {
    if (this.storyByArticle.has(article.id)) {
      throw new Error(`StoryIndex: article ${article.id} was already added`);
    }
    const features = this.toIds(addOptions.features ?? storyFeatures(article));
    this.ensureCapacity(this.keys.size);
    let target = this.linkedStory(addOptions.links ?? []);
    if (target < 0) target = this.bestStory(features);
    if (target < 0) target = this.newStory(article.id);
    this.join(target, article.id, features);
    this.countDocument(features);
    return this.storyStates[target]!.id;
  }

  private toIds(features: ArticleFeatures): IdFeatures {
    return {
      text: this.idVector(features.text),
      entities: this.idVector(features.entities),
      title: this.idVector(features.title),
      day: features.day,
    };
  }

  private idVector(vector: SparseVector): IdVector {
    const ids = new Int32Array(vector.keys.length);
    for (let i = 0; i < ids.length; i++) ids[i] = this.keys.idOf(vector.keys[i]!);
    return { ids, weights: vector.weights };
  }

  /** Every story with its articles, in the order stories were started. */
  stories(): StoryMembers[] {
    const out: StoryMembers[] = [];
    for (const story of this.storyStates) {
      if (story.mergedInto < 0) out.push({ id: story.id, articles: [...story.articles] });
    }
    return out;
  }

  /** The id of the story holding an article, or undefined when the article was never added. */
  storyOf(articleId: string): string | undefined {
    const index = this.storyByArticle.get(articleId);
    return index === undefined ? undefined : this.storyStates[this.root(index)]!.id;
  }

  /** The articles of a story, in the order they joined (empty for an unknown id). */
  membersOf(storyId: string): readonly string[] {
    // A story's id is the id of the article that started it.
    const index = this.storyByArticle.get(storyId);
    return index === undefined ? [] : this.storyStates[this.root(index)]!.articles;
  }

  private root(index: number): number {
    let story = this.storyStates[index]!;
    while (story.mergedInto >= 0) {
      index = story.mergedInto;
      story = this.storyStates[index]!;
    }
    return index;
  }

  /** The story holding most of the linked articles (ties: the earliest link), or -1. */
  private linkedStory(links: readonly string[]): number {
    const votes = new Map<number, number>();
    let best = -1;
    let bestVotes = 0;
    for (const link of links) {
      const index = this.storyByArticle.get(link);
      if (index === undefined) continue;
      const story = this.root(index);
      const count = (votes.get(story) ?? 0) + 1;
      votes.set(story, count);
      if (count > bestVotes) {
        best = story;
        bestVotes = count;
      }
    }
    return best;
  }

  /** Smoothed IDF, ln((N + 1) / (df + 1)) + 1, from a table of logarithms (no Math.log per call). */
  private idf(id: number): number {
    return this.logCount - this.logTable[this.df[id]!]!;
  }

  /** Keeps `logCount` = ln(N + 1) + 1 and `logTable[k]` = ln(k + 1) for every k ≤ N. */
  private refreshLogs(): void {
    const n = this.articleCount;
    if (n >= this.logTable.length) {
      const table = new Float64Array(this.logTable.length * 2);
      table.set(this.logTable);
      for (let k = this.logTable.length; k < table.length; k++) table[k] = Math.log(k + 1);
      this.logTable = table;
    }
    this.logCount = Math.log(n + 1) + 1;
  }

  /** The best story at or above the threshold, or -1. */
  private bestStory(features: IdFeatures): number {
    const candidates = this.candidates(features);
    if (candidates.length === 0) return -1;
    const o = this.options;
    const articleNorms = CHANNELS.map((channel) => this.norm(features[channel]));
    // Centroid scores for every candidate, then member scores for the three best.
    const scored = candidates.map((story) => ({
      story,
      centroid: this.centroidScore(features, articleNorms, story),
      member: 0,
    }));
    scored.sort((a, b) => b.centroid - a.centroid || a.story - b.story);
    const fill = this.fillScratch(features);
    for (const entry of scored.slice(0, 3)) entry.member = this.memberScore(articleNorms, entry.story);
    this.clearScratch(fill);
    let best = -1;
    let bestScore = o.threshold;
    for (const entry of scored.slice(0, 3)) {
      const story = this.storyStates[entry.story]!;
      const score =
        ((1 - o.memberShare) * entry.centroid + o.memberShare * entry.member) *
        this.timeFactor(features.day, story);
      if (score >= bestScore) {
        if (score === bestScore && best >= 0 && entry.story > best) continue;
        best = entry.story;
        bestScore = score;
      }
    }
    return best;
  }

  /** Stories sharing the article's heaviest keys, best first, at most `candidates`. */
  private candidates(features: IdFeatures): number[] {
    const o = this.options;
    const keys: { id: number; weight: number }[] = [];
    for (const vector of [features.text, features.entities]) {
      for (let i = 0; i < vector.ids.length; i++) {
        const id = vector.ids[i]!;
        keys.push({ id, weight: vector.weights[i]! * this.idf(id) });
      }
    }
    keys.sort((a, b) => b.weight - a.weight || a.id - b.id);
    const votes = new Map<number, number>();
    for (const key of keys.slice(0, o.queryKeys)) {
      const posting = this.postings[key.id];
      if (posting === undefined || posting.length > o.maxPosting) continue;
      for (const index of posting) {
        const story = this.root(index);
        votes.set(story, (votes.get(story) ?? 0) + key.weight);
      }
    }
    return [...votes]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, o.candidates)
      .map(([story]) => story);
  }

  private norm(vector: IdVector): number {
    let sum = 0;
    for (let i = 0; i < vector.ids.length; i++) {
      const w = vector.weights[i]! * this.idf(vector.ids[i]!);
      sum += w * w;
    }
    return Math.sqrt(sum);
  }

  private stale(normCount: number): boolean {
    return normCount < 0 || this.articleCount > normCount * (1 + this.options.normRefreshGrowth);
  }

  /** Weighted mix of channel scores, over the channels present on both sides. */
  private mix(scores: readonly number[], present: readonly boolean[]): number {
    const o = this.options;
    const weights = [o.textWeight, o.entityWeight, o.titleWeight];
    let total = 0;
    let sum = 0;
    for (let c = 0; c < 3; c++) {
      if (!present[c]) continue;
      total += weights[c]!;
      sum += weights[c]! * scores[c]!;
    }
    return total > 0 ? sum / total : 0;
  }

  private centroidScore(features: IdFeatures, articleNorms: readonly number[], index: number): number {
    const story = this.storyStates[index]!;
    if (this.stale(story.normCount)) {
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (const [id, value] of story.centroid[c]!) {
          const w = value * this.idf(id);
          sum += w * w;
        }
        story.norms[c] = Math.sqrt(sum);
      }
      story.normCount = this.articleCount;
    }
    const scores = [0, 0, 0];
    const present = [false, false, false];
    for (let c = 0; c < 3; c++) {
      const vector = features[CHANNELS[c]!];
      const centroid = story.centroid[c]!;
      const denominator = articleNorms[c]! * story.norms[c]!;
      if (denominator === 0) continue;
      present[c] = true;
      let dot = 0;
      for (let i = 0; i < vector.ids.length; i++) {
        const id = vector.ids[i]!;
        const value = centroid.get(id);
        if (value === undefined) continue;
        const idf = this.idf(id);
        dot += vector.weights[i]! * value * idf * idf;
      }
      scores[c] = dot / denominator;
    }
    return this.mix(scores, present);
  }

  private fillScratch(features: IdFeatures): IdVector[] {
    const vectors = [features.text, features.entities, features.title];
    for (const vector of vectors) {
      for (let i = 0; i < vector.ids.length; i++) {
        const id = vector.ids[i]!;
        this.scratch[id] = vector.weights[i]! * this.idf(id);
      }
    }
    return vectors;
  }

  private clearScratch(vectors: readonly IdVector[]): void {
    for (const vector of vectors) for (const id of vector.ids) this.scratch[id] = 0;
  }

  /** The best score against one of the story's most recent members (scratch must hold the article). */
  private memberScore(articleNorms: readonly number[], index: number): number {
    const story = this.storyStates[index]!;
    const members = story.members;
    const from = Math.max(0, members.length - this.options.membersCompared);
    let best = 0;
    const scores = [0, 0, 0];
    const present = [false, false, false];
    for (let m = from; m < members.length; m++) {
      const member = members[m]!;
      if (this.stale(member.normCount)) {
        for (let c = 0; c < 3; c++) member.norms[c] = this.norm(member.features[CHANNELS[c]!]);
        member.normCount = this.articleCount;
      }
      for (let c = 0; c < 3; c++) {
        const denominator = articleNorms[c]! * member.norms[c]!;
        present[c] = denominator > 0;
        scores[c] = 0;
        if (denominator === 0) continue;
        const vector = member.features[CHANNELS[c]!];
        let dot = 0;
        for (let i = 0; i < vector.ids.length; i++) {
          const id = vector.ids[i]!;
          const a = this.scratch[id]!;
          if (a !== 0) dot += a * vector.weights[i]! * this.idf(id);
        }
        scores[c] = dot / denominator;
      }
      const score = this.mix(scores, present);
      if (score > best) best = score;
    }
    return best;
  }

  private timeFactor(day: number | null, story: StoryState): number {
    if (day === null || !Number.isFinite(story.firstDay)) return 1;
    const gap = day < story.firstDay ? story.firstDay - day : day > story.lastDay ? day - story.lastDay : 0;
    const o = this.options;
    if (gap <= o.timeGraceDays) return 1;
    return 0.5 ** ((gap - o.timeGraceDays) / o.timeHalfLifeDays);
  }

  private newStory(articleId: string): number {
    this.storyStates.push({
      id: articleId,
      articles: [],
      members: [],
      centroid: [new Map(), new Map(), new Map()],
      norms: new Float64Array(3),
      normCount: -1,
      posted: new Set(),
      firstDay: Number.POSITIVE_INFINITY,
      lastDay: Number.NEGATIVE_INFINITY,
      mergedInto: -1,
    });
    return this.storyStates.length - 1;
  }

  private join(index: number, articleId: string, features: IdFeatures): void {
    const story = this.storyStates[index]!;
    const o = this.options;
    story.articles.push(articleId);
    story.members.push({ features, norms: new Float64Array(3), normCount: -1 });
    this.storyByArticle.set(articleId, index);
    // Centroid norms are updated for the changed entries under the current IDF; a full recompute
    // happens when the article count has grown enough for the IDF of other entries to drift.
    const fresh = story.normCount >= 0;
    for (let c = 0; c < 3; c++) {
      const vector = features[CHANNELS[c]!];
      let raw = 0;
      for (const w of vector.weights) raw += w * w;
      raw = Math.sqrt(raw) || 1;
      const centroid = story.centroid[c]!;
      let squares = fresh ? story.norms[c]! * story.norms[c]! : 0;
      for (let i = 0; i < vector.ids.length; i++) {
        const id = vector.ids[i]!;
        const before = centroid.get(id) ?? 0;
        const after = before + vector.weights[i]! / raw;
        centroid.set(id, after);
        if (fresh) {
          const idf = this.idf(id);
          squares += (after * after - before * before) * idf * idf;
        }
      }
      story.norms[c] = Math.sqrt(Math.max(0, squares));
    }
    if (features.day !== null) {
      story.firstDay = Math.min(story.firstDay, features.day);
      story.lastDay = Math.max(story.lastDay, features.day);
    }
    this.post(index, features.text, o.postedTerms);
    this.post(index, features.entities, o.postedEntities);
  }

  /** Posts the story under the vector's `count` heaviest keys (by TF-IDF) not posted yet. */
  private post(index: number, vector: IdVector, count: number): void {
    const story = this.storyStates[index]!;
    const order = Array.from(vector.ids.keys());
    const weight = (i: number): number => vector.weights[i]! * this.idf(vector.ids[i]!);
    order.sort((a, b) => weight(b) - weight(a) || vector.ids[a]! - vector.ids[b]!);
    for (const i of order.slice(0, count)) {
      const id = vector.ids[i]!;
      if (story.posted.has(id)) continue;
      story.posted.add(id);
      let posting = this.postings[id];
      if (posting === undefined) {
        posting = [];
        this.postings[id] = posting;
      }
      posting.push(index);
    }
  }

  private countDocument(features: IdFeatures): void {
    for (const vector of [features.text, features.entities, features.title]) {
      for (const id of vector.ids) this.df[id]!++;
    }
    this.articleCount++;
    this.refreshLogs();
  }

  private ensureCapacity(size: number): void {
    if (size <= this.df.length) return;
    let capacity = this.df.length;
    while (capacity < size) capacity *= 2;
    const df = new Int32Array(capacity);
    df.set(this.df);
    this.df = df;
    const scratch = new Float64Array(capacity);
    scratch.set(this.scratch);
    this.scratch = scratch;
  }
}
