// Installs dependencies on first use and builds the workspace, so that `npm start`,
// `npm test`, `npm run eval` and `npm run bench` work on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });
const stale =
  !existsSync('node_modules/.package-lock.json') ||
  statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs;
if (stale) run('npm ci --no-audit --no-fund');
run('npx tsc -b');
