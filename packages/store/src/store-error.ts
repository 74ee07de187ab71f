/**
 * The store's one error class. Methods return `undefined` for "not found"; anything that fails
 * (a database that cannot be opened, a constraint, a newer schema) throws a `StoreError` whose
 * message says what the store was doing, with the underlying error as `cause`.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Runs `work`; any error it throws is wrapped as `StoreError("store: <doing>: <cause>")`. */
export function wrapStoreError<T>(doing: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(`store: unable to ${doing}: ${reason}`, { cause: error });
  }
}
