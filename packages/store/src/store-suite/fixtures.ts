/** Small inputs shared by the store contract's cases. */
import type { ArticleInput } from '../records.js';

/** An article with a distinct title and two-paragraph body derived from its key. */
export function article(key: string, fields: Partial<ArticleInput> = {}): ArticleInput {
  return {
    key,
    title: `Title ${key}`,
    body: [`First paragraph of ${key}.`, `Second paragraph of ${key}.`],
    ...fields,
  };
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
