// Installs dependencies on first use and builds the workspace (TypeScript, then the web
// interface), so that `npm start`, `npm test`, `npm run eval` and `npm run bench` work on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const run = (command) => execSync(command, { stdio: 'inherit' });

/** The newest modification time of a file, or of anything in a folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

// Installed when the lock or a dependency patch (patches/, applied by the postinstall hook) is newer
// than the last install.
const installed = 'node_modules/.package-lock.json';
const stale =
  !existsSync(installed) ||
  Math.max(...['package-lock.json', 'patches'].map(newest)) > statSync(installed).mtimeMs;
// `npm install`, not `npm ci`: the lock lists only the platform binaries the registry serves, and
// `npm ci` refuses a lock that omits any optional platform package. `npm install` keeps the lock.
if (stale) run('npm install --no-audit --no-fund');
run('npx tsc -b');

// The web interface is rebuilt when any of its sources is newer than its build.
const web = 'packages/web';
const built = join(web, 'dist/index.html');
const sources = ['src', 'index.html', 'vite.config.ts'].map((name) => join(web, name)).filter(existsSync);
if (!existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs) {
  run('npm run build -w @storyfold/web');
}
