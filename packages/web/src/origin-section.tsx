/** One origin of a story: "Reuters report — carried by 3 outlets: A, B, C" and its articles. */
import type { StoryArticle, StoryOrigin } from '@storyfold/server/api';
import { Link } from 'react-router';
import { formatShare } from './origin-names.js';
import { plural } from './plural.js';

export function articleName(article: StoryArticle | undefined): string {
  if (article === undefined) return 'Unknown article';
  return article.source?.name ?? article.title ?? article.key;
}

export function OriginSection(props: {
  origin: StoryOrigin;
  name: string;
  articles: ReadonlyMap<number, StoryArticle>;
}) {
  const { origin, name, articles } = props;
  const outlets = [...new Set(origin.articles.map((member) => articleName(articles.get(member.articleId))))];
  const headingId = `origin-${origin.id}`;
  return (
    <section className="origin" aria-labelledby={headingId} data-origin-id={origin.id}>
      <h3 id={headingId}>
        {name} — carried by {plural(outlets.length, 'outlet')}: {outlets.join(', ')}
        {origin.articles.length !== outlets.length && ` (${plural(origin.articles.length, 'article')})`}
      </h3>
      <ul className="origin-articles">
        {origin.articles.map((member) => {
          const article = articles.get(member.articleId);
          return (
            <li key={member.articleId} data-article-id={member.articleId}>
              <span className="share" title="Share of the article's body that descends from this origin">
                {formatShare(member.share)}
              </span>{' '}
              <Link to={`/articles/${member.articleId}`}>{article?.title ?? article?.key ?? 'Untitled'}</Link>
              {article?.source && <span className="muted"> — {article.source.name}</span>}
              {article?.url && (
                <>
                  {' '}
                  <a href={article.url} target="_blank" rel="noopener noreferrer" className="original-link">
                    original<span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
