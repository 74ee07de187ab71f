/**
 * A prepared article as the store's records: a new input (with its provenance) or an in-place
 * update of a stored one (reprocessing). The engine's fold data travels as opaque bytes.
 */
import { encodeFoldData, type PreparedArticle } from '@storyfold/engine';
import type { ArticleInput, ArticleUpdate } from '@storyfold/store';
import type { IncomingArticle } from './aggregator.js';

export function articleInput(item: IncomingArticle, prepared: PreparedArticle): ArticleInput {
  const { article, text, ...data } = prepared;
  return {
    key: item.raw.id,
    sourceId: item.sourceId,
    feedId: item.feedId,
    url: article.url,
    guid: item.guid,
    title: article.title,
    byline: article.byline,
    credit: article.credit,
    published: article.published,
    dateline: article.dateline,
    lang: item.lang,
    body: article.body,
    boilerplate: article.boilerplate,
    fetchedAt: item.fetchedAt,
    feedDocumentId: item.feedDocumentId,
    pageDocumentId: item.pageDocumentId,
    engine: encodeFoldData(data),
  };
}

/** The cleaned text, metadata and fold data of a stored article prepared again. */
export function articleUpdate(id: number, prepared: PreparedArticle): ArticleUpdate {
  const { article, text, ...data } = prepared;
  return {
    id,
    title: article.title,
    byline: article.byline,
    credit: article.credit,
    published: article.published,
    dateline: article.dateline,
    body: article.body,
    boilerplate: article.boilerplate,
    engine: encodeFoldData(data),
  };
}
