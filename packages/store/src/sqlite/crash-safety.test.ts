/**
 * Crash safety of the SQLite store: a child process writing article batches is killed with
 * SIGKILL inside a batch's transaction (after part of it was written and spilled to the WAL);
 * reopening must show every batch it reported committed, whole, and no part of the batch it was
 * writing. The child runs the store's own code, transpiled to a temp folder
 * (Node 20 cannot import TypeScript), with better-sqlite3 resolved from here.
 */
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from './sqlite-store.js';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = dirname(here);
const folders: string[] = [];

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'store-suite.ts') out.push(path);
  }
  return out;
}

/** Transpiles src/ into `outDir`, pointing `better-sqlite3` at this workspace's copy. */
function transpileStore(outDir: string): string {
  const driver = pathToFileURL(createRequire(import.meta.url).resolve('better-sqlite3')).href;
  for (const file of sourceFiles(srcDir)) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    });
    const target = join(outDir, relative(srcDir, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText.replaceAll("from 'better-sqlite3'", `from '${driver}'`));
  }
  return pathToFileURL(join(outDir, 'sqlite', 'sqlite-store.js')).href;
}

describe('SqliteStore crash safety', () => {
  it('keeps every committed batch and no part of the batch being written when killed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'storyfold-crash-'));
    folders.push(root);
    const storeModule = transpileStore(join(root, 'code'));
    const dataDir = join(root, 'data');
    const batchSize = 200;
    const committed: string[] = [];

    await new Promise<void>((resolve, reject) => {
      const child = fork(
        join(here, 'testdata', 'crash-writer.mjs'),
        [storeModule, dataDir, String(batchSize)],
        {
          stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        },
      );
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const guard = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error('the writer did not reach its fourth batch within 8 s'));
      }, 8_000);
      child.on('message', (message: { committed?: string[]; inside?: number }) => {
        committed.push(...(message.committed ?? []));
        // From the fourth batch on, the writer holds its transaction open after this message.
        if (message.inside !== undefined && message.inside >= 3) child.kill('SIGKILL');
      });
      child.on('exit', (code, signal) => {
        clearTimeout(guard);
        if (signal === 'SIGKILL') resolve();
        else reject(new Error(`the writer exited on its own (code ${code}): ${stderr}`));
      });
    });

    const store = new SqliteStore({ dataDir });
    try {
      const count = await store.countArticles();
      expect(committed.length).toBe(3 * batchSize);
      expect(count).toBe(committed.length);
      for (const key of committed) expect(await store.getArticleByKey(key)).toBeDefined();
      for await (const article of store.iterateArticles({}, 1000)) {
        expect(article.body).toHaveLength(8);
        expect(article.title).toBe(`Article ${article.key}`);
        expect(article.body[7]).toContain(`of article ${article.key}:`);
      }
    } finally {
      await store.close();
    }
  }, 10_000);
});
