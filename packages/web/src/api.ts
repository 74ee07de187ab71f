/**
 * Typed calls to the Storyfold HTTP API (the contract in @storyfold/server/api). Every failure,
 * whether an `{ error: { code, message } }` body, another HTTP error or a network failure,
 * becomes an ApiFailure whose message can be shown to the user as it is.
 */
import type {
  ArticleDetail,
  ArticleOriginal,
  Comparison,
  DemoImportResult,
  FeedAddRequest,
  FeedAddResponse,
  FeedList,
  FeedUpdateRequest,
  OpmlImportResult,
  RefreshStarted,
  SearchResults,
  SourceList,
  Status,
  StoriesQuery,
  StoryDetail,
  StoryList,
  StoryQuery,
} from '@storyfold/server/api';

export class ApiFailure extends Error {
  readonly code: string;
  readonly status: number;
  constructor(message: string, code: string, status: number) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.status = status;
  }
}

function isErrorBody(value: unknown): value is { error: { code: string; message: string } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/**
 * What a response means: its parsed JSON body when the status is 2xx, else an ApiFailure with
 * the API's own message (`{ error: { code, message } }`) or, for other bodies, the status line.
 * Pure, so it is tested without a server.
 */
export function readResponse<T>(status: number, statusText: string, text: string): T {
  let body: unknown = null;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (status >= 200 && status < 300) return body as T;
  if (isErrorBody(body)) throw new ApiFailure(body.error.message, body.error.code, status);
  throw new ApiFailure(`The server answered ${status} ${statusText}`.trim(), 'http', status);
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiFailure('The Storyfold server cannot be reached. Is it running?', 'network', 0);
  }
  return readResponse<T>(response.status, response.statusText, await response.text());
}

function json(method: string, body: unknown, signal?: AbortSignal): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: signal ?? null,
  };
}

function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export const api = {
  stories: (query: StoriesQuery, signal?: AbortSignal) =>
    request<StoryList>(`/api/stories${queryString({ ...query })}`, { signal: signal ?? null }),
  story: (id: string, signal?: AbortSignal, query: StoryQuery = {}) =>
    request<StoryDetail>(`/api/stories/${encodeURIComponent(id)}${queryString({ ...query })}`, {
      signal: signal ?? null,
    }),
  article: (id: number | string, signal?: AbortSignal) =>
    request<ArticleDetail>(`/api/articles/${encodeURIComponent(String(id))}`, { signal: signal ?? null }),
  original: (id: number | string, images: boolean, signal?: AbortSignal) =>
    request<ArticleOriginal>(
      `/api/articles/${encodeURIComponent(String(id))}/original${queryString({ images: images || undefined })}`,
      { signal: signal ?? null },
    ),
  compare: (a: number | string, b: number | string, signal?: AbortSignal) =>
    request<Comparison>(`/api/compare${queryString({ a, b })}`, { signal: signal ?? null }),
  search: (q: string, limit: number, offset: number, signal?: AbortSignal) =>
    request<SearchResults>(`/api/search${queryString({ q, limit, offset })}`, { signal: signal ?? null }),
  sources: (signal?: AbortSignal) => request<SourceList>('/api/sources', { signal: signal ?? null }),
  feeds: (signal?: AbortSignal) => request<FeedList>('/api/feeds', { signal: signal ?? null }),
  addFeed: (body: FeedAddRequest) => request<FeedAddResponse>('/api/feeds', json('POST', body)),
  updateFeed: (id: number, body: FeedUpdateRequest) =>
    request<unknown>(`/api/feeds/${id}`, json('PATCH', body)),
  removeFeed: (id: number) => request<unknown>(`/api/feeds/${id}`, { method: 'DELETE' }),
  importOpml: (opml: string) =>
    request<OpmlImportResult>('/api/feeds/opml', {
      method: 'POST',
      headers: { 'content-type': 'text/x-opml' },
      body: opml,
    }),
  refresh: (all: boolean) => request<RefreshStarted>('/api/refresh', json('POST', { all })),
  status: (signal?: AbortSignal) => request<Status>('/api/status', { signal: signal ?? null }),
  importDemo: () => request<DemoImportResult>('/api/demo', { method: 'POST' }),
};

/** Where the subscriptions can be downloaded as OPML. */
export const OPML_EXPORT_URL = '/api/feeds/opml';

/** A message for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
