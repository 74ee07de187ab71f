/**
 * Reads one whole .txt, .html/.htm or .json file into an article, or says why it cannot.
 * Invariants: the size is checked (stat, by the caller) before reading; bytes are sniffed for
 * binary content before decoding; nothing here throws for bad input. Cost: O(file size).
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { extractHtml } from '../extract/extract-html.js';
import { normaliseNewlines, recordToArticle, urlHost } from './article-record.js';
import { decodeText, detectBom, sniffBinary } from './decode-text.js';
import type { InputResult, ReadOptions } from './input-result.js';
import { describeJsonError, lineOfPosition } from './json-reason.js';
import { fsReason } from './list-inputs.js';

const HTML_CLOSE = /<\/html\s*>/i;

function nameId(path: string): string {
  return basename(path, extname(path));
}

function fromHtml(path: string, html: string): InputResult {
  const page = extractHtml(html);
  if (page.text.trim().length === 0) {
    const reason = HTML_CLOSE.test(html)
      ? 'no article text found in the page'
      : 'truncated HTML: the file ends before any article text';
    return { kind: 'error', path, reason };
  }
  const url = page.canonicalUrl ?? undefined;
  const article = {
    id: nameId(path),
    text: page.text,
    ...(page.title ? { title: page.title } : {}),
    ...(page.byline ? { byline: page.byline } : {}),
    ...(page.published ? { published: page.published } : {}),
    ...(url ? { url } : {}),
  };
  const source = page.siteName ?? urlHost(url);
  const result: InputResult = {
    kind: 'article',
    article: source ? { ...article, source } : article,
    path,
    fields: {},
  };
  if (page.lang) result.lang = page.lang;
  return result;
}

function fromJson(path: string, text: string, bomLength: number, options: ReadOptions): InputResult {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    const problem = describeJsonError(error, text, bomLength);
    const line = problem.position === undefined ? undefined : lineOfPosition(text, problem.position);
    return line === undefined || problem.reason.startsWith('truncated')
      ? { kind: 'error', path, reason: problem.reason }
      : { kind: 'error', path, line, reason: problem.reason };
  }
  if (Array.isArray(record)) {
    return {
      kind: 'error',
      path,
      reason: 'expected one article object, found an array (use .jsonl for many articles)',
    };
  }
  const result = recordToArticle(record, nameId(path), options, 'article');
  if (!result.ok) return { kind: 'error', path, reason: result.reason };
  const found: InputResult = { kind: 'article', article: result.article, path, fields: result.fields };
  if (result.lang !== undefined) found.lang = result.lang;
  return found;
}

export async function readWholeFile(
  path: string,
  extension: string,
  options: ReadOptions,
): Promise<InputResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { kind: 'error', path, reason: fsReason(error) };
  }
  if (bytes.length === 0) return { kind: 'error', path, reason: 'file is empty' };
  const binary = sniffBinary(bytes);
  if (binary !== undefined) return { kind: 'error', path, reason: binary };
  const isHtml = extension === '.html' || extension === '.htm';
  const decoded = decodeText(bytes, isHtml);
  if (!decoded.ok) {
    return decoded.line === undefined
      ? { kind: 'error', path, reason: decoded.reason }
      : { kind: 'error', path, line: decoded.line, reason: decoded.reason };
  }
  const text = decoded.text;
  if (text.trim().length === 0) return { kind: 'error', path, reason: 'file is empty (only whitespace)' };
  if (isHtml) return fromHtml(path, text);
  if (extension === '.json') return fromJson(path, text, detectBom(bytes)?.length ?? 0, options);
  return { kind: 'article', article: { id: nameId(path), text: normaliseNewlines(text) }, path, fields: {} };
}
