/** The boilerplate removed from an article, shown on demand behind a toggle. */
import type { Boilerplate } from '@storyfold/server/api';
import { useId, useState } from 'react';
import { plural } from './plural.js';

export function BoilerplateToggle(props: { boilerplate: readonly Boilerplate[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (props.boilerplate.length === 0) return <p className="muted">No boilerplate was removed.</p>;
  return (
    <div className="boilerplate">
      <button
        type="button"
        className="boilerplate-toggle link-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide' : 'Show'} removed boilerplate ({plural(props.boilerplate.length, 'piece')})
      </button>
      {open && (
        <ul id={id} className="boilerplate-list">
          {props.boilerplate.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for an article.
            <li key={index}>
              <span className="reason">{item.reason}</span> <span className="removed-text">{item.text}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
