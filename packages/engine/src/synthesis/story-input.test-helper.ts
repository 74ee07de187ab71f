/** Test support: a synthesis input of one story made of the given articles. */
import type { Alignment, AnalysedArticle } from '../analysis.js';
import type { SynthesisInput } from './types.js';

/** One story of these articles; its origins are those the articles' shares name, in order of appearance. */
export function storyInput(articles: AnalysedArticle[], alignments: Alignment[] = []): SynthesisInput {
  const origins = [...new Set(articles.flatMap((article) => article.origins.map((share) => share.origin)))];
  return {
    story: {
      id: 's',
      headline: null,
      articles: articles.map((article) => article.id),
      origins,
      independentReports: origins.length,
    },
    articles,
    origins: origins.map((id) => ({
      id,
      label: null,
      articles: articles
        .filter((article) => article.origins.some((share) => share.origin === id))
        .map((article) => article.id),
    })),
    alignments,
  };
}
