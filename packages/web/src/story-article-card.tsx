/**
 * One article inside a story: its metadata, what it carries from which origin, what it adds
 * beyond its origin (the `added` spans as excerpts), its removed boilerplate on demand, links to
 * the reader view and the original, and a checkbox to choose it for comparison.
 */
import type { StoryArticle } from '@storyfold/server/api';
import { memo } from 'react';
import { Link } from 'react-router';
import { BoilerplateToggle } from './boilerplate-list.js';
import { ADDED_EXCERPT_CHARS, ADDED_MIN_CHARS } from './defaults.js';
import { isWebUrl, MetaLine } from './meta-line.js';
import { formatShare, trimFragment, withThe } from './origin-names.js';
import { formatRelative } from './relative-time.js';
import { excerpt } from './segments.js';

export const StoryArticleCard = memo(function StoryArticleCard(props: {
  article: StoryArticle;
  index: number;
  selected: boolean;
  chosen: boolean;
  originNames: ReadonlyMap<string, string>;
  now: number;
  onChoose: (id: number, chosen: boolean) => void;
  onSelect: (index: number) => void;
}) {
  const { article } = props;
  const text = article.body.join('\n');
  const added = article.added
    .map((span) => trimFragment(text.slice(Math.max(0, span[0]), Math.max(0, span[1]))))
    .filter((part) => part.length >= ADDED_MIN_CHARS);
  const headingId = `article-${article.id}-title`;
  const name = article.title ?? article.key;
  return (
    <article
      className={props.selected ? 'story-article selected' : 'story-article'}
      data-article-id={article.id}
      data-article-index={props.index}
      aria-labelledby={headingId}
      tabIndex={-1}
      onFocus={() => props.onSelect(props.index)}
    >
      <h3 id={headingId}>
        <Link to={`/articles/${article.id}`}>{article.title ?? article.key}</Link>
      </h3>
      <MetaLine
        parts={[
          article.source && <span className="source-name">{article.source.name}</span>,
          article.published && formatRelative(article.published, props.now),
          article.byline,
          article.credit && `credit: ${article.credit}`,
        ]}
      />
      {article.origins.length > 0 ? (
        <p className="article-origins">
          Carries{' '}
          {article.origins.map((share, i) => (
            <span key={share.origin}>
              {i > 0 && (i === article.origins.length - 1 ? ' and ' : ', ')}
              <strong>{formatShare(share.share)}</strong> of its body from{' '}
              {withThe(props.originNames.get(share.origin) ?? 'unknown report')}
            </span>
          ))}
          .
        </p>
      ) : (
        <p className="article-origins">An original report of its own.</p>
      )}
      <div className="article-added">
        <h4>What it adds</h4>
        {added.length === 0 ? (
          <p className="muted">Nothing beyond its origin.</p>
        ) : (
          <ul>
            {added.map((part, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: spans are fixed for an article.
              <li key={i}>
                <mark className="added">{excerpt(part, ADDED_EXCERPT_CHARS)}</mark>
              </li>
            ))}
          </ul>
        )}
      </div>
      <BoilerplateToggle boilerplate={article.boilerplate} />
      <p className="article-actions">
        <Link to={`/articles/${article.id}`}>
          Read<span className="visually-hidden"> {name}</span>
        </Link>
        {isWebUrl(article.url) && (
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            View original<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
        <label className="choose">
          <input
            type="checkbox"
            className="compare-choice"
            checked={props.chosen}
            onChange={(event) => props.onChoose(article.id, event.target.checked)}
          />{' '}
          Compare<span className="visually-hidden"> {name}</span>
        </label>
      </p>
    </article>
  );
});
