/** OPML import (a file chosen by the reader, sent as the request body) and export (a download). */
import type { OpmlImportResult } from '@storyfold/server/api';
import { type ChangeEvent, useState } from 'react';
import { useAnnounce } from './announce.js';
import { api, errorMessage, OPML_EXPORT_URL } from './api.js';
import { ErrorMessage } from './error-message.js';
import { plural } from './plural.js';

export function OpmlPanel(props: { onImported: () => void }) {
  const [result, setResult] = useState<OpmlImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (file === undefined) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const imported = await api.importOpml(await file.text());
      setResult(imported);
      announce(`Imported ${plural(imported.added, 'feed')} from ${file.name}.`);
      props.onImported();
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
      input.value = '';
    }
  };
  return (
    <section className="opml panel" aria-labelledby="opml-title">
      <h2 id="opml-title">OPML</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="opml-file">Import subscriptions from an OPML file</label>
          <input
            id="opml-file"
            type="file"
            accept=".opml,.xml,text/x-opml,application/xml,text/xml"
            onChange={onFile}
            disabled={busy}
          />
        </div>
        <a className="button-link" href={OPML_EXPORT_URL} download="storyfold-feeds.opml">
          Export subscriptions as OPML
        </a>
      </div>
      {busy && <p aria-live="polite">Importing…</p>}
      <ErrorMessage message={error} />
      {result && (
        <div className="opml-result">
          <p>
            {plural(result.added, 'feed')} added, {result.existing} already subscribed
            {result.failed.length > 0 && `, ${result.failed.length} failed`}.
          </p>
          {result.failed.length > 0 && (
            <ul>
              {result.failed.map((failure) => (
                <li key={failure.url}>
                  {failure.url}: <span className="feed-error">{failure.error}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
