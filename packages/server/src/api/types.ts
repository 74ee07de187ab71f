/**
 * The HTTP API's contract: what every `/api` endpoint accepts and returns. The server's request
 * and response schemas (and so `/api/openapi.json`) describe exactly these shapes; the web
 * interface imports these types and nothing else from the server.
 *
 * Conventions: ids the store assigns (articles, sources, feeds) are integers; story and origin
 * ids are strings. Times the server keeps are ISO 8601 UTC; an article's `published` is as its
 * feed or file gave it. Spans are [start, end) character offsets into an article's body text
 * (its paragraphs joined by "\n"). Lists are paged by `limit` and `offset` and carry `total`.
 * Every error is `ApiError` with a fitting status code.
 */

/** The one error shape, with status 4xx/5xx. */
export interface ApiError {
  error: {
    /** Stable machine-readable code, e.g. "not_found", "bad_request", "payload_too_large". */
    code: string;
    /** What went wrong, in words a user understands. */
    message: string;
  };
}

export type Span = [number, number];
export type PassageKind = 'verbatim' | 'edited' | 'translated';

export interface Passage {
  a: Span;
  b: Span;
  kind: PassageKind;
  similarity: number;
}

/** Text removed from the body, with why (the engine's reasons: navigation, credit, caption, ...). */
export interface Boilerplate {
  text: string;
  reason: string;
}

export interface SourceRef {
  id: number;
  name: string;
}

// ---------------------------------------------------------------------------------------------
// stories

/** GET /api/stories query. */
export interface StoriesQuery {
  /** 1..200, default 50. */
  limit?: number;
  offset?: number;
  /** Only stories with an article published (or fetched) at or after this ISO date-time. */
  since?: string;
  /** ... at or before this ISO date-time. */
  until?: string;
  /** Only stories with an article from this source id. */
  source?: number;
  /** Only stories with an article from a feed in this folder (or a sub-folder of it). */
  folder?: string;
  /** Only stories with an article matching this full-text query. */
  q?: string;
}

/** One story as the list shows it. */
export interface StorySummary {
  id: string;
  headline: string | null;
  /** One line: the lead sentence of the story's earliest article (at most ~240 characters). */
  gist: string | null;
  articleCount: number;
  independentReports: number;
  /** Distinct sources of the story's articles, most articles first. */
  sources: SourceRef[];
  firstPublished: string | null;
  lastPublished: string | null;
  updatedAt: string;
}

/** GET /api/stories */
export interface StoryList {
  stories: StorySummary[];
  total: number;
  limit: number;
  offset: number;
}

export interface ArticleOriginShare {
  origin: string;
  /** 0..1: fraction of the article's body that descends from that origin. */
  share: number;
}

/** An article's metadata without its body. */
export interface ArticleHead {
  id: number;
  /** Its external id: GUID, URL or file name. */
  key: string;
  title: string | null;
  byline: string | null;
  credit: string | null;
  published: string | null;
  dateline: string | null;
  url: string | null;
  source: SourceRef | null;
  feedId: number | null;
  storyId: string | null;
  fetchedAt: string;
}

/** An article inside a story: its body, what it carries from which origin, and what it adds. */
export interface StoryArticle extends ArticleHead {
  body: string[];
  boilerplate: Boilerplate[];
  origins: ArticleOriginShare[];
  /** Spans of the body that no other article of the story shares: what this article adds. */
  added: Span[];
}

export interface StoryOrigin {
  id: string;
  /** The wire service or outlet the members' credits name, or null. */
  label: string | null;
  /** The articles that carry this origin, largest share first. */
  articles: { articleId: number; share: number }[];
}

export interface StoryAlignment {
  /** Article ids, a < b; each passage's `a` span lies in article `articles[0]`. */
  articles: [number, number];
  passages: Passage[];
}

/** A place in an article where something is stated: the article and a span of its body text. */
export interface SynthesisMention {
  articleId: number;
  span: Span;
}

