/**
 * Test support: a real Storyfold server listening on 127.0.0.1 (a free port) over a real SQLite
 * store in a temporary folder, with the scheduler off and logs silent; `api` calls it with the
 * real fetch. Closed and removed after the file's tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ServerConfig } from './config.js';
import { defaultConfig } from './config.js';
import { type RunningServer, startServer } from './start-server.js';

export interface TestServer {
  /** http://127.0.0.1:<port> */
  url: string;
  server: RunningServer;
  /** fetch(url + path, init) */
  api(path: string, init?: RequestInit): Promise<Response>;
  /** POST path with a JSON body. */
  post(path: string, body: unknown, method?: string): Promise<Response>;
}

export function useTestServer(
  config: Partial<ServerConfig> = {},
  options: { demo?: boolean } = {},
): TestServer {
  let dataDir = '';
  const test = {
    url: '',
    server: undefined as unknown as RunningServer,
    api: (path: string, init?: RequestInit) => fetch(`${test.url}${path}`, init),
    post: (path: string, body: unknown, method = 'POST') =>
      fetch(`${test.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
  };
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'storyfold-server-test-'));
    test.server = await startServer(
      {
        ...defaultConfig(),
        port: 0,
        host: '127.0.0.1',
        dataDir,
        logLevel: 'silent',
        refreshFirstDelaySeconds: 0,
        ...config,
      },
      { demo: options.demo, webRoot: join(dataDir, 'no-web-build') },
    );
    test.url = test.server.url;
  });
  afterAll(async () => {
    await test.server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return test;
}

/** The error body's code and a check that the response is the one error shape. */
export async function errorOf(
  response: Response,
): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
  const code = body.error?.code;
  const message = body.error?.message;
  if (typeof code !== 'string' || typeof message !== 'string')
    throw new Error(`not the error shape: ${JSON.stringify(body)}`);
  return { status: response.status, code, message };
}
