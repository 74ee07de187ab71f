/** Full-text search (/search?q=): hits with their snippets, matches marked, linked to article and story. */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from './api.js';
import { SEARCH_PAGE_SIZE } from './defaults.js';
import { useDocumentTitle } from './document-title.js';
import { ErrorMessage, Loading } from './error-message.js';
import { MetaLine } from './meta-line.js';
import { plural } from './plural.js';
import { formatRelative } from './relative-time.js';
import { parseSnippet } from './snippet.js';
import { useResource } from './use-resource.js';

export function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  useDocumentTitle(q ? `Search: ${q}` : 'Search');
  const [page, setPage] = useState({ q, offset: 0 });
  const offset = page.q === q ? page.offset : 0;
  const resource = useResource(`search:${q}:${offset}`, (signal) =>
    q === '' ? Promise.resolve(null) : api.search(q, SEARCH_PAGE_SIZE, offset, signal),
  );
  const results = resource.data;
  const now = Date.now();
  return (
    <section className="page search-page" aria-labelledby="search-title">
      <h1 id="search-title">{q ? `Search: ${q}` : 'Search'}</h1>
      {q === '' && <p>Type words in the search box above (press / to go there).</p>}
      <ErrorMessage message={resource.error} onRetry={resource.reload} />
      {results === undefined && resource.error === null && q !== '' && <Loading what="results" />}
      {results && (
        <>
          <p className="muted">{plural(results.total, 'article')} found</p>
          <ol className="search-hits" start={offset + 1}>
            {results.hits.map((hit) => (
              <li key={hit.article.id} className="search-hit">
                <h2>
                  <Link to={`/articles/${hit.article.id}`}>{hit.article.title ?? hit.article.key}</Link>
                </h2>
                <MetaLine
                  parts={[
                    hit.article.source?.name,
                    hit.article.published && formatRelative(hit.article.published, now),
                    hit.article.storyId && (
                      <Link to={`/stories/${encodeURIComponent(hit.article.storyId)}`}>its story</Link>
                    ),
                  ]}
                />
                <p className="snippet">
                  {parseSnippet(hit.snippet).map((piece, index) =>
                    piece.match ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: pieces are fixed for a snippet.
                      <mark key={index}>{piece.text}</mark>
                    ) : (
                      piece.text
                    ),
                  )}
                </p>
              </li>
            ))}
          </ol>
          <nav className="pager" aria-label="Search result pages">
            {offset > 0 && (
              <button
                type="button"
                onClick={() => setPage({ q, offset: Math.max(0, offset - SEARCH_PAGE_SIZE) })}
              >
                Previous
              </button>
            )}
            {offset + results.hits.length < results.total && (
              <button type="button" onClick={() => setPage({ q, offset: offset + SEARCH_PAGE_SIZE })}>
                Next
              </button>
            )}
          </nav>
        </>
      )}
    </section>
  );
}
