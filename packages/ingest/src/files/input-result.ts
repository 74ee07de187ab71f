/** What reading inputs yields: an article, or a bad input with a reason a user understands. */
import type { RawArticle } from '@storyfold/engine';

export interface ArticleInput {
  kind: 'article';
  article: RawArticle;
  /** The file the article came from. */
  path: string;
  /** For .jsonl: the 1-based line of the article. */
  line?: number;
  /** Fields of a .json/.jsonl record other than the ones RawArticle holds (e.g. a story label). */
  fields: Record<string, unknown>;
  /** The page's language (from <html lang> and meta), for .html inputs. */
  lang?: string;
}

export interface InputError {
  kind: 'error';
  path: string;
  /** 1-based line the problem is on, when it is on one line. */
  line?: number;
  /** A short lower-case phrase, e.g. "file is empty". */
  reason: string;
}

export type InputResult = ArticleInput | InputError;

export interface ReadOptions {
  /** Largest file read, in bytes; for .jsonl, the largest line (see defaults.ts). */
  maxBytes: number;
  /** The record field holding the article's text in .json/.jsonl (e.g. "full_text"). */
  textField: string;
  /** The record field holding the article's id in .json/.jsonl (e.g. "doc_id"). */
  idField: string;
}