/** A summary sentence and who states it (in any form: verbatim, edited or paraphrased). */
export interface SynthesisSentence {
  text: string;
  articles: number[];
  /** Their origins (origin ids): the independent reports behind it. */
  origins: string[];
  /** Where each of those articles states it. */
  mentions: SynthesisMention[];
}

/** A claim of the story (a sentence or clause, normalised) and who states it, where. */
export interface SynthesisFact {
  text: string;
  articles: number[];
  origins: string[];
  /** The number of independent reports (origins) that state it: copies count once. */
  support: number;
  mentions: SynthesisMention[];
}

/** The passages of one article that appear in no other origin of the story. */
export interface SynthesisAddition {
  articleId: number;
  passages: (SynthesisMention & { text: string })[];
}

export type DiscrepancyKind = 'number' | 'date' | 'time' | 'name' | 'title' | 'place' | 'quote';

/** Values that differ between origins, or between copies of one origin (a reworded quote), about the same thing; who states each, where. */
export interface SynthesisDiscrepancy {
  kind: DiscrepancyKind;
  /** What the values are about, in words from the text (e.g. "Blinken travels to Uzbekistan"). */
  subject: string;
  values: { value: string; articles: number[]; origins: string[]; mentions: SynthesisMention[] }[];
}

export type EntityKind = 'person' | 'place' | 'organisation';

/** A person, place or organisation the story names. */
export interface SynthesisEntity {
  /** The fullest form used, e.g. "Antony Blinken". */
  name: string;
  kind: EntityKind;
  articles: number[];
  /** Where it is named: the first mentions in article order (at most a few dozen). */
  mentions: SynthesisMention[];
  /** How many mentions there are in all (more than `mentions` holds when they were capped). */
  mentionCount: number;
}

export interface SynthesisTimelineEntry {
  /** ISO 8601 as the article gave it, or null when unknown. */
  at: string | null;
  /** 'origin': the first article carrying an origin appeared; 'update': a later article. */
  kind: 'origin' | 'update';
  articleId: number;
  origin: string | null;
}

/**
 * The story's synthesis (the engine's `synthesise`, with store ids): a summary whose every
 * sentence is traced to the independent reports that state it, the facts with their support,
 * what each article adds, where origins disagree, who and where the story is about, and when
 * each report appeared. Every mention is a span of an article's body text.
 */
export interface StorySynthesis {
  /** The most representative headline among the story's articles. */
  headline: string | null;
  /** The summary's text: its sentences joined by single spaces. */
  summary: string;
  /** The summary's sentences, each with its articles and origins. */
  summarySentences: SynthesisSentence[];
  /** Most supported first. */
  facts: SynthesisFact[];
  additions: SynthesisAddition[];
  discrepancies: SynthesisDiscrepancy[];
  /** Most articles first. */
  entities: SynthesisEntity[];
  /** In time order; undated articles last. */
  timeline: SynthesisTimelineEntry[];
}

/** GET /api/stories/:id query. */
export interface StoryQuery {
  /**
   * Also synthesise the story (summary, facts, additions, discrepancies, entities, timeline;
   * tens of milliseconds for a few articles, kept
   * per story version once computed). Default false: `synthesis` is null.
   */
  synthesis?: boolean;
}

/** GET /api/stories/:id[?synthesis=true] */
export interface StoryDetail {
  story: StorySummary;
  origins: StoryOrigin[];
  /** In publication order. */
  articles: StoryArticle[];
  alignments: StoryAlignment[];
  /** Null unless asked for with `?synthesis=true` (and for stories too large to synthesise). */
  synthesis: StorySynthesis | null;
}

// ---------------------------------------------------------------------------------------------
// articles and comparison

/** GET /api/articles/:id */
export interface ArticleDetail {
  article: ArticleHead & { body: string[]; boilerplate: Boilerplate[] };
}

/**
 * GET /api/articles/:id/original[?images=true]: the raw document the article came from (its page,
 * else its feed item's document, else its file), HTML sanitised: no scripts, styles, event
 * handlers or forms; remote images only with `images=true`.
 */
