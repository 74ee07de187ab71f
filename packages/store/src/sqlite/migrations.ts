/**
 * The SQLite schema as an append-only list of migrations. The schema version is the list's length
 * and is kept in `PRAGMA user_version`; opening applies the missing steps in order, each in its own
 * transaction. Never edit or reorder a step that has shipped: append a new one.
 *
 * Conventions: store-assigned ids are INTEGER PRIMARY KEY (rowid, never reused thanks to
 * AUTOINCREMENT on articles, whose ids the engine keeps); timestamps are ISO 8601 text; JSON
 * columns hold arrays/objects as text; raw document bytes are a BLOB with their codec.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the first schema
  `
  CREATE TABLE sources (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    host       TEXT,
    options    TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX sources_host ON sources (host) WHERE host IS NOT NULL;
  CREATE UNIQUE INDEX sources_name ON sources (name) WHERE host IS NULL;

  CREATE TABLE feeds (
    id                   INTEGER PRIMARY KEY,
    url                  TEXT NOT NULL UNIQUE,
    source_id            INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    title                TEXT,
    site_url             TEXT,
    folder               TEXT,
    added_at             TEXT NOT NULL,
    etag                 TEXT,
    last_modified        TEXT,
    last_status          INTEGER,
    last_error           TEXT,
    last_polled_at       TEXT,
    next_poll_at         TEXT NOT NULL,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    interval_seconds     INTEGER NOT NULL,
    min_interval_seconds INTEGER,
    max_interval_seconds INTEGER
  );
  CREATE INDEX feeds_next_poll ON feeds (next_poll_at);

  CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('feed', 'page', 'file')),
    url          TEXT NOT NULL,
    fetched_at   TEXT NOT NULL,
    status       INTEGER,
    content_type TEXT,
    codec        TEXT NOT NULL,
    size         INTEGER NOT NULL,
    content      BLOB NOT NULL,
    source_id    INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    feed_id      INTEGER REFERENCES feeds (id) ON DELETE SET NULL
  );
  CREATE INDEX documents_source ON documents (source_id, id);
  CREATE INDEX documents_feed ON documents (feed_id, id);

  CREATE TABLE articles (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    key              TEXT NOT NULL,
    source_id        INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    feed_id          INTEGER REFERENCES feeds (id) ON DELETE SET NULL,
    url              TEXT,
    url_key          TEXT,
    guid             TEXT,
    title            TEXT,
    byline           TEXT,
    credit           TEXT,
    published        TEXT,
    dateline         TEXT,
    lang             TEXT,
    body             TEXT NOT NULL,
    boilerplate      TEXT NOT NULL,
    content_hash     TEXT NOT NULL,
    fetched_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    feed_document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    page_document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    engine           BLOB,
    story_id         TEXT
  );
  CREATE INDEX articles_key ON articles (key);
  CREATE INDEX articles_feed_guid ON articles (feed_id, guid) WHERE guid IS NOT NULL;
  CREATE INDEX articles_source_guid ON articles (source_id, guid) WHERE guid IS NOT NULL;
  CREATE INDEX articles_url_key ON articles (url_key) WHERE url_key IS NOT NULL;
  CREATE INDEX articles_hash ON articles (content_hash, source_id);
  CREATE INDEX articles_source ON articles (source_id, id);
  CREATE INDEX articles_story ON articles (story_id) WHERE story_id IS NOT NULL;

  CREATE TABLE alignments (
    a        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    b        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    passages TEXT NOT NULL,
    PRIMARY KEY (a, b),
    CHECK (a < b)
  ) WITHOUT ROWID;
  CREATE INDEX alignments_b ON alignments (b, a);

  CREATE TABLE stories (
    id                  TEXT PRIMARY KEY,
    headline            TEXT,
    article_ids         TEXT NOT NULL,
    origin_ids          TEXT NOT NULL,
    independent_reports INTEGER NOT NULL,
    first_published     TEXT,
    last_published      TEXT,
    updated_at          TEXT NOT NULL,
    rank                REAL NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX stories_rank ON stories (rank DESC, id);

  CREATE TABLE origins (
    id       TEXT PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    label    TEXT,
    articles TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX origins_story ON origins (story_id);

  CREATE TABLE state (
    key        TEXT PRIMARY KEY,
    value      BLOB NOT NULL,
    updated_at TEXT NOT NULL
  ) WITHOUT ROWID;
  `,

  // 2: full-text search over articles, story spans for time filters, indexes for story filters.
  // article_search is an FTS5 index with EXTERNAL content: its text is read back (for snippet())
  // from the view article_search_text, which derives it from articles (title; body paragraphs
  // joined by "\n"), so the text is not stored twice. The triggers keep the index in step with
  // every insert, text rewrite and delete of an article, in the same statement's transaction;
  // migration 5 backfills the articles already stored (FTS5's 'rebuild' cannot read this view: it
  // names json_each as main.json_each, which does not exist; so does a full scan of
  // article_search without MATCH). The triggers read the text through the same view, so what a
  // delete removes is exactly what was added: a delete or rewrite removes the old text BEFORE the
  // row changes, an insert or rewrite adds the new text AFTER it.
  // span_start/span_end are the story's [firstPublished, lastPublished] in canonical UTC form
  // (updated_at when neither is known).
  `
  CREATE VIEW article_search_text AS
    SELECT id, title,
      (SELECT group_concat(value, char(10) ORDER BY key) FROM json_each(articles.body)) AS body
    FROM articles;
  CREATE VIRTUAL TABLE article_search USING fts5 (
    title, body,
    content = 'article_search_text', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
  );
  -- (The backfill that stood here moved to migration 5, which rebuilds the index anyway: a
  -- database at schema 2-4 already holds it, one at schema 1 now builds it once, not twice.)

  CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search (rowid, title, body)
      SELECT id, title, body FROM article_search_text WHERE id = new.id;
  END;
  CREATE TRIGGER articles_search_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO article_search (article_search, rowid, title, body)
      SELECT 'delete', id, title, body FROM article_search_text WHERE id = old.id;
  END;
  CREATE TRIGGER articles_search_unindex BEFORE UPDATE OF title, body ON articles
    WHEN old.title IS NOT new.title OR old.body IS NOT new.body BEGIN
    INSERT INTO article_search (article_search, rowid, title, body)
      SELECT 'delete', id, title, body FROM article_search_text WHERE id = old.id;
  END;
  CREATE TRIGGER articles_search_reindex AFTER UPDATE OF title, body ON articles
    WHEN old.title IS NOT new.title OR old.body IS NOT new.body BEGIN
    INSERT INTO article_search (rowid, title, body)
      SELECT id, title, body FROM article_search_text WHERE id = new.id;
  END;

  ALTER TABLE stories ADD COLUMN span_start TEXT;
  ALTER TABLE stories ADD COLUMN span_end TEXT;
  UPDATE stories SET
    span_start = coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', first_published),
      strftime('%Y-%m-%dT%H:%M:%fZ', last_published), updated_at),
    span_end = coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', last_published),
      strftime('%Y-%m-%dT%H:%M:%fZ', first_published), updated_at);

  DROP INDEX articles_story;
  CREATE INDEX articles_story_source ON articles (story_id, source_id) WHERE story_id IS NOT NULL;
  CREATE INDEX articles_feed_story ON articles (feed_id, story_id) WHERE feed_id IS NOT NULL;
  CREATE INDEX feeds_folder ON feeds (folder) WHERE folder IS NOT NULL;
  `,

  // 3: covering indexes for story filters, so that no filter reads article rows (whose body
  // sits before story_id, so reading story_id from the row walks the body's overflow pages):
  // story → its articles' sources and feeds (storySources, per-story source/folder/text checks),
  // source → stories, article id → story (stories of full-text matches).
  `
  DROP INDEX articles_story_source;
  CREATE INDEX articles_story ON articles (story_id, source_id, feed_id) WHERE story_id IS NOT NULL;
  CREATE INDEX articles_source_story ON articles (source_id, story_id) WHERE story_id IS NOT NULL;
  CREATE INDEX articles_id_story ON articles (id, story_id) WHERE story_id IS NOT NULL;
  `,

  // 4: the rank index carries each story's span, so time filters are checked on index entries
  // while walking the rank order, without reading story rows (33k stories: 25 ms → a few ms).
  `
  DROP INDEX stories_rank;
  CREATE INDEX stories_rank ON stories (rank DESC, id, span_start, span_end);
  `,

  // 5: the search index gains a prefix index for 3-character prefixes (the shortest a search
  // expands, SEARCH_MIN_PREFIX_CHARS), which otherwise merge the doclists of thousands of words
  // on every query (bench corpus, 20,000 articles: counting "con*" matches 16 ms → 1.3 ms). It
  // costs about 70% more index bytes (same corpus: 2.7 → 4.7 KB per article). Rebuilt from the view.
  `
  DROP TABLE article_search;
  CREATE VIRTUAL TABLE article_search USING fts5 (
    title, body,
    content = 'article_search_text', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
  );
  INSERT INTO article_search (rowid, title, body) SELECT id, title, body FROM article_search_text;
  `,
];

/** The schema version this code writes: the number of migrations. */
export const SCHEMA_VERSION = MIGRATIONS.length;
