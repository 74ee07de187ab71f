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

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const status = await api.status();
        if (!stopped && !status.refreshing) {
          stopped = true;
          setRunning(false);
          announce('Refresh finished.');
          onDone();
        }
      } catch (cause) {
        setError(errorMessage(cause));
      }
    }, REFRESH_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
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
