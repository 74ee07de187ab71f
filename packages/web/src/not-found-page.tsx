/** Shown for a path the interface does not know, or for a story or article the store does not hold. */
import { Link } from 'react-router';
import { useDocumentTitle } from './document-title.js';

export function NotFoundPage(props: { what?: 'story' | 'article' }) {
  useDocumentTitle('Not found');
  return (
    <section className="page">
      <h1>{props.what === undefined ? 'Page not found' : `No such ${props.what}`}</h1>
      <p>
        {props.what === undefined
          ? 'There is nothing at this address.'
          : `This ${props.what} is not in the store: the link may be old, or the stories were folded again since.`}{' '}
        <Link to="/">Back to the stories</Link>.
      </p>
    </section>
  );
}
