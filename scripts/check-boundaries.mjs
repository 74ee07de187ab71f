// Checks the package boundaries of DESIGN.md: each package imports only the packages below it,
// and the engine imports no I/O (no node: modules, no process.env) and no runtime dependency.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const allowed = {
  'packages/engine': [],
  'packages/store': ['@storyfold/engine'],
  'packages/ingest': ['@storyfold/engine', '@storyfold/store'],
  'packages/server': ['@storyfold/engine', '@storyfold/store', '@storyfold/ingest'],
  'packages/cli': ['@storyfold/engine', '@storyfold/store', '@storyfold/ingest', '@storyfold/server'],
  // The web interface talks to the API only: it may import the API's types, nothing else.
  'packages/web': ['@storyfold/server/api'],
  bench: ['@storyfold/engine', '@storyfold/store', '@storyfold/ingest', '@storyfold/server'],
};
const thirdParty = {
  'packages/engine': [],
  'packages/store': ['better-sqlite3'],
  'packages/ingest': ['linkedom', '@mozilla/readability', 'feedsmith', 'undici'],
  'packages/server': [
    'fastify',
    '@fastify/swagger',
    '@fastify/static',
    '@fastify/type-provider-typebox',
    'typebox',
    'sanitize-html',
  ],
  'packages/cli': [],
  'packages/web': ['react', 'react-dom', 'react-router'],
  bench: ['jsdom', '@mozilla/readability', 'linkedom', 'autocannon'],
};

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

const problems = [];
for (const [pkg, internal] of Object.entries(allowed)) {
  for (const file of sources(join(pkg, 'src'))) {
    // Tests, test helpers and the store's shared suite (run by every store implementation's tests).
    const test = /\.test(-helper)?\.ts$|store-suite/.test(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?<![\w'"-])(?:from|import)\s*\(?\s*'([^'\n]+)'/g)) {
      if (spec.startsWith('.')) continue;
      if (spec.startsWith('node:')) {
        if (pkg === 'packages/engine' && !test)
          problems.push(`${file}: the engine does no I/O (imports ${spec})`);
        continue;
      }
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (name.startsWith('@storyfold/') || name === 'storyfold') {
        if (!internal.includes(name) && !internal.includes(spec))
          problems.push(`${file}: ${pkg} may not import ${spec}`);
      } else if (!test && !thirdParty[pkg].includes(name)) {
        problems.push(`${file}: ${pkg} imports undeclared dependency ${name}`);
      }
    }
    if (pkg === 'packages/engine' && !test && /process\.(env|argv|stdout|stderr)/.test(text)) {
      problems.push(`${file}: the engine does not read the process environment`);
    }
  }
}
if (problems.length > 0) {
  console.error(`package boundaries: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('package boundaries: ok');
