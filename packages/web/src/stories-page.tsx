/**
 * The stories list (/): each story once, as the API ranks it, with filters in the URL query
 * (folder, source, time range), "More" for the next page, live updates from /api/events, the
 * first-run panel on an empty store, and j/k/o keyboard selection.
 */
import type { StorySummary } from '@storyfold/server/api';
import { type FocusEvent, type MouseEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, errorMessage } from './api.js';
import { STORIES_PAGE_SIZE } from './defaults.js';
import { useDocumentTitle } from './document-title.js';
import { ErrorMessage, Loading } from './error-message.js';
import { useServerEvents } from './events.js';
import { FirstRunPanel } from './first-run-panel.js';
import { focusInto, useKeyHandlers } from './key-handlers.js';
import { formatCount, plural } from './plural.js';
import {
  filtersFromSearch,
  filtersToSearch,
  hasFilters,
  type StoryFilters,
  storiesQuery,
} from './story-filters.js';
import { StoryFiltersBar } from './story-filters-bar.js';
import { StoryItem, storyPath } from './story-item.js';
import { useResource } from './use-resource.js';

/** The API's largest page. */
const API_MAX_LIMIT = 200;

interface ListState {
  key: string;
  stories: StorySummary[];
  total: number;
  now: number;
}

export function StoriesPage() {
  useDocumentTitle('Stories');
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearch(params);
  const key = filtersToSearch(filters).toString();
  const navigate = useNavigate();

  const [list, setList] = useState<ListState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [selected, setSelected] = useState(-1);
  const listRef = useRef<ListState | null>(null);
  listRef.current = list;
  const status = useResource('status', (signal) => api.status(signal), ['stories', 'feeds']);

  // Loads (or reloads) the first pages of the list for the current filters, as many stories as
  // are already shown (up to one API page), keeping any later pages.
  // The filters shown now: a reload started for other filters (a live update before the filters
  // changed) must not replace their list when it answers late.
  const currentKey = useRef(key);
  currentKey.current = key;

  const load = useCallback(async (wanted: StoryFilters, wantedKey: string, signal?: AbortSignal) => {
    const shown = listRef.current?.key === wantedKey ? listRef.current.stories.length : 0;
    const limit = Math.min(API_MAX_LIMIT, Math.max(STORIES_PAGE_SIZE, shown));
    const now = Date.now();
    try {
      const page = await api.stories(storiesQuery(wanted, now, limit, 0), signal);
      if (signal?.aborted || wantedKey !== currentKey.current) return;
      setList((previous) => {
        const rest = previous?.key === wantedKey ? previous.stories.slice(page.stories.length) : [];
        const seen = new Set(page.stories.map((story) => story.id));
        return {
          key: wantedKey,
          stories: [...page.stories, ...rest.filter((story) => !seen.has(story.id))],
          total: page.total,
          now,
        };
      });
      setError(null);
    } catch (cause) {
      if (!signal?.aborted && wantedKey === currentKey.current) setError(errorMessage(cause));
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` identifies `filters`.
  useEffect(() => {
    const controller = new AbortController();
    setSelected(-1);
    void load(filters, key, controller.signal);
    return () => controller.abort();
  }, [key, load]);

  useServerEvents(['stories'], () => void load(filters, key));

  const more = async () => {
    if (list === null) return;
    setLoadingMore(true);
    try {
      const page = await api.stories(storiesQuery(filters, list.now, STORIES_PAGE_SIZE, list.stories.length));
      setList((previous) => {
        if (previous === null || previous.key !== key) return previous;
        const seen = new Set(previous.stories.map((story) => story.id));
        return {
          ...previous,
          stories: [...previous.stories, ...page.stories.filter((story) => !seen.has(story.id))],
          total: page.total,
        };
      });
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setLoadingMore(false);
    }
  };

  const stories = list?.key === key ? list.stories : null;
  // Focus moving into a story (by Tab or a click) selects it, so j/k continue from there.
  const selectFocused = (event: FocusEvent<HTMLOListElement>) => {
    const item = event.target instanceof Element ? event.target.closest('[data-story-index]') : null;
    const index = Number(item?.getAttribute('data-story-index') ?? Number.NaN);
    if (Number.isInteger(index)) setSelected(index);
  };
  const move = (step: number) => {
    if (stories === null || stories.length === 0) return;
    const index = Math.max(0, Math.min(stories.length - 1, selected + step));
    setSelected(index);
    focusInto(document.querySelector(`[data-story-index="${index}"] .story-headline a`));
  };
  useKeyHandlers({
    'next-story': () => move(1),
    'previous-story': () => move(selected < 0 ? 1 : -1),
    open: () => {
      const story = stories?.[selected];
      if (story !== undefined) navigate(storyPath(story.id));
    },
  });

  // The items hold plain links; plain left clicks on them navigate inside the app.
  const followLink = (event: MouseEvent<HTMLOListElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const href = link?.getAttribute('href');
    if (!href?.startsWith('/')) return;
    event.preventDefault();
    navigate(href);
  };
  const setFilters = (next: StoryFilters) => setParams(filtersToSearch(next));
  const empty = status.data?.empty === true;

  return (
    <section className="page stories-page" aria-labelledby="stories-title">
      <div className="page-heading">
        <h1 id="stories-title">Stories</h1>
        {list !== null && stories !== null && (
          <p className="muted">
            {plural(list.total, 'story', 'stories')}
            {hasFilters(filters) ? ' match these filters' : ''}
          </p>
        )}
      </div>
      {!empty && <StoryFiltersBar filters={filters} onChange={setFilters} />}
      <ErrorMessage message={error} onRetry={() => void load(filters, key)} />
      {empty ? (
        <FirstRunPanel
          onImported={() => {
            status.reload();
            void load(filters, key);
          }}
        />
      ) : stories === null ? (
        error === null && <Loading what="stories" />
      ) : stories.length === 0 ? (
        <div className="panel empty">
          {hasFilters(filters) ? (
            <p>No stories match these filters.</p>
          ) : (
            <p>No stories yet. New articles from your feeds appear here as they are polled.</p>
          )}
        </div>
      ) : (
        <>
          {/* biome-ignore lint/a11y/useKeyWithClickEvents: only delegates plain clicks on its links. */}
          <ol className="story-list" onClick={followLink} onFocus={selectFocused}>
            {stories.map((story, index) => (
              <StoryItem
                key={story.id}
                story={story}
                index={index}
                selected={index === selected}
                now={list?.now ?? 0}
              />
            ))}
          </ol>
          {list !== null && stories.length < list.total && (
            <div className="more">
              <button type="button" onClick={more} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : `More stories (${formatCount(list.total - stories.length)} left)`}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
