/**
 * The shared contract every `Store` implementation must pass: `describeStore(name, open)` registers
 * one Vitest suite; `open` returns a fresh, empty store for each test (the suite closes it).
 * Each implementation's test file calls it once (see sqlite/sqlite-store.test.ts); the cases live
 * in store-suite/, one file per resource. Every implementation passes every case: a behaviour one
 * of them cannot offer belongs in its own test file, not here.
 */
import { afterEach, beforeEach, describe } from 'vitest';
import type { Store } from './store.js';
import { alignmentCases } from './store-suite/alignments.js';
import { articleCases } from './store-suite/articles.js';
import { documentCases } from './store-suite/documents.js';
import { feedCases } from './store-suite/feeds.js';
import { searchCases } from './store-suite/search.js';
import { sourceCases } from './store-suite/sources.js';
import { stateCases } from './store-suite/state.js';
import { storyCases } from './store-suite/stories.js';
import { storyFilterCases } from './store-suite/story-filters.js';
import { transactionCases } from './store-suite/transactions.js';

export function describeStore(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    sourceCases(() => store);
    feedCases(() => store);
    documentCases(() => store);
    articleCases(() => store);
    alignmentCases(() => store);
    storyCases(() => store);
    storyFilterCases(() => store);
    searchCases(() => store);
    stateCases(() => store);
    transactionCases(() => store);
  });
}
