/** An error shown to the user, announced by screen readers. */
export function ErrorMessage(props: { message: string | null; onRetry?: () => void }) {
  if (props.message === null) return null;
  return (
    <div className="error" role="alert">
      <p>{props.message}</p>
      {props.onRetry && (
        <button type="button" onClick={props.onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** A short "Loading…" line, polite for screen readers. */
export function Loading(props: { what: string }) {
  return (
    <p className="loading" aria-live="polite">
      Loading {props.what}…
    </p>
  );
}
