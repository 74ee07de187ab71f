/**
 * The story index: online, single-pass clustering of articles into stories.
 *
 * Computes: for each added article, the story it belongs to — an existing one when its score
 * reaches the threshold, a new one otherwise. Per channel (text, entities, title: TF-IDF vectors,
 * IDF from document frequencies counted as articles arrive, each article trimmed to its heaviest
 * keys) the score mixes the cosine with the centroid of the story's most recent members and the
 * mean cosine with those members (group average); channels are mixed by weight, and the result is
 * damped when the article and the story lie far apart in time. Both come from one dot product with
 * the story's sum of length-normalised member vectors. Candidate stories come from an inverted
 * index over the keys each member posted (its heaviest words and entities), keeping those that
 * share enough key weight; the index is never scanned whole. Articles with known copies (links
 * from alignment) join their copies' story directly.
 * Reference: single-pass clustering for topic detection and tracking with top-weighted terms and
 * centroid comparison (Allan, Papka & Lavrenko, "On-line new event detection and tracking", SIGIR
 * 1998; Yang, Pierce & Carbonell, SIGIR 1998), with entity-weighted vectors as in Kumaran & Allan,
 * "Text classification and named entities for new event detection", SIGIR 2004; group average as
 * in Manning, Raghavan & Schütze, "Introduction to Information Retrieval", §17.3.
 * Invariants: each added article is in exactly one story; a story's id is the id of its first
 * article and never changes; the result depends only on the options, the order of additions and
 * the features given (features computed here equal `storyFeatures(article)`); the story's sums
 * hold exactly its window members (norms under an IDF at most NORM_REFRESH_GROWTH stale).
 * Cost per article: O(words) for features (none when given), O(keys) to map hashed keys to ids,
 * O((QUERY_TERMS + QUERY_ENTITIES) × MAX_POSTING) for candidates, O(CANDIDATES × kept keys) hash lookups for scores
 * and O(kept keys) to join — independent of the number of stories; a story's window is re-summed
 * when the article count has grown by NORM_REFRESH_GROWTH since its last sum. Memory: the kept
 * keys of each story's window members, 16 bytes per distinct key per story, and 4 bytes per key
 * for document frequencies.
 */

import type { Article } from '../article.js';
import * as defaults from './defaults.js';
import { type ArticleFeatures, type SparseVector, storyFeatures } from './features.js';
import { KeyTable, WeightTable } from './key-table.js';

export interface StoryIndexOptions {
  threshold: number;
  membersCompared: number;
  centroidShare: number;
  keptTerms: number;
  keptEntities: number;
  normRefreshGrowth: number;
  textWeight: number;
  entityWeight: number;
  titleWeight: number;
  candidates: number;
  candidateVoteShare: number;
  postedTerms: number;
  postedEntities: number;
  queryTerms: number;
  queryEntities: number;
  maxPosting: number;
  timeGraceDays: number;
  timeHalfLifeDays: number;
}

export const DEFAULT_STORY_OPTIONS: Readonly<StoryIndexOptions> = {
  threshold: defaults.STORY_THRESHOLD,
  membersCompared: defaults.MEMBERS_COMPARED,
  centroidShare: defaults.CENTROID_SHARE,
  keptTerms: defaults.KEPT_TERMS,
  keptEntities: defaults.KEPT_ENTITIES,
  normRefreshGrowth: defaults.NORM_REFRESH_GROWTH,
  textWeight: defaults.TEXT_WEIGHT,
  entityWeight: defaults.ENTITY_WEIGHT,
  titleWeight: defaults.TITLE_WEIGHT,
  candidates: defaults.CANDIDATES,
  candidateVoteShare: defaults.CANDIDATE_VOTE_SHARE,
  postedTerms: defaults.POSTED_TERMS,
  postedEntities: defaults.POSTED_ENTITIES,
  queryTerms: defaults.QUERY_TERMS,
  queryEntities: defaults.QUERY_ENTITIES,
  maxPosting: defaults.MAX_POSTING,
  timeGraceDays: defaults.TIME_GRACE_DAYS,
  timeHalfLifeDays: defaults.TIME_HALF_LIFE_DAYS,
};

export interface StoryAddOptions {
  /** Ids of already added articles known to be copies of this one, strongest first. */
  links?: string[];
  /** The article's features from `storyFeatures(article)`, when already computed (e.g. in a worker). */
  features?: ArticleFeatures;
}

export interface StoryMembers {
  id: string;
  articles: string[];
}

