/**
 * startServer: opens the store in the configured data folder, builds the server, optionally
 * imports the example corpus into an empty store, and listens. `close()` stops the scheduler,
 * the server and then the store, in that order; when it cannot listen (port in use) it closes
 * what it built and opened before throwing.
 */
import { resolve } from 'node:path';
import { openStore, type Store } from '@storyfold/store';
import { type BuildServerOptions, buildServer, type StoryfoldServer } from './build-server.js';
import type { ServerConfig } from './config.js';
import { importDemo } from './routes/demo.js';

export interface StartOptions extends Omit<BuildServerOptions, 'store' | 'config'> {
  /** Import the example corpus first when the store is empty. */
  demo?: boolean | undefined;
  /** An open store to use instead of opening config.dataDir (the caller closes it). */
  store?: Store | undefined;
}

export interface RunningServer extends StoryfoldServer {
  /** http://host:port, with the port actually bound. */
  url: string;
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const store = options.store ?? (await openStore({ dataDir: resolve(config.dataDir) }));
  let built: StoryfoldServer | undefined;
  try {
    const server = await buildServer({ ...options, store, config });
    built = server;
    if (options.demo && (await store.countArticles()) === 0) {
      const result = await importDemo(server.context);
      server.app.log.info(result, 'example corpus imported');
    }
    await server.app.listen({ port: config.port, host: config.host });
    const address = server.app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    let closing: Promise<void> | undefined;
    return {
      ...server,
      url: `http://${host}:${port}`,
      close() {
        closing ??= (async () => {
          try {
            await server.app.close();
          } finally {
            if (options.store === undefined) await store.close();
          }
        })();
        return closing;
      },
    };
  } catch (error) {
    // The app may be ready (its scheduler started) when listening fails: close it before the store.
    await built?.app.close().catch(() => undefined);
    if (options.store === undefined) await store.close();
    throw error;
  }
}
