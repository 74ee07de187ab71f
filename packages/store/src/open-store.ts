/**
 * The factory the rest of Storyfold calls: `openStore({ dataDir })` opens (creating on first use)
 * the embedded SQLite store in that folder. A Postgres kind will be added here beside it.
 */
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  /** Which implementation; only 'sqlite' (the embedded default) exists so far. */
  kind?: 'sqlite' | undefined;
  /** The data folder (created when missing): the CLI's `--data`, `STORYFOLD_DATA` or `./data`. */
  dataDir: string;
  /** Where "now" comes from; default: the system clock. */
  clock?: (() => Date) | undefined;
  /** Told before an existing database is upgraded (schema versions from and to); it may take a minute. */
  onUpgrade?: ((from: number, to: number) => void) | undefined;
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  return new SqliteStore({ dataDir: options.dataDir, clock: options.clock, onUpgrade: options.onUpgrade });
}
