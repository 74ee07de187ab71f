/**
 * The raw document an article came from, as the server sanitised it: HTML only ever inside a
 * sandboxed iframe (no scripts, no same-origin access), never injected into the interface;
 * remote images only when the reader asks for them.
 */
import { useState } from 'react';
import { api } from './api.js';
import { ErrorMessage, Loading } from './error-message.js';
import { isWebUrl } from './meta-line.js';
import { formatDateTime } from './relative-time.js';
import { useResource } from './use-resource.js';

export function OriginalView(props: { articleId: number }) {
  const [images, setImages] = useState(false);
  const resource = useResource(`original:${props.articleId}:${images}`, (signal) =>
    api.original(props.articleId, images, signal),
  );
  const original = resource.data;
  return (
    <section className="original-view" aria-labelledby="original-title">
      <h2 id="original-title">Original document</h2>
      {(images || original?.html != null) && (
        <div className="original-controls">
          <label>
            <input type="checkbox" checked={images} onChange={(event) => setImages(event.target.checked)} />{' '}
            Show images (loads them from the original site)
          </label>
        </div>
      )}
      <ErrorMessage message={resource.error} onRetry={resource.reload} />
      {original === undefined ? (
        resource.error === null && <Loading what="the original" />
      ) : (
        <>
          <p className="muted">
            {original.kind === 'page' ? 'Page' : original.kind === 'feed' ? 'Feed item' : 'File'}{' '}
            {isWebUrl(original.url) ? (
              <a href={original.url} target="_blank" rel="noopener noreferrer">
                {original.url}
              </a>
            ) : (
              <code>{original.url}</code>
            )}
            , fetched {formatDateTime(original.fetchedAt)}
          </p>
          {original.html !== null ? (
            <iframe
              className="original-frame"
              title="Original document (sanitised)"
              sandbox=""
              referrerPolicy="no-referrer"
              srcDoc={original.html}
            />
          ) : original.text !== null ? (
            <pre className="original-text">{original.text}</pre>
          ) : (
            <p>The original document has no text to show.</p>
          )}
        </>
      )}
    </section>
  );
}
