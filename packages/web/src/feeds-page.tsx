/**
 * Feeds (/feeds): add a feed or site URL, OPML import/export, refresh now, and the feeds grouped
 * by folder with their polling status and last error in plain words. Live: reloads on `feeds`
 * events.
 */
import type { FeedView } from '@storyfold/server/api';
import { useCallback, useMemo } from 'react';
import { api } from './api.js';
import { useDocumentTitle } from './document-title.js';
import { ErrorMessage, Loading } from './error-message.js';
import { FeedAddForm } from './feed-add-form.js';
import { FeedRow } from './feed-row.js';
import { OpmlPanel } from './opml-panel.js';
import { plural } from './plural.js';
import { RefreshButton } from './refresh-button.js';
import { useResource } from './use-resource.js';

const NO_FOLDER = 'Not in a folder';

function byFolder(feeds: readonly FeedView[]): [string, FeedView[]][] {
  const groups = new Map<string, FeedView[]>();
  for (const feed of feeds) {
    const key = feed.folder ?? '';
    const group = groups.get(key);
    if (group) group.push(feed);
    else groups.set(key, [feed]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
}

export function FeedsPage() {
  useDocumentTitle('Feeds');
  const feeds = useResource('feeds', (signal) => api.feeds(signal), ['feeds']);
  const status = useResource('status', (signal) => api.status(signal), ['feeds']);
  const reload = feeds.reload;
  const reloadAll = useCallback(() => {
    reload();
    status.reload();
  }, [reload, status.reload]);
  const groups = useMemo(() => byFolder(feeds.data?.feeds ?? []), [feeds.data]);
  const now = useMemo(() => (feeds.data ? Date.now() : 0), [feeds.data]);
  const failing = feeds.data?.feeds.filter((feed) => feed.status === 'failing').length ?? 0;

  return (
    <div className="page feeds-page">
      <header className="page-heading">
        <h1>Feeds</h1>
        {feeds.data && (
          <p className="muted">
            {plural(feeds.data.feeds.length, 'feed')}
            {failing > 0 && `, ${failing} failing`}
          </p>
        )}
        <RefreshButton running={status.data?.refreshing ?? false} onDone={reloadAll} />
      </header>
      <FeedAddForm folders={feeds.data?.folders ?? []} onAdded={reloadAll} />
      <ErrorMessage message={feeds.error} onRetry={feeds.reload} />
      {feeds.data === undefined ? (
        feeds.error === null && <Loading what="feeds" />
      ) : feeds.data.feeds.length === 0 ? (
        <p className="panel empty">No feeds yet. Add a feed or site URL above, or import an OPML file.</p>
      ) : (
        <section aria-labelledby="subscriptions-title">
          <h2 id="subscriptions-title">Subscriptions</h2>
          {groups.map(([folder, members]) => (
            <section key={folder} className="feed-folder" aria-label={folder || NO_FOLDER}>
              <h3 className="folder-name">{folder || NO_FOLDER}</h3>
              <ul className="feed-list">
                {members.map((feed) => (
                  <FeedRow key={feed.id} feed={feed} now={now} onChanged={reloadAll} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
      <OpmlPanel onImported={reloadAll} />
    </div>
  );
}
