/** One origin of a story: "Reuters report — carried by 3 outlets: A, B, C" and its articles. */
import type { StoryArticle, StoryOrigin } from '@storyfold/server/api';
import { Link } from 'react-router';
import { isWebUrl } from './meta-line.js';
import { formatShare } from './origin-names.js';
import { plural } from './plural.js';

/** What names an article's outlet: its source, else its web host; undefined for neither (a file). */
export function outletName(article: StoryArticle | undefined): string | undefined {
  if (article?.source) return article.source.name;
  if (isWebUrl(article?.url)) {
    try {
      return new URL(article.url).host;
    } catch {
      // not a URL after all
    }
  }
  return undefined;
}

/**
 * Who carries an origin: "3 outlets: A, B, C", "2 outlets: A, B (3 articles)", or "4 articles"
 * when none of its articles names an outlet (files without a source or URL).
 */
export function carriers(members: readonly (StoryArticle | undefined)[]): string {
  const outlets = [...new Set(members.map(outletName).filter((name): name is string => name !== undefined))];
  const articles = plural(members.length, 'article');
  if (outlets.length === 0) return articles;
  const named = `${plural(outlets.length, 'outlet')}: ${outlets.join(', ')}`;
  return outlets.length === members.length ? named : `${named} (${articles})`;
}

export function OriginSection(props: {
  origin: StoryOrigin;
  name: string;
  articles: ReadonlyMap<number, StoryArticle>;
}) {
  const { origin, name, articles } = props;
  const headingId = `origin-${origin.id}`;
  return (
    <section className="origin" aria-labelledby={headingId} data-origin-id={origin.id}>
      <h3 id={headingId}>
        {name} — carried by {carriers(origin.articles.map((member) => articles.get(member.articleId)))}
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
