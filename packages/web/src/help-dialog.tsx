/** The keyboard help: a modal <dialog> listing the keys (opened with ?, closed with Esc). */
import { useEffect, useRef } from 'react';
import { KEY_HELP } from './keyboard.js';

export function HelpDialog(props: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={props.onClose}>
      <h2 id="help-title">Keyboard shortcuts</h2>
      <dl className="key-list">
        {KEY_HELP.map((entry) => (
          <div key={entry.keys}>
            <dt>
              <kbd>{entry.keys}</kbd>
            </dt>
            <dd>{entry.description}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">Keys do nothing while you type in a field.</p>
      <button type="button" onClick={props.onClose}>
        Close
      </button>
    </dialog>
  );
}
