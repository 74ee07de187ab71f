/**
 * GET /api/articles/:id/original[?images=true]: the raw document the article came from — its
 * page, else its feed's document, else its file — decoded by its content type and charset; HTML
 * goes through the sanitiser (no scripts, styles, event handlers or forms; remote images only when
 * asked for); its relative links and images are resolved against the document's web address.
 */
import { basename } from 'node:path';
import { decodeBody } from '@storyfold/ingest';
import type { DocumentRecord } from '@storyfold/store';
import type { ArticleOriginal } from '../api/types.js';
import type { App } from '../app.js';
import { notFound } from '../errors.js';
import { sanitiseHtml } from '../sanitise/index.js';
import { ArticleOriginalSchema, OriginalQuerySchema } from '../schemas/articles.js';
import { errors, IdParams } from '../schemas/common.js';
import type { ServerContext } from '../server-context.js';

export function articleOriginalRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/articles/:id/original',
    {
      schema: {
        tags: ['articles'],
        summary: 'The raw document an article came from, HTML sanitised',
        params: IdParams,
        querystring: OriginalQuerySchema,
        response: { 200: ArticleOriginalSchema, ...errors(400, 404) },
      },
    },
    async (request) => {
      const article = await ctx.store.getArticle(request.params.id);
      if (article === undefined) throw notFound(`article ${request.params.id}`);
      let document: DocumentRecord | undefined;
      for (const id of [article.pageDocumentId, article.feedDocumentId]) {
        if (id !== null) document = await ctx.store.getDocument(id);
        if (document) break;
      }
      if (document === undefined) throw notFound(`the original document of article ${article.id}`);
      return original(article.id, document, request.query.images ?? false);
    },
  );
}

function original(articleId: number, document: DocumentRecord, images: boolean): ArticleOriginal {
  const base = {
    articleId,
    kind: document.kind,
    // A file's name only: its full path says how this computer's folders are laid out.
    url: document.kind === 'file' ? basename(document.url) : document.url,
    contentType: document.contentType,
    fetchedAt: document.fetchedAt,
  };
  const { text } = decodeBody(document.content, document.contentType ?? undefined);
  if (isHtml(document.contentType, text))
    return { ...base, html: sanitiseHtml(text, { images, baseUrl: webUrl(document.url) }), text: null };
  return { ...base, html: null, text: document.kind === 'file' ? fileText(text) : text };
}

/** The document's address when it is a web address: its relative links and images resolve against it. */
function webUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

function isHtml(contentType: string | null, text: string): boolean {
  if (contentType !== null && /\b(x?html)\b/i.test(contentType)) return true;
  if (contentType !== null && contentType.trim() !== '' && !/^text\/plain|octet-stream/i.test(contentType))
    return false;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}

/** An imported file is kept as the raw article read from it (JSON); its text is the original. */
function fileText(text: string): string {
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw === 'object' && raw !== null && 'text' in raw && typeof raw.text === 'string')
      return raw.text;
  } catch {
    // Not the JSON of a raw article: the file's text as it was stored.
  }
  return text;
}
