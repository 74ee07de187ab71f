/**
 * Expands the paths a user names into the files to read: files as named, folders recursively in
 * sorted order, skipping hidden entries and files of other types.
 *
 * Invariants: deterministic order (the paths in the order given; inside a folder, names sorted by
 * UTF-16 code units, folders and files interleaved by name); a file reached twice (named twice,
 * or by a symbolic link) is listed once; symbolic-link loops end; a named path that cannot be read
 * or has an unknown extension is an error, a folder entry of another type is skipped silently.
 * Cost: one stat per entry, one readdir per folder.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ARTICLE_EXTENSIONS } from './defaults.js';
import type { InputError } from './input-result.js';

export type ListedInput = { kind: 'file'; path: string; extension: string; size: number } | InputError;

const EXPECTED = '.txt, .html, .htm, .json or .jsonl';

export function articleExtension(path: string): string | undefined {
  const extension = extname(path).toLowerCase();
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extension) ? extension : undefined;
}

/** A short reason for a failed file-system call. */
export function fsReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a folder (a parent in the path is a file)';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'path is too long';
    case 'EISDIR':
      return 'is a folder';
    case 'EIO':
      return 'input/output error';
    default:
      return typeof code === 'string' ? `cannot read (${code})` : 'cannot read';
  }
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function* walkFolder(folder: string, seen: Set<string>): AsyncGenerator<ListedInput> {
  let names: string[];
  try {
    names = (await readdir(folder)).sort(byName);
  } catch (error) {
    yield { kind: 'error', path: folder, reason: fsReason(error) };
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(folder, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      continue; // A dangling link or an entry that vanished: nothing to read.
    }
    if (info.isDirectory()) {
      const real = await realpath(path).catch(() => path);
      if (seen.has(real)) continue;
      seen.add(real);
      yield* walkFolder(path, seen);
    } else if (info.isFile()) {
      const extension = articleExtension(name);
      if (extension === undefined) continue;
      const real = await realpath(path).catch(() => path);
      if (seen.has(real)) continue;
      seen.add(real);
      yield { kind: 'file', path, extension, size: info.size };
    }
  }
}

/** The files to read for the given paths, with an error for each path that cannot be used. */
export async function* listInputs(paths: readonly string[]): AsyncGenerator<ListedInput> {
  const seen = new Set<string>();
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: 'error', path, reason: fsReason(error) };
      continue;
    }
    const real = await realpath(path).catch(() => path);
    if (info.isDirectory()) {
      if (seen.has(real)) continue;
      seen.add(real);
      let files = 0;
      for await (const input of walkFolder(path, seen)) {
        if (input.kind === 'file') files++;
        yield input;
      }
      if (files === 0) yield { kind: 'error', path, reason: `folder has no ${EXPECTED} files` };
    } else if (!info.isFile()) {
      yield { kind: 'error', path, reason: 'not a regular file or folder' };
    } else {
      const extension = articleExtension(path);
      if (extension === undefined) {
        const found = extname(path);
        const what = found ? `unsupported file type ${found}` : 'unsupported file type (no extension)';
        yield { kind: 'error', path, reason: `${what}; expected ${EXPECTED}` };
        continue;
      }
      if (seen.has(real)) continue;
      seen.add(real);
      yield { kind: 'file', path, extension, size: info.size };
    }
  }
}
