/** One feed in the list: title and URL, polling status, last poll, last error, move and remove. */
import type { FeedView } from '@storyfold/server/api';
import { type FormEvent, useState } from 'react';
import { useAnnounce } from './announce.js';
import { api, errorMessage } from './api.js';
import { ErrorMessage } from './error-message.js';
import { isWebUrl } from './meta-line.js';
import { formatRelative } from './relative-time.js';

const STATUS_TEXT: Record<FeedView['status'], string> = {
  new: 'New — not polled yet',
  ok: 'OK',
  failing: 'Failing',
};

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function FeedRow(props: { feed: FeedView; now: number; onChanged: () => void }) {
  const { feed } = props;
  const [moving, setMoving] = useState(false);
  const [folder, setFolder] = useState(feed.folder ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();
  const name = feed.title ?? hostOf(feed.url);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      announce(done);
      setMoving(false);
      props.onChanged();
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };
  const move = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = folder.trim() || null;
    void run(
      () => api.updateFeed(feed.id, { folder: target }),
      target ? `Moved ${name} to ${target}.` : `Moved ${name} out of its folder.`,
    );
  };

  return (
    <li className={`feed feed-${feed.status}`} data-feed-id={feed.id}>
      <div className="feed-main">
        <h4 className="feed-title">{name}</h4>
        <p className="feed-url">
          {isWebUrl(feed.siteUrl ?? feed.url) ? (
            <a href={feed.siteUrl ?? feed.url} target="_blank" rel="noopener noreferrer">
              {feed.url}
            </a>
          ) : (
            feed.url
          )}
        </p>
        <p className="feed-status">
          <span className={`badge status-${feed.status}`}>{STATUS_TEXT[feed.status]}</span>
          {feed.lastPolledAt && <span> · polled {formatRelative(feed.lastPolledAt, props.now)}</span>}
          {feed.source && <span> · {feed.source.name}</span>}
        </p>
        {feed.lastError && (
          <p className="feed-error" role="status">
            {feed.status === 'failing' ? 'Polling fails: ' : 'Last error: '}
            {feed.lastError}
          </p>
        )}
      </div>
      <div className="feed-actions">
        {moving ? (
          <form onSubmit={move} className="feed-move">
            <label htmlFor={`move-${feed.id}`}>Folder</label>
            <input
              id={`move-${feed.id}`}
              list="feed-folders"
              value={folder}
              onChange={(event) => setFolder(event.target.value)}
            />
            <button type="submit" disabled={busy}>
              Move
            </button>
            <button type="button" className="link-button" onClick={() => setMoving(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <button type="button" onClick={() => setMoving(true)} aria-label={`Move ${name} to a folder`}>
            Move
          </button>
        )}
        <button
          type="button"
          className="danger"
          disabled={busy}
          aria-label={`Remove ${name}`}
          onClick={() => void run(() => api.removeFeed(feed.id), `Removed ${name}.`)}
        >
          Remove
        </button>
      </div>
      <ErrorMessage message={error} />
    </li>
  );
}
