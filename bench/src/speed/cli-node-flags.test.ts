import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliNodeFlags, nodeFlagsOf } from './cli-node-flags.js';

describe('the storyfold command’s Node flags', () => {
  it('reads the flags after node on an env shebang, and none from any other line', () => {
    expect(nodeFlagsOf('#!/usr/bin/env -S node --max-semi-space-size=32 --a=b')).toEqual([
      '--max-semi-space-size=32',
      '--a=b',
    ]);
    expect(nodeFlagsOf('#!/usr/bin/env node')).toEqual([]);
    expect(nodeFlagsOf("import { main } from '../dist/main.js';")).toEqual([]);
  });

  it('are the launcher’s, and `npm run bench` runs with the same ones', () => {
    const flags = cliNodeFlags();
    expect(flags).toContain('--max-semi-space-size=32');
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.bench).toBe(`node ${flags.join(' ')} bench/dist/speed.js`);
  });
});
