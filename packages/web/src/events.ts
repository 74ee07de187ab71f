/**
 * Live updates: one EventSource on /api/events shared by the whole interface. `stories` and
 * `feeds` events (see StoriesChanged, FeedsChanged) are passed to subscribers, gathered over
 * EVENT_DEBOUNCE_MS so a burst of folded articles causes one refetch. The stream opens with the
 * first subscriber and closes with the last; a closed stream is reopened after EVENT_RECONNECT_MS.
 */
import { useEffect, useRef } from 'react';
import { EVENT_DEBOUNCE_MS, EVENT_RECONNECT_MS } from './defaults.js';

export type EventKind = 'stories' | 'feeds';
type Listener = () => void;

const listeners: Record<EventKind, Set<Listener>> = { stories: new Set(), feeds: new Set() };
const timers: Partial<Record<EventKind, ReturnType<typeof setTimeout>>> = {};
let source: EventSource | null = null;
let reconnect: ReturnType<typeof setTimeout> | null = null;

function emit(kind: EventKind): void {
  if (timers[kind] !== undefined) return;
  timers[kind] = setTimeout(() => {
    delete timers[kind];
    for (const listener of [...listeners[kind]]) listener();
  }, EVENT_DEBOUNCE_MS);
}

function subscriberCount(): number {
  return listeners.stories.size + listeners.feeds.size;
}

function open(): void {
  if (source !== null || typeof EventSource === 'undefined') return;
  const stream = new EventSource('/api/events');
  source = stream;
  stream.addEventListener('stories', () => emit('stories'));
  stream.addEventListener('feeds', () => emit('feeds'));
  stream.addEventListener('error', () => {
    if (stream.readyState !== EventSource.CLOSED) return;
    close();
    reconnect = setTimeout(() => {
      reconnect = null;
      if (subscriberCount() > 0) open();
    }, EVENT_RECONNECT_MS);
  });
}

function close(): void {
  source?.close();
  source = null;
}

/** Calls `listener` after each burst of events of `kind`; returns the unsubscribe function. */
export function subscribe(kind: EventKind, listener: Listener): () => void {
  listeners[kind].add(listener);
  open();
  return () => {
    listeners[kind].delete(listener);
    if (subscriberCount() === 0) {
      close();
      if (reconnect !== null) clearTimeout(reconnect);
      reconnect = null;
    }
  };
}

/** React hook: calls the latest `listener` on events of the given kinds while mounted. */
export function useServerEvents(kinds: readonly EventKind[], listener: Listener): void {
  const latest = useRef(listener);
  latest.current = listener;
  const key = kinds.join(',');
  useEffect(() => {
    const unsubscribe = key
      .split(',')
      .filter((kind): kind is EventKind => kind === 'stories' || kind === 'feeds')
      .map((kind) => subscribe(kind, () => latest.current()));
    return () => {
      for (const stop of unsubscribe) stop();
    };
  }, [key]);
}
