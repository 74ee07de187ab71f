// Installs dependencies on first use and builds the workspace, so that `npm start`,
// `npm test`, `npm run eval` and `npm run bench` work on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });
const stale =
  !existsSync('node_modules/.package-lock.json') ||
  statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs;
// `npm install`, not `npm ci`: the lock lists only the platform binaries the registry serves, and
// `npm ci` refuses a lock that omits any optional platform package. `npm install` keeps the lock.
if (stale) run('npm install --no-audit --no-fund');
run('npx tsc -b');
