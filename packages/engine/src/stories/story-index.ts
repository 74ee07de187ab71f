/**
 * The story index: online, single-pass clustering of articles into stories.
 *
 * Computes: for each added article, the story it belongs to — an existing one when its score
 * reaches the threshold, a new one otherwise. Per channel (text, entities, title: TF-IDF vectors,
 * IDF from document frequencies counted as articles arrive, each article trimmed to its heaviest
 * keys) the score mixes the cosine with the centroid of the story's most recent members and the
 * mean cosine with those members (group average); channels are mixed by weight, and the result is
 * damped when the article and the story lie far apart in time. A short article (fewer than
 * SHORT_ARTICLE_TERMS distinct words) scores the better of that and its best single-member cosine. Both come from one dot product with
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
 * (for a short article also O(CANDIDATES × MEMBERS_COMPARED × member keys) array reads)
 * and O(kept keys) to join — independent of the number of stories; a story's window is re-summed
 * when the article count has grown by NORM_REFRESH_GROWTH since its last sum. Memory: the kept
 * keys of each story's window members (12 bytes per key), 16 bytes per distinct key per story,
 * 4 bytes per key for document frequencies and 12 for the short article scratch table.
 * Allocation per added article: its member's two kept-key arrays (and a table when it starts a
 * story); everything else is scratch reused across additions (candidate votes and the short
 * article's keys are stamped per addition, not cleared), so the collector stays idle.
 */

import type { Article } from '../article.js';
import * as defaults from './defaults.js';
import { type ArticleFeatures, storyFeatures } from './features.js';
import { KeyTable, PairSet, WeightTable } from './key-table.js';

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
  /** Below this many distinct kept words an article is also scored by its best window member (0: never). */
  shortArticleTerms: number;
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
  shortArticleTerms: defaults.SHORT_ARTICLE_TERMS,
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

/**
 * An article's kept keys over dense key ids, channel after channel. Its TF-IDF weights are not
 * kept: they matter only while the article is added (scratch arrays of the index), and a window
 * member's norms are recomputed from `weights` when its story is re-summed.
 */
interface Member {
  /** The kept keys, channel after channel. */
  ids: Int32Array;
  /** 1 + ln(tf), before IDF. */
  weights: Float64Array;
  /** Channel c spans [bounds[c], bounds[c + 1]). */
  bounds: number[];
  /** L2 norm of the TF-IDF weights per channel, under the IDF of the last weighing. */
  norms: number[];
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
  squares: number[];
  /** Per channel: how many window members have that channel (a title, entities, words). */
  present: number[];
  /** Article count when the window's norms were computed. */
  builtAt: number;
  firstDay: number;
  lastDay: number;
}

/** A member with no keys: sizes the tables of a story restored by membership only. */
const EMPTY_MEMBER: Member = {
  ids: new Int32Array(0),
  weights: new Float64Array(0),
  bounds: [0, 0, 0, 0],
  norms: [0, 0, 0],
  day: null,
};

