/** Shown when the store holds no article: import the example corpus, or go add feeds. */
import type { DemoImportResult } from '@storyfold/server/api';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAnnounce } from './announce.js';
import { api, errorMessage } from './api.js';
import { ErrorMessage } from './error-message.js';
import { plural } from './plural.js';

export function FirstRunPanel(props: { onImported: (result: DemoImportResult) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const announce = useAnnounce();
  const importDemo = async () => {
    setBusy(true);
    setError(null);
    announce('Importing the example corpus…');
    try {
      const result = await api.importDemo();
      announce(
        `Imported ${plural(result.articles, 'article')} in ${plural(result.stories, 'story', 'stories')}.`,
      );
      props.onImported(result);
    } catch (cause) {
      setError(errorMessage(cause));
      announce('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="first-run panel" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Welcome to Storyfold</h2>
      <p>
        There are no articles yet. Storyfold folds every article about one event into one story, recognises
        copies of the same original report, and shows what each copy adds.
      </p>
      <p>
        See it at once with the example corpus: five real articles about one event, built from two independent
        reports. It works offline.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={importDemo} disabled={busy}>
          {busy ? 'Importing…' : 'Import the example corpus'}
        </button>
        <Link to="/feeds" className="button-link">
          Add your feeds
        </Link>
      </div>
      <ErrorMessage message={error} />
    </section>
  );
}
