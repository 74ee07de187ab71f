/**
 * Turns one .json/.jsonl record into an article: its text (or extracted HTML), its metadata fields
 * and the other fields kept aside. Cost: O(size of the record), plus extraction for HTML.
 */
import type { RawArticle } from '@storyfold/engine';
import { extractHtml } from '../extract/extract-html.js';
import { normalisePublished } from '../extract/published-date.js';
import type { ReadOptions } from './input-result.js';

const METADATA_FIELDS = ['title', 'url', 'source', 'published', 'byline'] as const;

export type RecordResult =
  | { ok: true; article: RawArticle; fields: Record<string, unknown>; lang?: string }
  | { ok: false; reason: string };

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The host of a URL, without "www.", or undefined. */
export function urlHost(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || undefined;
  } catch {
    return undefined;
  }
}

/** Normalises line ends so paragraphs are separated by "\n" only. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * `fallbackId` is used when the record has no usable id. `what` names the record in reasons
 * ("line", "article").
 */
export function recordToArticle(
  record: unknown,
  fallbackId: string,
  options: Pick<ReadOptions, 'textField' | 'idField'>,
  what: string,
): RecordResult {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { ok: false, reason: `${what} is not a JSON object (found ${kindOf(record)})` };
  }
  const fields: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  const take = (key: string): unknown => {
    const value = fields[key];
    delete fields[key];
    return value;
  };

  const text = fields[options.textField];
  const html = fields.html;
  if (text !== undefined && text !== null && typeof text !== 'string') {
    return { ok: false, reason: `field "${options.textField}" is ${kindOf(text)}, not a string` };
  }
  if (html !== undefined && html !== null && typeof html !== 'string') {
    return { ok: false, reason: `field "html" is ${kindOf(html)}, not a string` };
  }
  if (typeof text !== 'string' && typeof html !== 'string') {
    return { ok: false, reason: `${what} has neither "${options.textField}" nor "html"` };
  }
  take(options.textField);
  take('html');

  const rawId = fields[options.idField];
  let id = fallbackId;
  if ((typeof rawId === 'string' && rawId.trim()) || (typeof rawId === 'number' && Number.isFinite(rawId))) {
    id = String(rawId).trim();
    take(options.idField);
  }

  const meta: Partial<Record<(typeof METADATA_FIELDS)[number], string>> = {};
  for (const key of METADATA_FIELDS) {
    const value = fields[key];
    if (typeof value === 'string' && value.trim()) {
      meta[key] = value.trim();
      take(key);
    }
  }
  if (meta.published !== undefined) {
    const published = normalisePublished(meta.published);
    if (published === undefined) fields.published = meta.published;
    meta.published = published;
  }

  let body = typeof text === 'string' ? normaliseNewlines(text) : '';
  let lang: string | undefined;
  if (!body.trim() && typeof html === 'string') {
    const page = extractHtml(html, meta.url);
    body = page.text;
    lang = page.lang ?? undefined;
    meta.title ??= nonEmpty(page.title);
    meta.byline ??= nonEmpty(page.byline);
    meta.published ??= nonEmpty(page.published);
    meta.url ??= nonEmpty(page.canonicalUrl);
    meta.source ??= nonEmpty(page.siteName) ?? urlHost(meta.url);
  }
  if (!body.trim()) {
    return {
      ok: false,
      reason:
        typeof html === 'string'
          ? `${what} has no article text (empty after extraction)`
          : `${what} text is empty`,
    };
  }
  const article: RawArticle = { id, text: body, ...meta };
  for (const key of Object.keys(article) as (keyof RawArticle)[]) {
    if (article[key] === undefined) delete article[key];
  }
  return lang === undefined ? { ok: true, article, fields } : { ok: true, article, fields, lang };
}
