import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '@storyfold/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from './config.js';
import { useTestServer } from './server.test-helper.js';
import { startServer } from './start-server.js';

describe('startServer', () => {
  const taken = useTestServer();
  let dataDir = '';
  let store: Store;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'storyfold-start-test-'));
    store = await openStore({ dataDir });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('closes what it built when it cannot listen: no polling round runs afterwards', async () => {
    let calls = 0;
    const counted = new Proxy(store, {
      get(target, name, receiver) {
        const value: unknown = Reflect.get(target, name, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const port = Number(new URL(taken.url).port);
    await expect(
      startServer(
        {
          ...defaultConfig(),
          port,
          host: '127.0.0.1',
          dataDir,
          logLevel: 'silent',
          refreshFirstDelaySeconds: 0.05,
        },
        { store: counted, webRoot: join(dataDir, 'no-web-build') },
      ),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
    const after = calls;
    await new Promise((done) => setTimeout(done, 300));
    expect(calls).toBe(after);
  });
});
