/** The readable report `storyfold analyze` prints without --json: stories, origins, articles. */
import type { AnalysedArticle, Analysis } from '@storyfold/engine';

const MAX_BOILERPLATE_SHOWN = 12;

export function formatAnalysis(analysis: Analysis): string {
  const articles = new Map(analysis.articles.map((article) => [article.id, article]));
  const origins = new Map(analysis.origins.map((origin) => [origin.id, origin]));
  const out: string[] = [];
  const count = (n: number, word: string): string =>
    `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
  out.push(
    `${count(analysis.articles.length, 'article')} in ${count(analysis.stories.length, 'story').replace('storys', 'stories')}, ` +
      `from ${count(analysis.origins.length, 'independent report')}`,
    '',
  );
  for (const story of analysis.stories) {
    out.push(
      `Story ${story.id}: ${story.headline ?? '(no headline)'}`,
      `  ${count(story.articles.length, 'article')} from ${count(story.independentReports, 'independent report')}`,
    );
    for (const originId of story.origins) {
      const origin = origins.get(originId);
      if (!origin) continue;
      const carriers = origin.articles
        .filter((id) => story.articles.includes(id))
        .map((id) => `${id} (${percent(shareOf(articles.get(id), originId))})`);
      out.push(`  ${origin.label ?? 'unattributed'} report ${origin.id}, carried by ${carriers.join(', ')}`);
    }
    out.push('');
  }
  out.push('Articles');
  for (const article of analysis.articles) out.push(...formatArticle(article, origins));
  return `${out.join('\n')}\n`;
}

function formatArticle(article: AnalysedArticle, origins: Map<string, { label: string | null }>): string[] {
  const facts = [
    article.byline && `by ${article.byline}`,
    article.credit && `credit ${article.credit}`,
    article.published && `published ${article.published}`,
    article.dateline && `dateline ${article.dateline}`,
    article.source && `source ${article.source}`,
  ].filter(Boolean);
  const shares = article.origins.map(
    ({ origin, share }) => `${origins.get(origin)?.label ?? 'unattributed'} ${origin} ${percent(share)}`,
  );
  const out = [
    `  ${article.id}: ${article.title ?? '(no title)'}`,
    `    ${facts.length > 0 ? facts.join(' · ') : 'no metadata found'}`,
    `    ${article.body.length} body paragraphs; origins: ${shares.join(', ') || 'none'}`,
  ];
  if (article.boilerplate.length > 0) {
    out.push(`    removed ${article.boilerplate.length} lines of boilerplate:`);
    for (const item of article.boilerplate.slice(0, MAX_BOILERPLATE_SHOWN)) {
      out.push(`      [${item.reason}] ${truncate(item.text, 90)}`);
    }
    const more = article.boilerplate.length - MAX_BOILERPLATE_SHOWN;
    if (more > 0) out.push(`      … and ${more} more`);
  }
  return out;
}

function shareOf(article: AnalysedArticle | undefined, origin: string): number {
  return article?.origins.find((item) => item.origin === origin)?.share ?? 0;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
