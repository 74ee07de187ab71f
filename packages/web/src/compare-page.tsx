/**
 * Comparison of two articles (/compare?a=&b=): both bodies side by side (stacked on narrow
 * screens), passages highlighted by kind with a legend, added text marked; hovering or focusing a
 * passage highlights its counterpart in the other column.
 */
import type { Comparison } from '@storyfold/server/api';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from './api.js';
import { useDocumentTitle } from './document-title.js';
import { ErrorMessage, Loading } from './error-message.js';
import { HighlightedBody, type HighlightKind, HighlightLegend } from './highlighted-body.js';
import { isWebUrl, MetaLine } from './meta-line.js';
import { plural } from './plural.js';
import { formatDateTime } from './relative-time.js';
import type { Mark } from './segments.js';
import { useResource } from './use-resource.js';

function marksOf(comparison: Comparison, side: 'a' | 'b'): Mark<HighlightKind>[] {
  const marks: Mark<HighlightKind>[] = comparison.passages.map((passage, index) => ({
    span: passage[side],
    kind: passage.kind,
    passage: index,
  }));
  for (const span of side === 'a' ? comparison.addedA : comparison.addedB)
    marks.push({ span, kind: 'added' });
  return marks;
}

export function ComparePage() {
  useDocumentTitle('Compare');
  const [params] = useSearchParams();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const valid = /^\d+$/.test(a) && /^\d+$/.test(b);
  const resource = useResource(`compare:${a}:${b}`, (signal) =>
    valid ? api.compare(a, b, signal) : Promise.reject(new Error('Choose two articles to compare (?a=&b=).')),
  );
  const comparison = resource.data;
  const [active, setActive] = useState<number | null>(null);
  const activate = useCallback((passage: number | null) => setActive(passage), []);
  const marksA = useMemo(() => (comparison ? marksOf(comparison, 'a') : []), [comparison]);
  const marksB = useMemo(() => (comparison ? marksOf(comparison, 'b') : []), [comparison]);

  if (comparison === undefined) {
    return (
      <section className="page">
        <h1>Compare</h1>
        <ErrorMessage
          message={resource.error}
          onRetry={valid && !resource.missing ? resource.reload : undefined}
        />
        {resource.error === null && <Loading what="the comparison" />}
      </section>
    );
  }

  const counts = { verbatim: 0, edited: 0, translated: 0 };
  for (const passage of comparison.passages) counts[passage.kind]++;
  const storyId = comparison.a.storyId ?? comparison.b.storyId;
  const columns = [
    { side: 'A', article: comparison.a, marks: marksA, other: 'B' },
    { side: 'B', article: comparison.b, marks: marksB, other: 'A' },
  ];
  return (
    <div className="page compare-page">
      <header className="page-heading">
        <p className="breadcrumb actions">
          {storyId && <Link to={`/stories/${encodeURIComponent(storyId)}`}>Back to the story</Link>}
          <Link to={`/compare?a=${b}&b=${a}`} className="swap-link">
            Swap the columns
          </Link>
        </p>
        <h1>Compare two articles</h1>
        <p className="muted">
          {plural(comparison.passages.length, 'shared passage')}: {counts.verbatim} copied, {counts.edited}{' '}
          edited, {counts.translated} translated.
        </p>
        <HighlightLegend />
      </header>
      <div className="compare-columns">
        {columns.map((column) => (
          <section
            key={column.side}
            className={`compare-column column-${column.side.toLowerCase()}`}
            aria-labelledby={`column-${column.side}`}
            data-article-id={column.article.id}
          >
            <h2 id={`column-${column.side}`}>
              <span className="column-letter">{column.side}</span>{' '}
              <Link to={`/articles/${column.article.id}`}>{column.article.title ?? column.article.key}</Link>
            </h2>
            <MetaLine
              parts={[
                column.article.source?.name,
                column.article.published && formatDateTime(column.article.published),
                isWebUrl(column.article.url) && (
                  <a href={column.article.url} target="_blank" rel="noopener noreferrer">
                    original<span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                ),
              ]}
            />
            <HighlightedBody
              paragraphs={column.article.body}
              marks={column.marks}
              active={active}
              onActivate={activate}
              counterpart={`with article ${column.other}`}
            />
          </section>
        ))}
      </div>
    </div>
  );
}
