/**
 * The article in its two states: as it arrives (raw) and after cleaning (body plus metadata).
 * Words follow DESIGN.md: an article has a body (paragraphs of news) and boilerplate (the rest).
 */

/** An article as it arrives from a file, feed or page: text with paragraphs separated by newlines. */
export interface RawArticle {
  id: string;
  text: string;
  title?: string | undefined;
  url?: string | undefined;
  /** The outlet or site that published it; used to learn that source's page furniture. */
  source?: string | undefined;
  /** ISO 8601 date or date-time, when the input says so. */
  published?: string | undefined;
  /** A byline known from the input's metadata (for example an HTML page's author). */
  byline?: string | undefined;
}

/** Why a line of the raw text is not body. */
export type BoilerplateReason =
  | 'navigation'
  | 'subscription'
  | 'related'
  | 'promotion'
  | 'caption'
  | 'credit'
  | 'byline'
  | 'dateline'
  | 'date'
  | 'title'
  | 'furniture';

export interface Boilerplate {
  text: string;
  reason: BoilerplateReason;
}

/** A cleaned article: the body is news paragraphs only; everything else is metadata or boilerplate. */
export interface Article {
  id: string;
  title: string | null;
  byline: string | null;
  /** Who the text credits as its author organisation, e.g. "Reuters", "The Associated Press". */
  credit: string | null;
  /** ISO 8601 date or date-time. */
  published: string | null;
  /** The place a dateline names, e.g. "Astana". */
  dateline: string | null;
  source: string | null;
  url: string | null;
  body: string[];
  boilerplate: Boilerplate[];
}

/** The character offsets of an article's body: paragraphs joined by "\n". */
export function bodyText(article: Pick<Article, 'body'>): string {
  return article.body.join('\n');
}

/** An article with the given id, body and metadata; metadata not given is null, boilerplate empty. */
export function articleWith(fields: Pick<Article, 'id' | 'body'> & Partial<Article>): Article {
  return {
    title: null,
    byline: null,
    credit: null,
    published: null,
    dateline: null,
    source: null,
    url: null,
    boilerplate: [],
    ...fields,
  };
}