export interface ArticleOriginal {
  articleId: number;
  kind: 'page' | 'feed' | 'file';
  url: string;
  contentType: string | null;
  fetchedAt: string;
  /** Sanitised HTML (HTML documents) or null. */
  html: string | null;
  /** The plain text (text documents) or null. */
  text: string | null;
}

/** GET /api/compare?a=<id>&b=<id>: aligned passages between any two articles. */
export interface Comparison {
  a: ArticleDetail['article'];
  b: ArticleDetail['article'];
  /** Each passage's `a` span lies in article a, its `b` span in article b. */
  passages: Passage[];
  /** Spans of a that b does not share, and of b that a does not share. */
  addedA: Span[];
  addedB: Span[];
}

// ---------------------------------------------------------------------------------------------
// search

/** GET /api/search?q=&limit=&offset= (SQLite FTS5 over titles and bodies). */
export interface SearchResults {
  query: string;
  hits: { article: ArticleHead; snippet: string }[];
  total: number;
  limit: number;
  offset: number;
}

// ---------------------------------------------------------------------------------------------
// sources and feeds

export interface SourceView {
  id: number;
  name: string;
  host: string | null;
  articleCount: number;
  fetchPages: boolean;
  contentSelector: string | null;
}

/** GET /api/sources */
export interface SourceList {
  sources: SourceView[];
}

export interface FeedView {
  id: number;
  url: string;
  title: string | null;
  siteUrl: string | null;
  folder: string | null;
  source: SourceRef | null;
  addedAt: string;
  /** "ok" after a good poll, "failing" when the last poll failed, "new" before the first. */
  status: 'new' | 'ok' | 'failing';
  lastStatus: number | null;
  /** The last poll's error in plain words, or null. */
  lastError: string | null;
  lastPolledAt: string | null;
  nextPollAt: string;
  consecutiveFailures: number;
  intervalSeconds: number;
}

/** GET /api/feeds */
export interface FeedList {
  feeds: FeedView[];
  /** Distinct folders, sorted. */
  folders: string[];
}

/** POST /api/feeds body: a feed URL or a site URL (its feeds are discovered). */
export interface FeedAddRequest {
  url: string;
  folder?: string | null;
}

/** POST /api/feeds → 201 (created) or 200 (already subscribed). */
export interface FeedAddResponse {
  feed: FeedView;
  created: boolean;
}

/** PATCH /api/feeds/:id body. */
export interface FeedUpdateRequest {
  folder?: string | null;
  title?: string | null;
}

/**
 * POST /api/feeds/opml with the OPML document as the body (Content-Type text/x-opml,
 * application/xml or text/xml). GET /api/feeds/opml returns the subscriptions as OPML.
 */
export interface OpmlImportResult {
  added: number;
  existing: number;
  failed: { url: string; error: string }[];
}

// ---------------------------------------------------------------------------------------------
// refresh, status, events

/** POST /api/refresh body (optional): poll every feed, not only the due ones. */
export interface RefreshRequest {
  all?: boolean;
}

/** POST /api/refresh → 202: a polling round started (or was already running). */
export interface RefreshStarted {
  started: boolean;
  running: boolean;
}

/** GET /api/status */
export interface Status {
  version: string;
  articles: number;
  stories: number;
  feeds: number;
  refreshing: boolean;
  lastRefreshAt: string | null;
  /** True when the store holds no article: the interface offers the example corpus. */
  empty: boolean;
}

/** POST /api/demo → 200: imports the bundled example corpus (the five seeds). */
export interface DemoImportResult {
  articles: number;
  stories: number;
}

/**
 * GET /api/events: server-sent events. `event: stories` with data `StoriesChanged` after new
 * articles were folded; `event: feeds` with data `FeedsChanged` after a poll changed feeds.
 */
export interface StoriesChanged {
  stories: string[];
}

export interface FeedsChanged {
  feeds: number[];
}
