/** "Refresh now": starts a polling round and shows it running until the server reports it done. */
import { useEffect, useState } from 'react';
import { useAnnounce } from './announce.js';
import { api, errorMessage } from './api.js';
import { REFRESH_POLL_MS } from './defaults.js';
import { ErrorMessage } from './error-message.js';

export function RefreshButton(props: { running: boolean; onDone: () => void }) {
  const [running, setRunning] = useState(props.running);
  const [error, setError] = useState<string | null>(null);
  const announce = useAnnounce();
  const { onDone } = props;

  useEffect(() => {
    if (props.running) setRunning(true);
  }, [props.running]);

  // One status request at a time: the next is scheduled when the last has answered, so a slow
  // server never has requests piling up; a failed poll shows its error until one succeeds.
  useEffect(() => {
    if (!running) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (): Promise<void> => {
      try {
        const status = await api.status(controller.signal);
        if (controller.signal.aborted) return;
        setError(null);
        if (!status.refreshing) {
          setRunning(false);
          announce('Refresh finished.');
          onDone();
          return;
        }
      } catch (cause) {
        if (controller.signal.aborted) return;
        setError(errorMessage(cause));
      }
      timer = setTimeout(poll, REFRESH_POLL_MS);
    };
    timer = setTimeout(poll, REFRESH_POLL_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [running, announce, onDone]);

  const start = async () => {
    setError(null);
    try {
      const started = await api.refresh(true);
      setRunning(started.running || started.started);
      announce('Refreshing all feeds…');
    } catch (cause) {
      setError(errorMessage(cause));
    }
  };
  return (
    <div className="refresh">
      <button type="button" className="refresh-button" onClick={start} disabled={running} aria-busy={running}>
        {running ? (
          <>
            <span className="spinner" aria-hidden="true" /> Refreshing…
          </>
        ) : (
          'Refresh now'
        )}
      </button>
      <ErrorMessage message={error} />
    </div>
  );
}
