/**
 * Test support: the five seed articles (real syndication: Reuters, AP, a translation, a mix) and a
 * fresh SQLite store per test in a temporary folder, removed afterwards.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawArticle } from '@storyfold/engine';
import { openStore, type Store } from '@storyfold/store';
import { afterEach, beforeEach } from 'vitest';

const SEEDS = new URL('../../../../../shared/seeds/', import.meta.url);

export const seeds: RawArticle[] = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ id: name.slice(0, -4), text: readFileSync(new URL(name, SEEDS), 'utf8') }));

export interface TempStore {
  /** The store of the running test. */
  store: Store;
  /** Closes the store and opens its folder again, as a restarted process would. */
  reopen(): Promise<void>;
}

export function useTempStore(): TempStore {
  let dataDir = '';
  const temp: TempStore = {
    store: undefined as unknown as Store,
    async reopen() {
      await temp.store.close();
      temp.store = await openStore({ dataDir });
    },
  };
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'storyfold-test-'));
    temp.store = await openStore({ dataDir });
  });
  afterEach(async () => {
    await temp.store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return temp;
}
