/**
 * A story (/stories/:id): headline, span and counts; its synthesis (summary with sources, facts,
 * discrepancies, names, timeline: synthesis-section.tsx); its origins, each with the articles that
 * carry it and their shares; every article with what it adds; choose two articles to compare.
 * Keys: n/p select the next/previous article, o/Enter open it, v open its original.
 */
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from './api.js';
import { useDocumentTitle } from './document-title.js';
import { ErrorMessage, Loading } from './error-message.js';
import { focusInto, useKeyHandlers } from './key-handlers.js';
import { isWebUrl } from './meta-line.js';
import { NotFoundPage } from './not-found-page.js';
import { originNames } from './origin-names.js';
import { OriginSection } from './origin-section.js';
import { nameList, plural } from './plural.js';
import { formatSpan } from './relative-time.js';
import { StoryArticleCard } from './story-article-card.js';
import { SynthesisSection } from './synthesis-section.js';
import { useResource } from './use-resource.js';

export function StoryPage() {
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const resource = useResource(`story:${id}`, (signal) => api.story(id, signal, { synthesis: true }), [
    'stories',
  ]);
  const detail = resource.data;
  useDocumentTitle(detail?.story.headline ?? 'Story');
  const [chosen, setChosen] = useState<number[]>([]);
  const [selected, setSelected] = useState(-1);
  const now = useMemo(() => (detail ? Date.now() : 0), [detail]);

  const names = useMemo(() => originNames(detail?.origins ?? []), [detail]);
  const byId = useMemo(() => new Map((detail?.articles ?? []).map((a) => [a.id, a])), [detail]);
  const choose = useCallback((articleId: number, on: boolean) => {
    setChosen((previous) => {
      const rest = previous.filter((x) => x !== articleId);
      return on ? [...rest, articleId].slice(-2) : rest;
    });
  }, []);
  const select = useCallback((index: number) => setSelected(index), []);

  const articles = detail?.articles ?? [];
  const move = (step: number) => {
    if (articles.length === 0) return;
    const index = Math.max(0, Math.min(articles.length - 1, selected + step));
    setSelected(index);
    focusInto(document.querySelector(`[data-article-index="${index}"]`));
  };
  useKeyHandlers({
    'next-article': () => move(1),
    'previous-article': () => move(selected < 0 ? 1 : -1),
    open: () => {
      const article = articles[selected];
      if (article !== undefined) navigate(`/articles/${article.id}`);
    },
    'view-original': () => {
      const url = articles[selected]?.url;
      if (isWebUrl(url)) window.open(url, '_blank', 'noopener,noreferrer');
    },
  });

  if (resource.missing) return <NotFoundPage what="story" />;
  if (detail === undefined) {
    return (
      <section className="page">
        <ErrorMessage message={resource.error} onRetry={resource.reload} />
        {resource.error === null && <Loading what="the story" />}
      </section>
    );
  }

  const { story } = detail;
  const [a, b] = chosen;
  return (
    <div className="page story-page">
      <header className="page-heading">
        <p className="breadcrumb">
          <Link to="/">Stories</Link>
        </p>
        <h1>{story.headline ?? 'Untitled story'}</h1>
        <p className="story-meta">
          <span className="story-counts">
            {plural(story.articleCount, 'article')} from{' '}
            {plural(story.independentReports, 'independent report')}
          </span>
          {' · '}
          {formatSpan(story.firstPublished, story.lastPublished, now)}
        </p>
        {story.sources.length > 0 && (
          <p className="story-sources">
            {nameList(
              story.sources.map((s) => s.name),
              12,
            )}
          </p>
        )}
      </header>
      <ErrorMessage message={resource.error} onRetry={resource.reload} />

      {detail.synthesis && (
        <SynthesisSection synthesis={detail.synthesis} origins={detail.origins} articles={byId} />
      )}

      <section className="origins" aria-labelledby="origins-title">
        <h2 id="origins-title">{plural(detail.origins.length, 'independent report')}</h2>
        {detail.origins.map((origin) => (
          <OriginSection key={origin.id} origin={origin} name={names.get(origin.id) ?? ''} articles={byId} />
        ))}
      </section>

      <section className="articles" aria-labelledby="articles-title">
        <h2 id="articles-title">Articles</h2>
        <p className="muted">
          Tick two articles to compare them side by side. Keys: <kbd>n</kbd>/<kbd>p</kbd> next/previous
          article, <kbd>o</kbd> open, <kbd>v</kbd> original.
        </p>
        {articles.map((article, index) => (
          <StoryArticleCard
            key={article.id}
            article={article}
            index={index}
            selected={index === selected}
            chosen={chosen.includes(article.id)}
            originNames={names}
            now={now}
            onChoose={choose}
            onSelect={select}
          />
        ))}
      </section>

      <div className="compare-bar" aria-live="polite">
        {a !== undefined && b !== undefined ? (
          <Link className="button-link primary" to={`/compare?a=${a}&b=${b}`}>
            Compare the two chosen articles
          </Link>
        ) : (
          <span className="muted">
            {chosen.length === 0 ? 'Choose two articles to compare.' : 'Choose one more article to compare.'}
          </span>
        )}
      </div>
    </div>
  );
}