/** An article's three channels over dense key ids, one after the other. */
interface Member {
  /** Every key of the article (counted in document frequencies). */
  allIds: Int32Array;
  /** The kept keys, channel after channel. */
  ids: Int32Array;
  /** 1 + ln(tf), before IDF. */
  weights: Float64Array;
  /** TF-IDF weights under the IDF at the time the article was added. */
  tfidf: Float64Array;
  /** Channel c spans [bounds[c], bounds[c + 1]). */
  bounds: Int32Array;
  /** L2 norm of `tfidf` per channel. */
  norms: Float64Array;
  day: number | null;
}

interface StoryState {
  id: string;
  articles: string[];
  /** The most recent members (at most `membersCompared`), oldest first. */
  window: Member[];
  /**
   * Sum over the window of each member's raw weights divided by its channel's TF-IDF norm: with
   * IDF applied at comparison time, its dot product with an article gives the sum of the members'
   * cosines (one dot product per story instead of one per member).
   */
  sums: WeightTable;
  /** Per channel: squared TF-IDF norm of the sums (the centroid), under the IDF of its last update. */
  squares: Float64Array;
  /** Per channel: how many window members have that channel (a title, entities, words). */
  present: Float64Array;
  /** Article count when the window's norms were computed. */
  builtAt: number;
  posted: Set<number>;
  firstDay: number;
  lastDay: number;
}

