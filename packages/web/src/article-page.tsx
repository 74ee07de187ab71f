/**
 * An article's reader view (/articles/:id): title, byline, credit, source, time, dateline and the
 * clean body; a link to its story; its removed boilerplate and its original document on demand.
 * Key v opens the original URL.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from './api.js';
import { BoilerplateToggle } from './boilerplate-list.js';
import { useDocumentTitle } from './document-title.js';
import { ErrorMessage, Loading } from './error-message.js';
import { useKeyHandlers } from './key-handlers.js';
import { isWebUrl } from './meta-line.js';
import { NotFoundPage } from './not-found-page.js';
import { OriginalView } from './original-view.js';
import { formatDateTime } from './relative-time.js';
import { useResource } from './use-resource.js';

export function ArticlePage() {
  const id = useParams().id ?? '';
  const resource = useResource(`article:${id}`, (signal) => api.article(id, signal));
  const article = resource.data?.article;
  useDocumentTitle(article?.title ?? 'Article');
  const [showOriginal, setShowOriginal] = useState(false);
  useKeyHandlers({
    'view-original': () => {
      if (isWebUrl(article?.url)) window.open(article.url, '_blank', 'noopener,noreferrer');
    },
  });

  if (resource.missing) return <NotFoundPage what="article" />;
  if (article === undefined) {
    return (
      <section className="page">
        <ErrorMessage message={resource.error} onRetry={resource.reload} />
        {resource.error === null && <Loading what="the article" />}
      </section>
    );
  }

  return (
    <article className="page reader" aria-labelledby="article-title">
      <header>
        {article.storyId && (
          <p className="breadcrumb">
            <Link to={`/stories/${encodeURIComponent(article.storyId)}`}>Back to the story</Link>
          </p>
        )}
        <h1 id="article-title">{article.title ?? article.key}</h1>
        <dl className="reader-meta">
          {article.source && (
            <div>
              <dt>Source</dt>
              <dd>{article.source.name}</dd>
            </div>
          )}
          {article.byline && (
            <div>
              <dt>By</dt>
              <dd>{article.byline}</dd>
            </div>
          )}
          {article.credit && (
            <div>
              <dt>Credit</dt>
              <dd>{article.credit}</dd>
            </div>
          )}
          {article.published && (
            <div>
              <dt>Published</dt>
              <dd>
                <time dateTime={article.published}>{formatDateTime(article.published)}</time>
              </dd>
            </div>
          )}
          {article.dateline && (
            <div>
              <dt>Dateline</dt>
              <dd>{article.dateline}</dd>
            </div>
          )}
        </dl>
        <p className="article-actions">
          {isWebUrl(article.url) && (
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              View original page<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          )}
          <button type="button" className="original-toggle" onClick={() => setShowOriginal(!showOriginal)}>
            {showOriginal ? 'Hide the original document' : 'View original'}
          </button>
        </p>
      </header>
      <div className="reader-body">
        {article.body.map((paragraph, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are fixed for an article.
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <BoilerplateToggle boilerplate={article.boilerplate} />
      {showOriginal && <OriginalView articleId={article.id} />}
    </article>
  );
}
