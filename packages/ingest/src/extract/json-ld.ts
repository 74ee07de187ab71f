/**
 * Reads an article's metadata from a page's schema.org JSON-LD blocks
 * (<script type="application/ld+json">): headline, author name(s), datePublished, publisher name,
 * url.
 *
 * Reference: schema.org Article / NewsArticle and JSON-LD 1.1 (@graph, @id references, arrays).
 * Invariants: never throws — malformed blocks (comments, CDATA wrappers, trailing garbage) are
 * skipped; the first node whose @type is an Article type wins; @id references to other nodes of the
 * same page are resolved one level deep. Cost: O(size of the JSON-LD blocks).
 */
import { attribute, type DomElement } from './dom.js';

export interface JsonLdMetadata {
  title?: string | undefined;
  /** The article node's `name`, when it differs from its headline (a fallback title). */
  name?: string | undefined;
  byline?: string | undefined;
  published?: string | undefined;
  siteName?: string | undefined;
  url?: string | undefined;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /(?:Article|BlogPosting|^Report|^LiveBlogPosting|^SocialMediaPosting)$/;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function isArticle(node: JsonObject): boolean {
  return asArray(node['@type']).some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type));
}

/** Every object in the parsed blocks, flattening arrays and @graph, in document order. */
function collectNodes(value: unknown, out: JsonObject[], depth = 0): void {
  if (depth > 8) return;
  for (const item of asArray(value)) {
    if (!isObject(item)) continue;
    out.push(item);
    if (item['@graph'] !== undefined) collectNodes(item['@graph'], out, depth + 1);
  }
}

function parseBlock(source: string): unknown {
  const cleaned = source
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    return undefined;
  }
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.replace(/\s+/g, ' ').trim();
    return trimmed.length > 0 ? trimmed : undefined;
  }
  return undefined;
}

function resolve(value: unknown, byId: Map<string, JsonObject>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && value.name === undefined) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

function names(value: unknown, byId: Map<string, JsonObject>): string[] {
  const out: string[] = [];
  for (const item of asArray(value)) {
    const entity = resolve(item, byId);
    if (typeof entity === 'string') {
      const name = text(entity);
      if (name && !/^https?:\/\//.test(name)) out.push(name);
    } else if (isObject(entity)) {
      for (const name of asArray(entity.name)) {
        const t = text(name);
        if (t) out.push(t);
      }
    }
  }
  return [...new Set(out)];
}

function firstUrl(value: unknown): string | undefined {
  for (const item of asArray(value)) {
    if (typeof item === 'string' && /^https?:\/\//.test(item)) return item;
    if (isObject(item)) {
      const id = item['@id'] ?? item.url;
      if (typeof id === 'string' && /^https?:\/\//.test(id)) return id;
    }
  }
  return undefined;
}

/** Metadata of the first Article-typed JSON-LD node in the page's scripts (empty when there is none). */
export function readJsonLd(scripts: ArrayLike<DomElement>): JsonLdMetadata {
  const nodes: JsonObject[] = [];
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i];
    if (script === undefined) continue;
    const type = attribute(script, 'type')?.toLowerCase();
    if (type !== 'application/ld+json') continue;
    collectNodes(parseBlock(script.textContent ?? ''), nodes);
  }
  if (nodes.length === 0) return {};

  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);

  const article = nodes.find(isArticle);
  if (article === undefined) return {};
  const authors = names(article.author ?? article.creator, byId);
  const publisher = names(article.publisher, byId)[0];
  return {
    title: text(article.headline) ?? text(article.name),
    name: text(article.name),
    byline: authors.length > 0 ? authors.join(', ') : undefined,
    published: text(article.datePublished) ?? text(article.dateCreated),
    siteName: publisher,
    url: firstUrl(article.url) ?? firstUrl(article.mainEntityOfPage),
  };
}
