/**
 * Files the server ships with, found relative to this package (src/ under tests, dist/ when
 * built; both sit one level below the package), never relative to the working directory.
 */
import { fileURLToPath } from 'node:url';

/** The example corpus (the five seeds) at the repository root. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../examples/seeds/', import.meta.url));

/** The web interface's production build (`npm run build -w @storyfold/web`). */
export const WEB_DIST_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));
