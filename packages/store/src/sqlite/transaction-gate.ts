/**
 * Serialises async transactions over one synchronous SQLite connection.
 *
 * better-sqlite3 runs each statement synchronously, so a single call can never interleave with
 * another; only an async `transaction(fn)` spans several turns of the event loop. While one is
 * open, calls made from inside it (recognised through AsyncLocalStorage, whichever store handle
 * they use) run at once and join it; every other call waits until it commits or rolls back.
 * Transactions queue in arrival order; a transaction inside a transaction becomes a savepoint.
 * Cost: one AsyncLocalStorage lookup per call.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqliteDatabase } from './open-database.js';

export class TransactionGate {
  private readonly context = new AsyncLocalStorage<symbol>();
  /** The open transaction's token, or null. */
  private active: symbol | null = null;
  /** Settles when the last queued transaction has finished. */
  private tail: Promise<void> = Promise.resolve();
  private savepoints = 0;

  constructor(private readonly db: SqliteDatabase) {}

  /** Runs `work` now if no transaction is open or if called from inside it; else after it. */
  async call<T>(work: () => T): Promise<T> {
    while (this.active !== null && this.context.getStore() !== this.active) await this.tail;
    return work();
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active !== null && this.context.getStore() === this.active) return this.savepoint(fn);
    const previous = this.tail;
    let finished!: () => void;
    this.tail = new Promise<void>((resolve) => {
      finished = resolve;
    });
    await previous;
    const token = Symbol('transaction');
    this.active = token;
    try {
      this.db.exec('BEGIN IMMEDIATE');
      const result = await this.context.run(token, fn);
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    } finally {
      this.active = null;
      finished();
    }
  }

  private async savepoint<T>(fn: () => Promise<T>): Promise<T> {
    const name = `storyfold_${++this.savepoints}`;
    this.db.exec(`SAVEPOINT ${name}`);
    try {
      const result = await fn();
      this.db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      this.db.exec(`ROLLBACK TO ${name}`);
      this.db.exec(`RELEASE ${name}`);
      throw error;
    }
  }
}
