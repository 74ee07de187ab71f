/**
 * Where a command's store lives: `--data <folder>`, else the STORYFOLD_DATA environment variable,
 * else `./data`; several stores can live side by side.
 */
import { resolve } from 'node:path';
import { openStore, type Store } from '@storyfold/store';

export const DATA_OPTION = { data: { type: 'string' } } as const;

export const DATA_USAGE = `  --data <folder>   the store's folder (default: $STORYFOLD_DATA, else ./data)`;

export function dataFolder(flag: string | undefined): string {
  return resolve(flag ?? process.env.STORYFOLD_DATA ?? 'data');
}

export async function openData(flag: string | undefined): Promise<Store> {
  const dataDir = dataFolder(flag);
  return openStore({
    dataDir,
    onUpgrade: (from, to) =>
      process.stderr.write(
        `upgrading the store in ${dataDir} (schema ${from} → ${to}); on a large store this takes a minute or two…\n`,
      ),
  });
}