export class StoryIndex {
  private readonly options: StoryIndexOptions;
  private readonly channelWeights: Float64Array;
  private readonly keys = new KeyTable();
  private df = new Int32Array(1024);
  private articleCount = 0;
  private readonly storyStates: StoryState[] = [];
  private readonly storyByArticle = new Map<string, number>();
  private postings: (number[] | undefined)[] = [];
  private logTable = Float64Array.from({ length: 1024 }, (_, k) => Math.log(k + 1));
  private logCount = 1;
  /** Reused buffers: a channel's TF-IDF weights while trimming, and quickselect's working copy. */
  private channelScratch = new Float64Array(1024);
  private readonly selection = [new Float64Array(1024)];

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...DEFAULT_STORY_OPTIONS, ...options };
    const o = this.options;
    if (!(o.threshold > 0 && o.threshold <= 1)) {
      throw new RangeError(`StoryIndex: threshold must be in (0, 1], got ${o.threshold}`);
    }
    if (!(o.candidates >= 1 && o.membersCompared >= 1)) {
      throw new RangeError('StoryIndex: candidates and membersCompared must be at least 1');
    }
    this.channelWeights = Float64Array.of(o.textWeight, o.entityWeight, o.titleWeight);
  }

  /** Adds an article and returns the id of the story it joined or started. */
  add(article: Article, addOptions: StoryAddOptions = {}): string {
    if (this.storyByArticle.has(article.id)) {
      throw new Error(`StoryIndex: article ${article.id} was already added`);
    }
    const member = this.toMember(addOptions.features ?? storyFeatures(article));
    let target = this.linkedStory(addOptions.links ?? []);
    if (target < 0) target = this.bestStory(member);
    if (target < 0) target = this.newStory(article.id);
    this.join(target, article.id, member);
    this.countDocument(member);
    return this.storyStates[target]!.id;
  }

  /** Every story with its articles, in the order stories were started. */
  stories(): StoryMembers[] {
    return this.storyStates.map((story) => ({ id: story.id, articles: [...story.articles] }));
  }

  /** The id of the story holding an article, or undefined when the article was never added. */
  storyOf(articleId: string): string | undefined {
    const index = this.storyByArticle.get(articleId);
    return index === undefined ? undefined : this.storyStates[index]!.id;
  }

  /** The articles of a story, in the order they joined (empty for an unknown id). */
  membersOf(storyId: string): readonly string[] {
    // A story's id is the id of the article that started it.
    const index = this.storyByArticle.get(storyId);
    return index === undefined ? [] : this.storyStates[index]!.articles;
  }

  /**
   * The article as a member: dense ids, and per channel only its `keptKeys` heaviest keys by TF-IDF
   * (under the current IDF), sorted by id for merging.
   */
  private toMember(features: ArticleFeatures): Member {
    const o = this.options;
    const channels: SparseVector[] = [features.text, features.entities, features.title];
    const caps = [o.keptTerms, o.keptEntities, Number.POSITIVE_INFINITY];
    let total = 0;
    for (const channel of channels) total += channel.keys.length;
    const allIds = new Int32Array(total);
    let k = 0;
    for (const channel of channels) {
      for (let i = 0; i < channel.keys.length; i++) allIds[k++] = this.keys.idOf(channel.keys[i]!);
    }
    this.ensureCapacity(this.keys.size);
    const ids = new Int32Array(total);
    const weights = new Float64Array(total);
    const tfidf = new Float64Array(total);
    const bounds = new Int32Array(4);
    let from = 0;
    let size = 0;
    for (let c = 0; c < 3; c++) {
      const channel = channels[c]!;
      const count = channel.keys.length;
      const channelTfidf = this.scratchFor(count);
      for (let i = 0; i < count; i++) channelTfidf[i] = channel.weights[i]! * this.idf(allIds[from + i]!);
      const cut = count > caps[c]! ? kthLargest(channelTfidf, caps[c]!, this.selection) : 0;
      bounds[c] = size;
      const end = size + Math.min(count, caps[c]!);
      for (let i = 0; i < count && size < end; i++) {
        if (channelTfidf[i]! < cut) continue;
        ids[size] = allIds[from + i]!;
        weights[size] = channel.weights[i]!;
        tfidf[size] = channelTfidf[i]!;
        size++;
      }
      from += count;
    }
    bounds[3] = size;
    const norms = new Float64Array(3);
    for (let c = 0; c < 3; c++) {
      let sum = 0;
      for (let k = bounds[c]!; k < bounds[c + 1]!; k++) sum += tfidf[k]! * tfidf[k]!;
      norms[c] = Math.sqrt(sum);
    }
    return {
      allIds,
      ids: ids.subarray(0, size),
      weights: weights.subarray(0, size),
      tfidf: tfidf.subarray(0, size),
      bounds,
      norms,
      day: features.day,
    };
  }

  /** A reused buffer of at least `count` numbers (its contents are the caller's until next call). */
  private scratchFor(count: number): Float64Array {
    if (this.channelScratch.length < count) this.channelScratch = new Float64Array(count * 2);
    return this.channelScratch.subarray(0, count);
  }

  /** Fills the member's TF-IDF weights and channel norms under the current IDF. */
  private weigh(member: Member): void {
    const { ids, weights, tfidf, bounds, norms } = member;
    for (let c = 0; c < 3; c++) {
      let sum = 0;
      for (let k = bounds[c]!; k < bounds[c + 1]!; k++) {
        const w = weights[k]! * this.idf(ids[k]!);
        tfidf[k] = w;
        sum += w * w;
      }
      norms[c] = Math.sqrt(sum);
    }
  }

  /** The story holding most of the linked articles (ties: the earliest link), or -1. */
  private linkedStory(links: readonly string[]): number {
    const votes = new Map<number, number>();
    let best = -1;
    let bestVotes = 0;
    for (const link of links) {
      const story = this.storyByArticle.get(link);
      if (story === undefined) continue;
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

  /** The best story at or above the threshold, or -1 (ties: the earlier story). */
  private bestStory(article: Member): number {
    const o = this.options;
    const candidates = this.candidates(article);
    let best = -1;
    let bestScore = o.threshold;
    for (const index of candidates) {
      const story = this.storyStates[index]!;
      const score = this.storyScore(article, story) * this.timeFactor(article.day, story);
      if (score > bestScore || (score === bestScore && (best < 0 || index < best))) {
        best = index;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Stories sharing the article's heaviest keys, most shared weight first: its `queryTerms`
   * heaviest words and, apart, its `queryEntities` heaviest entities (title keys repeat text keys).
   */
  private candidates(article: Member): number[] {
    const o = this.options;
    const votes = new Map<number, number>();
    this.vote(article, 0, o.queryTerms, votes);
    this.vote(article, 1, o.queryEntities, votes);
    let top = 0;
    for (const weight of votes.values()) if (weight > top) top = weight;
    const floor = top * o.candidateVoteShare;
    return [...votes]
      .filter(([, weight]) => weight >= floor)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, o.candidates)
      .map(([story]) => story);
  }

  /** Adds the weight of the channel's `count` heaviest keys to each story posted under them. */
  private vote(article: Member, channel: number, count: number, votes: Map<number, number>): void {
    const o = this.options;
    const from = article.bounds[channel]!;
    const to = article.bounds[channel + 1]!;
    const tfidf = article.tfidf;
    const cut = kthLargest(tfidf.subarray(from, to), count, this.selection);
    for (let k = from; k < to; k++) {
      const weight = tfidf[k]!;
      if (weight < cut) continue;
      const posting = this.postings[article.ids[k]!];
      if (posting === undefined || posting.length > o.maxPosting) continue;
      for (const story of posting) votes.set(story, (votes.get(story) ?? 0) + weight);
    }
  }

  /**
   * The article's score against a story: per channel, `centroidShare` × the cosine with the
   * window's centroid + the rest × the mean cosine with the window's members, both from one dot
   * product with the story's sums; mixed by channel weight over the channels present on both sides.
   */
  private storyScore(article: Member, story: StoryState): number {
    if (this.articleCount > story.builtAt * (1 + this.options.normRefreshGrowth)) this.rebuild(story);
    const n = story.window.length;
    const { ids, tfidf, bounds, norms } = article;
    const sums = story.sums;
    const share = this.options.centroidShare;
    let total = 0;
    let sum = 0;
    for (let c = 0; c < 3; c++) {
      const norm = norms[c]!;
      const present = story.present[c]!;
      if (norm === 0 || present === 0) continue;
      let dot = 0;
      for (let k = bounds[c]!; k < bounds[c + 1]!; k++) {
        const id = ids[k]!;
        // A key no earlier article had is in no story.
        if (this.df[id] === 0) continue;
        const value = sums.get(id);
        if (value !== 0) dot += tfidf[k]! * this.idf(id) * value;
      }
      const weight = this.channelWeights[c]!;
      total += (weight * present) / n;
      const centroid = story.squares[c]! > 0 ? dot / (norm * Math.sqrt(story.squares[c]!)) : 0;
      sum += weight * ((1 - share) * (dot / (norm * n)) + share * centroid);
    }
    return total > 0 ? sum / total : 0;
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
      window: [],
      sums: new WeightTable(),
      squares: new Float64Array(3),
      present: new Float64Array(3),
      builtAt: 0,
      posted: new Set(),
      firstDay: Number.POSITIVE_INFINITY,
      lastDay: Number.NEGATIVE_INFINITY,
    });
    return this.storyStates.length - 1;
  }

  private join(index: number, articleId: string, member: Member): void {
    const story = this.storyStates[index]!;
    const o = this.options;
    story.articles.push(articleId);
    if (story.window.length === o.membersCompared) this.sumMember(story, story.window.shift()!, -1);
    story.window.push(member);
    this.sumMember(story, member, 1);
    this.storyByArticle.set(articleId, index);
    if (member.day !== null) {
      story.firstDay = Math.min(story.firstDay, member.day);
      story.lastDay = Math.max(story.lastDay, member.day);
    }
    this.post(index, member, 0, o.postedTerms);
    this.post(index, member, 1, o.postedEntities);
  }

  /** Adds (sign 1) or removes (sign -1) a member's normalised weights to or from the story's sums. */
  private sumMember(story: StoryState, member: Member, sign: 1 | -1): void {
    for (let c = 0; c < 3; c++) {
      const norm = member.norms[c]!;
      if (norm === 0) continue;
      story.present[c]! += sign;
      let squares = story.squares[c]!;
      for (let k = member.bounds[c]!; k < member.bounds[c + 1]!; k++) {
        const id = member.ids[k]!;
        const value = (sign * member.weights[k]!) / norm;
        const before = story.sums.get(id);
        const after = before + value;
        story.sums.add(id, value);
        const idf = this.idf(id);
        squares += (after * after - before * before) * idf * idf;
      }
      story.squares[c] = Math.max(0, squares);
    }
  }

  /** Recomputes the window's norms under the current IDF and the story's sums from them. */
  private rebuild(story: StoryState): void {
    story.sums = new WeightTable(story.sums.size);
    story.present.fill(0);
    story.squares.fill(0);
    for (const member of story.window) {
      this.weigh(member);
      this.sumMember(story, member, 1);
    }
    story.builtAt = this.articleCount;
  }

  /** Posts the story under the channel's `count` heaviest keys (by TF-IDF) not posted yet. */
  private post(index: number, member: Member, channel: number, count: number): void {
    const story = this.storyStates[index]!;
    const from = member.bounds[channel]!;
    const to = member.bounds[channel + 1]!;
    const tfidf = member.tfidf.subarray(from, to);
    const cut = kthLargest(tfidf, count, this.selection);
    let posted = 0;
    for (let k = from; k < to && posted < count; k++) {
      if (tfidf[k - from]! < cut) continue;
      posted++;
      const id = member.ids[k]!;
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

  private countDocument(member: Member): void {
    for (const id of member.allIds) this.df[id]!++;
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
  }
}

/** The k-th largest value (the smallest value when there are fewer than k), or +∞ for none. */
function kthLargest(values: Float64Array, k: number, scratch: Float64Array[]): number {
  if (values.length === 0 || k <= 0) return Number.POSITIVE_INFINITY;
  if (values.length <= k) {
    let min = Number.POSITIVE_INFINITY;
    for (const value of values) if (value < min) min = value;
    return min;
  }
  // Hoare's selection (quickselect) on a copy: expected O(n).
  if (scratch[0]!.length < values.length) scratch[0] = new Float64Array(values.length * 2);
  const a = scratch[0]!.subarray(0, values.length);
  a.set(values);
  const target = a.length - k;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target]!;
}
