/**
 * React hook for one API resource: loads it when its key changes, keeps the last data while a
 * reload runs (so live updates do not flash a spinner), reloads on the given server events, and
 * aborts a load that is no longer wanted. Data and error belong to the key they were loaded for:
 * a new key shows neither the previous key's data nor its error while it loads. `missing` says the
 * API answered 404: the thing is not there, and trying again will not help.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiFailure, errorMessage } from './api.js';
import { type EventKind, useServerEvents } from './events.js';

export interface Resource<T> {
  data: T | undefined;
  error: string | null;
  /** The API answered 404 for this key. */
  missing: boolean;
  loading: boolean;
  reload: () => void;
}

export function useResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
  events: readonly EventKind[] = [],
): Resource<T> {
  const [data, setData] = useState<{ key: string; value: T } | undefined>(undefined);
  const [error, setError] = useState<{ key: string; message: string; missing: boolean } | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` forces a reload.
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    loadRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData({ key, value });
        setError(null);
        setLoading(false);
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        setError({
          key,
          message: errorMessage(cause),
          missing: cause instanceof ApiFailure && cause.status === 404,
        });
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useServerEvents(events, reload);
  return {
    data: data?.key === key ? data.value : undefined,
    error: error?.key === key ? error.message : null,
    missing: error?.key === key && error.missing,
    loading,
    reload,
  };
}
