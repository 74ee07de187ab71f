/** Shown for a path the interface does not know. */
import { Link } from 'react-router';
import { useDocumentTitle } from './document-title.js';

export function NotFoundPage() {
  useDocumentTitle('Not found');
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Back to the stories</Link>.
      </p>
    </section>
  );
}
