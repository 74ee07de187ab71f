/**
 * Prepare: everything the fold needs about one article that depends on that article alone.
 *
 * Computes the cleaned article (given the page furniture learnt from its batch), its alignment
 * text, its MinHash signature, its story features, and the credit label and agency mentions that
 * name its origin.
 * Because the result depends on nothing but the raw article and the furniture, articles can be
 * prepared in any order and in parallel (the CLI prepares large batches in worker threads); the
 * result holds only plain data and typed arrays, so it survives structured cloning.
 * Invariants: deterministic; `length` is the length of the body text (paragraphs joined by "\n"),
 * the coordinate space of the alignment text.
 * The signature is computed from the alignment text's word hashes (the same words and hashes as
 * tokenize(), so the same signature as fingerprinting the body text, without a second scan).
 * Cost: O(text length) — cleaning, then one pass each for alignment and story features.
 */
import { type AlignText, prepareAlignment } from './align/index.js';
import { type Article, bodyText, type RawArticle } from './article.js';
import { clean, creditLabel, creditMentions, type Furniture } from './clean/index.js';
import { type Signature, signatureOfTokens } from './fingerprint/index.js';
import { type ArticleFeatures, storyFeatures } from './stories/index.js';

export interface PreparedArticle {
  readonly article: Article;
  /** Characters of the body text. */
  readonly length: number;
  readonly text: AlignText;
  readonly signature: Signature;
  readonly features: ArticleFeatures;
  /** The agency or outlet the article credits (canonical label when known), or null. */
  readonly credit: string | null;
  /** Agencies the body names as its source ("Reuters reported that…"). */
  readonly mentions: readonly string[];
}

export function prepareArticle(raw: RawArticle, furniture?: Furniture): PreparedArticle {
  const article = clean(raw, { furniture });
  const text = prepareAlignment(article.body);
  return {
    article,
    length: bodyText(article).length,
    text,
    signature: signatureOfTokens(text),
    features: storyFeatures(article),
    credit: article.credit === null ? null : (creditLabel(article.credit) ?? article.credit),
    mentions: creditMentions(article.body),
  };
}
