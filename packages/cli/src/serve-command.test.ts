import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Status, StoryList } from '@storyfold/server';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { serveCommand } from './serve-command.js';

/** Runs serveCommand and resolves with its printed address once it listens (stdout is teed). */
async function serve(args: string[]): Promise<{ url: string; done: Promise<number> }> {
  const write = process.stdout.write.bind(process.stdout);
  let output = '';
  let found: (url: string) => void = () => {};
  const url = new Promise<string>((resolve) => {
    found = resolve;
  });
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    output += String(chunk);
    const match = /Storyfold at (http:\/\/\S+)/.exec(output);
    if (match?.[1]) found(match[1]);
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
  const done = serveCommand(args, ['SIGUSR2']).finally(() => {
    process.stdout.write = write;
  });
  return {
    url: await Promise.race([url, done.then((code) => Promise.reject(new Error(`exited ${code}`)))]),
    done,
  };
}

describe('storyfold serve', () => {
  let data = '';
  afterEach(() => rmSync(data, { recursive: true, force: true }));

  it('serves the API on 127.0.0.1, imports the demo into an empty store, and stops on a signal', async () => {
    data = mkdtempSync(join(tmpdir(), 'storyfold-serve-'));
    process.env.STORYFOLD_LOG_LEVEL = 'silent';
    process.env.STORYFOLD_REFRESH_FIRST_DELAY = '0';
    try {
      const { url, done } = await serve(['--data', data, '--port', '0', '--demo']);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const status = (await (await fetch(`${url}/api/status`)).json()) as Status;
      expect(status).toMatchObject({ articles: 5, stories: 1, empty: false });
      const list = (await (await fetch(`${url}/api/stories`)).json()) as StoryList;
      expect(list.stories[0]).toMatchObject({ articleCount: 5, independentReports: 2 });
      process.emit('SIGUSR2');
      expect(await done).toBe(0);
      await expect(fetch(`${url}/api/status`)).rejects.toThrow();
    } finally {
      delete process.env.STORYFOLD_LOG_LEVEL;
      delete process.env.STORYFOLD_REFRESH_FIRST_DELAY;
    }
  });

  it('refuses bad option values in words', async () => {
    data = mkdtempSync(join(tmpdir(), 'storyfold-serve-'));
    await expect(serveCommand(['--data', data, '--port', 'eighty'])).rejects.toThrow(CliError);
    await expect(serveCommand(['--data', data, '--port', '70000'])).rejects.toThrow(/at most 65535/);
    await expect(serveCommand(['--data', data, 'extra'])).rejects.toThrow(/takes no arguments/);
  });
});