export class StoryIndex {
  private readonly options: StoryIndexOptions;
  private readonly channelWeights: Float64Array;
  private readonly keys = new KeyTable();
  private df = new Int32Array(1024);
  private articleCount = 0;
  private readonly storyStates: StoryState[] = [];
  private readonly storyByArticle = new Map<string, number>();
  private readonly storyById = new Map<string, number>();
  private readonly postings: (number[] | undefined)[] = Array.from({ length: 1024 }, () => undefined);
  /** (story, key id) pairs under which the story is posted. */
  private readonly posted = new PairSet();
  private logTable = Float64Array.from({ length: 1024 }, (_, k) => Math.log(k + 1));
  private logCount = 1;
  /** Reused buffers: a channel's TF-IDF weights while trimming, and quickselect's working copy. */
  private channelScratch = new Float64Array(1024);
  private readonly selection = [new Float64Array(1024)];
  /** The article being added: ids of all its keys (for document frequencies), `allCount` of them. */
  private allIds = new Int32Array(1024);
  private allCount = 0;
  /** The article being added: TF-IDF of its kept keys, parallel to its member's ids. */
  private tfidf = new Float64Array(1024);
  /**
   * The article being added, as compared with stories: its kept keys that some earlier article
   * had (ids and TF-IDF × IDF), channel c spanning [queryBounds[c], queryBounds[c + 1]).
   */
  private queryIds = new Int32Array(1024);
  private queryWeights = new Float64Array(1024);
  private readonly queryBounds = [0, 0, 0, 0];
  /** The article being added, by key id: its query weight where `denseStamps` equals `stamp`. */
  private denseWeights = new Float64Array(1024);
  private denseStamps = new Int32Array(1024);
  /** Candidate votes per story, valid where `voteStamps` equals `stamp`; `voted` lists them. */
  private voteWeights = new Float64Array(1024);
  private voteStamps = new Int32Array(1024);
  private voted = new Int32Array(1024);
  private votedCount = 0;
  private stamp = 0;
  /** The chosen candidates, most shared weight first (`chosenCount` of them). */
  private readonly chosen: Int32Array;
  private readonly chosenWeights: Float64Array;
  private chosenCount = 0;

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
    this.chosen = new Int32Array(Math.min(o.candidates, 1 << 20));
    this.chosenWeights = new Float64Array(this.chosen.length);
  }

  /** Adds an article and returns the id of the story it joined or started. */
  add(article: Article, addOptions: StoryAddOptions = {}): string {
    this.refuseAdded(article.id);
    const member = this.toMember(addOptions.features ?? storyFeatures(article));
    const links = addOptions.links;
    let target = links && links.length > 0 ? this.linkedStory(links) : -1;
    if (target < 0) target = this.bestStory(member);
    if (target < 0) target = this.newStory(article.id, member);
    this.join(target, article.id, member);
    this.countDocument();
    return this.storyStates[target]!.id;
  }

  /**
   * Re-adds an article to the story it was in (an article that started its story restores it),
   * without scoring: rebuilds the index after a restart, in the order articles were first added.
   */
  restore(articleId: string, storyId: string, features: ArticleFeatures): void {
    this.refuseAdded(articleId);
    const member = this.toMember(features);
    const target = this.storyById.get(storyId) ?? this.newStory(storyId, member);
    this.join(target, articleId, member);
    this.countDocument();
  }

  /**
   * Re-adds an older article as a member of its story only (no weights, postings or document
   * frequencies): the story can still be joined through a copy link to it, and lists it, but is
   * not found by similarity until a new member joins it. Restores the stories outside the recent
   * window cheaply after a restart.
   */
  restoreMembership(articleId: string, storyId: string, day: number | null): void {
    this.refuseAdded(articleId);
    const index = this.storyById.get(storyId) ?? this.newStory(storyId, EMPTY_MEMBER);
    const story = this.storyStates[index]!;
    story.articles.push(articleId);
    this.storyByArticle.set(articleId, index);
    if (day !== null) {
      story.firstDay = Math.min(story.firstDay, day);
      story.lastDay = Math.max(story.lastDay, day);
    }
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
    const index = this.storyById.get(storyId);
    return index === undefined ? [] : this.storyStates[index]!.articles;
  }

  private refuseAdded(articleId: string): void {
    if (this.storyByArticle.has(articleId))
      throw new Error(`StoryIndex: article ${articleId} was already added`);
  }

  /**
   * The article as a member: dense ids, and per channel only its `keptKeys` heaviest keys by TF-IDF
   * (under the current IDF), in key order. Fills `allIds` and `tfidf` for the rest of the add.
   */
  private toMember(features: ArticleFeatures): Member {
    const o = this.options;
    const { text, entities, title } = features;
    const total = text.keys.length + entities.keys.length + title.keys.length;
    // New keys get ids below size + total; their document frequency is 0 until counted.
    this.ensureCapacity(this.keys.size + total);
    if (this.allIds.length < total) this.allIds = new Int32Array(total * 2);
    const kept =
      Math.min(text.keys.length, o.keptTerms) +
      Math.min(entities.keys.length, o.keptEntities) +
      title.keys.length;
    if (this.tfidf.length < kept) this.tfidf = new Float64Array(kept * 2);
    const allIds = this.allIds;
    const tfidf = this.tfidf;
    const ids = new Int32Array(kept);
    const weights = new Float64Array(kept);
    const bounds = [0, 0, 0, 0];
    const norms = [0, 0, 0];
    const df = this.df;
    const logTable = this.logTable;
    const logCount = this.logCount;
    let from = 0;
    let size = 0;
    for (let c = 0; c < 3; c++) {
      const channel = c === 0 ? text : c === 1 ? entities : title;
      const cap = c === 0 ? o.keptTerms : c === 1 ? o.keptEntities : Number.POSITIVE_INFINITY;
      const keys = channel.keys;
      const channelWeights = channel.weights;
      const count = keys.length;
      const channelTfidf = this.scratchFor(count);
      for (let i = 0; i < count; i++) {
        const id = this.keys.idOf(keys[i]!);
        allIds[from + i] = id;
        channelTfidf[i] = channelWeights[i]! * (logCount - logTable[df[id]!]!);
      }
      const cut = count > cap ? kthLargest(channelTfidf, 0, count, cap, this.selection) : 0;
      bounds[c] = size;
      const end = size + Math.min(count, cap);
      let sum = 0;
      for (let i = 0; i < count && size < end; i++) {
        const value = channelTfidf[i]!;
        if (value < cut) continue;
        ids[size] = allIds[from + i]!;
        weights[size] = channelWeights[i]!;
        tfidf[size] = value;
        sum += value * value;
        size++;
      }
      norms[c] = Math.sqrt(sum);
      from += count;
    }
    bounds[3] = size;
    this.allCount = total;
    return { ids, weights, bounds, norms, day: features.day };
  }

  /** A reused buffer of at least `count` numbers (its contents are the caller's until next call). */
  private scratchFor(count: number): Float64Array {
    if (this.channelScratch.length < count) this.channelScratch = new Float64Array(count * 2);
    return this.channelScratch;
  }

  /** Recomputes the member's channel norms under the current IDF. */
  private weigh(member: Member): void {
    const { ids, weights, bounds, norms } = member;
    const df = this.df;
    const logTable = this.logTable;
    const logCount = this.logCount;
    for (let c = 0; c < 3; c++) {
      let sum = 0;
      const to = bounds[c + 1]!;
      for (let k = bounds[c]!; k < to; k++) {
        const w = weights[k]! * (logCount - logTable[df[ids[k]!]!]!);
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
    this.candidates(article);
    if (this.chosenCount === 0) return -1;
    this.prepareQuery(article);
    const short = article.bounds[1]! - article.bounds[0]! < o.shortArticleTerms;
    if (short) this.stampQuery();
    let best = -1;
    let bestScore = o.threshold;
    for (let j = 0; j < this.chosenCount; j++) {
      const index = this.chosen[j]!;
      const story = this.storyStates[index]!;
      let score = this.storyScore(article, story);
      if (short) score = Math.max(score, this.bestMemberScore(article, story));
      score *= this.timeFactor(article.day, story);
      if (score > bestScore || (score === bestScore && (best < 0 || index < best))) {
        best = index;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The article's kept keys that an earlier article had, each with TF-IDF × IDF (the factor of
   * its dot product with a story's sums); a key no earlier article had is in no story.
   */
  private prepareQuery(article: Member): void {
    const { ids, bounds } = article;
    const size = bounds[3]!;
    if (this.queryIds.length < size) {
      this.queryIds = new Int32Array(size * 2);
      this.queryWeights = new Float64Array(size * 2);
    }
    const queryIds = this.queryIds;
    const queryWeights = this.queryWeights;
    const tfidf = this.tfidf;
    const df = this.df;
    let q = 0;
    for (let c = 0; c < 3; c++) {
      this.queryBounds[c] = q;
      const to = bounds[c + 1]!;
      for (let k = bounds[c]!; k < to; k++) {
        const id = ids[k]!;
        if (df[id] === 0) continue;
        queryIds[q] = id;
        queryWeights[q] = tfidf[k]! * this.idf(id);
        q++;
      }
    }
    this.queryBounds[3] = q;
  }

  /**
   * Stories sharing the article's heaviest keys, most shared weight first (ties: the earlier
   * story), into `chosen`: its `queryTerms` heaviest words and, apart, its `queryEntities`
   * heaviest entities (title keys repeat text keys).
   */
  private candidates(article: Member): void {
    const o = this.options;
    this.stamp++;
    this.votedCount = 0;
    this.vote(article, 0, o.queryTerms);
    this.vote(article, 1, o.queryEntities);
    const weights = this.voteWeights;
    let top = 0;
    for (let v = 0; v < this.votedCount; v++) {
      const weight = weights[this.voted[v]!]!;
      if (weight > top) top = weight;
    }
    const floor = top * o.candidateVoteShare;
    // Insertion into a short list ordered by weight (descending), then story (ascending).
    const chosen = this.chosen;
    const chosenWeights = this.chosenWeights;
    const limit = chosen.length;
    let count = 0;
    for (let v = 0; v < this.votedCount; v++) {
      const story = this.voted[v]!;
      const weight = weights[story]!;
      if (weight < floor) continue;
      let at = count;
      while (at > 0) {
        const previous = chosenWeights[at - 1]!;
        if (previous > weight || (previous === weight && chosen[at - 1]! < story)) break;
        at--;
      }
      if (at >= limit) continue;
      for (let m = Math.min(count, limit - 1); m > at; m--) {
        chosen[m] = chosen[m - 1]!;
        chosenWeights[m] = chosenWeights[m - 1]!;
      }
      chosen[at] = story;
      chosenWeights[at] = weight;
      if (count < limit) count++;
    }
    this.chosenCount = count;
  }

  /** Adds the weight of the channel's `count` heaviest keys to each story posted under them. */
  private vote(article: Member, channel: number, count: number): void {
    const o = this.options;
    const from = article.bounds[channel]!;
    const to = article.bounds[channel + 1]!;
    const tfidf = this.tfidf;
    const cut = kthLargest(tfidf, from, to, count, this.selection);
    const stamps = this.voteStamps;
    const weights = this.voteWeights;
    const stamp = this.stamp;
    for (let k = from; k < to; k++) {
      const weight = tfidf[k]!;
      if (weight < cut) continue;
      const posting = this.postings[article.ids[k]!];
      if (posting === undefined || posting.length > o.maxPosting) continue;
      for (let p = 0; p < posting.length; p++) {
        const story = posting[p]!;
        if (stamps[story] === stamp) {
          weights[story]! += weight;
        } else {
          stamps[story] = stamp;
          weights[story] = weight;
          this.voted[this.votedCount++] = story;
        }
      }
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
    const norms = article.norms;
    const queryIds = this.queryIds;
    const queryWeights = this.queryWeights;
    const queryBounds = this.queryBounds;
    const sums = story.sums;
    const share = this.options.centroidShare;
    let total = 0;
    let sum = 0;
    for (let c = 0; c < 3; c++) {
      const norm = norms[c]!;
      const present = story.present[c]!;
      if (norm === 0 || present === 0) continue;
      let dot = 0;
      const to = queryBounds[c + 1]!;
      for (let q = queryBounds[c]!; q < to; q++) {
        const value = sums.get(queryIds[q]!);
        if (value !== 0) dot += queryWeights[q]! * value;
      }
      const weight = this.channelWeights[c]!;
      total += (weight * present) / n;
      const squares = story.squares[c]!;
      const centroid = squares > 0 ? dot / (norm * Math.sqrt(squares)) : 0;
      sum += weight * ((1 - share) * (dot / (norm * n)) + share * centroid);
    }
    return total > 0 ? sum / total : 0;
  }

  /** Writes the query weights into the dense stamped table (`stamp` is this addition's). */
  private stampQuery(): void {
    const size = this.queryBounds[3]!;
    const capacity = this.df.length;
    if (this.denseWeights.length < capacity) {
      this.denseWeights = new Float64Array(capacity);
      this.denseStamps = new Int32Array(capacity);
    }
    const stamp = this.stamp;
    for (let q = 0; q < size; q++) {
      const id = this.queryIds[q]!;
      this.denseStamps[id] = stamp;
      this.denseWeights[id] = this.queryWeights[q]!;
    }
  }

  /**
   * The article's best channel-mixed cosine with a single window member (single link): a short
   * article shares a few words with each member of its story, and averaging over long members
   * dilutes that. Requires `stampQuery` for this addition.
   */
  private bestMemberScore(article: Member, story: StoryState): number {
    const norms = article.norms;
    const stamps = this.denseStamps;
    const dense = this.denseWeights;
    const stamp = this.stamp;
    let best = 0;
    for (const member of story.window) {
      let total = 0;
      let sum = 0;
      for (let c = 0; c < 3; c++) {
        const norm = norms[c]!;
        const memberNorm = member.norms[c]!;
        if (norm === 0 || memberNorm === 0) continue;
        let dot = 0;
        const to = member.bounds[c + 1]!;
        for (let k = member.bounds[c]!; k < to; k++) {
          const id = member.ids[k]!;
          if (stamps[id] === stamp) dot += member.weights[k]! * dense[id]!;
        }
        const weight = this.channelWeights[c]!;
        total += weight;
        sum += (weight * dot) / (norm * memberNorm);
      }
      const score = total > 0 ? sum / total : 0;
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

  /** Starts a story; its id is the id of its first article. */
  private newStory(id: string, first: Member): number {
    this.storyStates.push({
      id,
      articles: [],
      window: [],
      sums: new WeightTable(first.ids.length),
      squares: [0, 0, 0],
      present: [0, 0, 0],
      builtAt: 0,
      firstDay: Number.POSITIVE_INFINITY,
      lastDay: Number.NEGATIVE_INFINITY,
    });
    const count = this.storyStates.length;
    this.storyById.set(id, count - 1);
    if (count > this.voteWeights.length) {
      const weights = new Float64Array(count * 2);
      weights.set(this.voteWeights);
      this.voteWeights = weights;
      const stamps = new Int32Array(count * 2);
      stamps.set(this.voteStamps);
      this.voteStamps = stamps;
      this.voted = new Int32Array(count * 2);
    }
    return count - 1;
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
    const { ids, weights, bounds, norms } = member;
    const sums = story.sums;
    if (sign > 0) sums.reserve(ids.length);
    const df = this.df;
    const logTable = this.logTable;
    const logCount = this.logCount;
    for (let c = 0; c < 3; c++) {
      const norm = norms[c]!;
      if (norm === 0) continue;
      story.present[c]! += sign;
      let squares = story.squares[c]!;
      const to = bounds[c + 1]!;
      for (let k = bounds[c]!; k < to; k++) {
        const id = ids[k]!;
        const value = (sign * weights[k]!) / norm;
        const before = sums.addAndGetBefore(id, value);
        const after = before + value;
        const idf = logCount - logTable[df[id]!]!;
        squares += (after * after - before * before) * idf * idf;
      }
      story.squares[c] = Math.max(0, squares);
    }
  }

  /** Recomputes the window's norms under the current IDF and the story's sums from them. */
  private rebuild(story: StoryState): void {
    story.sums.clear();
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
    const from = member.bounds[channel]!;
    const to = member.bounds[channel + 1]!;
    const tfidf = this.tfidf;
    const cut = kthLargest(tfidf, from, to, count, this.selection);
    let posted = 0;
    for (let k = from; k < to && posted < count; k++) {
      if (tfidf[k]! < cut) continue;
      posted++;
      const id = member.ids[k]!;
      if (!this.posted.add(index, id)) continue;
      let posting = this.postings[id];
      if (posting === undefined) {
        posting = [];
        this.postings[id] = posting;
      }
      posting.push(index);
    }
  }

  private countDocument(): void {
    const allIds = this.allIds;
    const df = this.df;
    for (let k = 0; k < this.allCount; k++) df[allIds[k]!]!++;
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
    // Filled up to the capacity so the array stays packed (writing far past its end would make
    // V8 switch it to a slow dictionary).
    const postings = this.postings;
    while (postings.length < capacity) postings.push(undefined);
  }
}

/**
 * The k-th largest of values[from, to) (the smallest when there are fewer than k), or +∞ for
 * none.
 */
function kthLargest(
  values: Float64Array,
  from: number,
  to: number,
  k: number,
  scratch: Float64Array[],
): number {
  const length = to - from;
  if (length <= 0 || k <= 0) return Number.POSITIVE_INFINITY;
  if (length <= k) {
    let min = Number.POSITIVE_INFINITY;
    for (let i = from; i < to; i++) if (values[i]! < min) min = values[i]!;
    return min;
  }
  // Hoare's selection (quickselect) on a copy: expected O(n).
  if (scratch[0]!.length < length) scratch[0] = new Float64Array(length * 2);
  const a = scratch[0]!;
  for (let i = 0; i < length; i++) a[i] = values[from + i]!;
  const target = length - k;
  let lo = 0;
  let hi = length - 1;
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
