import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_OPTIONS, ConfigError, configMarkdown, defaultConfig, readConfig } from './config.js';

describe('config', () => {
  it('defaults to 127.0.0.1:8080, ./data, private addresses refused', () => {
    expect(defaultConfig()).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: 'data',
      allowPrivateAddresses: false,
    });
    expect(readConfig()).toEqual(defaultConfig());
  });

  it('gives every option its own STORYFOLD_* variable and flag', () => {
    const envs = CONFIG_OPTIONS.map((option) => option.env);
    const flags = CONFIG_OPTIONS.map((option) => option.flag);
    expect(new Set(envs).size).toBe(envs.length);
    expect(new Set(flags).size).toBe(flags.length);
    for (const env of envs) expect(env).toMatch(/^STORYFOLD_[A-Z_]+$/);
    expect(Object.keys(defaultConfig()).sort()).toEqual(CONFIG_OPTIONS.map((option) => option.key).sort());
  });

  it('takes flags over environment variables over defaults', () => {
    const env = {
      STORYFOLD_PORT: '9000',
      STORYFOLD_HOST: '0.0.0.0',
      STORYFOLD_ALLOW_PRIVATE_ADDRESSES: 'yes',
    };
    expect(readConfig({}, env)).toMatchObject({ port: 9000, host: '0.0.0.0', allowPrivateAddresses: true });
    expect(readConfig({ port: '7000', 'allow-private-addresses': false }, env)).toMatchObject({
      port: 7000,
      allowPrivateAddresses: false,
    });
    expect(readConfig({}, { STORYFOLD_PORT: '' }).port).toBe(8080);
  });

  it('refuses bad values in words', () => {
    expect(() => readConfig({ port: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({}, { STORYFOLD_PORT: '-1' })).toThrow(
      /STORYFOLD_PORT must be a whole number of at least 0/,
    );
    expect(() => readConfig({ port: '65536' })).toThrow(/at most 65535/);
    expect(() => readConfig({}, { STORYFOLD_ALLOW_PRIVATE_ADDRESSES: 'perhaps' })).toThrow(/true or false/);
    expect(() => readConfig({ 'log-level': 'loud' })).toThrow(/log level/);
    expect(() => readConfig({ 'refresh-period': '0' })).toThrow(/at least 1/);
    expect(() => readConfig({ 'poll-min-interval': '600', 'poll-max-interval': '300' })).toThrow(
      /longest polling interval \(300 s\) is shorter than the shortest \(600 s\)/,
    );
  });
});

describe('configMarkdown', () => {
  it('lists every option once, with its variable, flag and default', () => {
    const table = configMarkdown().split('\n');
    expect(table).toHaveLength(CONFIG_OPTIONS.length + 2);
    expect(table).toContain(
      '| `STORYFOLD_PORT` | `--port` | `8080` | TCP port of the web interface and API (0 picks a free port). |',
    );
  });

  it('matches the table in the README, row by row', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const option of CONFIG_OPTIONS) {
      const row = readme.split('\n').find((line) => line.includes(`\`${option.env}\``));
      expect(row, option.env).toBeDefined();
      expect(row).toContain(`\`--${option.flag}\``);
      expect(row).toContain(`\`${String(option.default)}\``);
    }
  });
});
