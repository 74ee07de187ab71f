/** One origin of a story: "Reuters report — carried by 3 outlets: A, B, C" and its articles. */
import type { StoryArticle, StoryOrigin } from '@storyfold/server/api';
import { Link } from 'react-router';
import { isWebUrl } from './meta-line.js';
import { formatShare } from './origin-names.js';
import { plural } from './plural.js';

/** What names an article's outlet: its source, else its web host, else its key (a file name). */
export function outletName(article: StoryArticle | undefined): string {
  if (article === undefined) return 'unknown outlet';
  if (article.source) return article.source.name;
  if (isWebUrl(article.url)) {
    try {
      return new URL(article.url).host;
    } catch {
      // not a URL after all: the key below
    }
  }
  return article.key;
}

export function OriginSection(props: {
  origin: StoryOrigin;
  name: string;
  articles: ReadonlyMap<number, StoryArticle>;
}) {
  const { origin, name, articles } = props;
  const outlets = [...new Set(origin.articles.map((member) => outletName(articles.get(member.articleId))))];
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
              {isWebUrl(article?.url) && (
                <>
                  {' '}
                  <a
                    href={article?.url ?? undefined}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="original-link"
                  >
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
