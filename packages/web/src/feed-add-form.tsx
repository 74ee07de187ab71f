/** Subscribe to a feed or a site URL (its feeds are discovered), with an optional folder. */
import { type FormEvent, useState } from 'react';
import { useAnnounce } from './announce.js';
import { api, errorMessage } from './api.js';
import { ErrorMessage } from './error-message.js';

export function FeedAddForm(props: { folders: readonly string[]; onAdded: () => void }) {
  const [url, setUrl] = useState('');
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const announce = useAnnounce();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (url.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.addFeed({ url: url.trim(), folder: folder.trim() || null });
      const name = result.feed.title ?? result.feed.url;
      announce(result.created ? `Subscribed to ${name}.` : `Already subscribed to ${name}.`);
      setUrl('');
      props.onAdded();
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="feed-add panel" onSubmit={submit} aria-labelledby="feed-add-title">
      <h2 id="feed-add-title">Add a feed</h2>
      <div className="field-row">
        <div className="field grow">
          <label htmlFor="feed-url">Feed or site URL</label>
          <input
            id="feed-url"
            name="url"
            type="url"
            inputMode="url"
            required
            placeholder="https://example.com/feed.xml"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="feed-folder">Folder (optional)</label>
          <input
            id="feed-folder"
            name="folder"
            list="feed-folders"
            value={folder}
            onChange={(event) => setFolder(event.target.value)}
          />
          <datalist id="feed-folders">
            {props.folders.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add'}
        </button>
      </div>
      <ErrorMessage message={error} />
    </form>
  );
}
