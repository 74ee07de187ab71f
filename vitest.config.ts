import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources (the "source" export condition), so tests
// never run against a stale dist/. Vitest runs in Node, where resolution is Vite's SSR resolution.
const conditions = ['source'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'bench/src/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
