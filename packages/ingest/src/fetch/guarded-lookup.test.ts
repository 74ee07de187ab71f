import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import {
  type AddressGuard,
  DEFAULT_GUARD,
  guardedLookup,
  RefusedAddressError,
  type Resolve,
} from './guarded-lookup.js';

function resolverOf(answers: Record<string, LookupAddress[]>): Resolve {
  return (hostname, _options, callback) => {
    const addresses = answers[hostname];
    if (addresses === undefined)
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
    else callback(null, addresses);
  };
}

const answers: Record<string, LookupAddress[]> = {
  'public.example': [
    { address: '93.184.216.34', family: 4 },
    { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
  ],
  'internal.example': [{ address: '10.0.0.5', family: 4 }],
  'mixed.example': [
    { address: '127.0.0.1', family: 4 },
    { address: '93.184.216.34', family: 4 },
  ],
  'metadata.example': [{ address: 'fd00:ec2::254', family: 6 }],
  'empty.example': [],
};
const guard: AddressGuard = { ...DEFAULT_GUARD, resolve: resolverOf(answers) };

interface Answer {
  error: NodeJS.ErrnoException | null;
  address: string | LookupAddress[];
  family?: number | undefined;
}

function lookup(hostname: string, all: boolean): Promise<Answer> {
  return new Promise((resolve) => {
    guardedLookup(guard)(hostname, { all }, (error, address, family) => resolve({ error, address, family }));
  });
}

describe('guardedLookup', () => {
  it('answers public addresses as dns.lookup would, one or all', async () => {
    expect(await lookup('public.example', false)).toEqual({
      error: null,
      address: '93.184.216.34',
      family: 4,
    });
    expect((await lookup('public.example', true)).address).toEqual(answers['public.example']);
  });

  it('refuses a host whose every address is forbidden, naming the address and its range', async () => {
    const { error } = await lookup('internal.example', false);
    expect(error).toBeInstanceOf(RefusedAddressError);
    expect(error?.code).toBe('ESTORYFOLD_REFUSED');
    expect(error?.message).toBe('refused: internal.example resolves to 10.0.0.5, a private network address');
    expect((await lookup('metadata.example', true)).error?.message).toBe(
      'refused: metadata.example resolves to fd00:ec2::254, a unique local (private) IPv6 address',
    );
  });

  it('never hands out the forbidden addresses of a host that also has public ones', async () => {
    expect(await lookup('mixed.example', false)).toEqual({
      error: null,
      address: '93.184.216.34',
      family: 4,
    });
    expect((await lookup('mixed.example', true)).address).toEqual([{ address: '93.184.216.34', family: 4 }]);
  });

  it('passes the resolver’s own failures through', async () => {
    expect((await lookup('nowhere.example', false)).error?.code).toBe('ENOTFOUND');
    expect((await lookup('empty.example', false)).error?.code).toBe('ENOTFOUND');
  });

  it('asks the resolver again on every connection (no cached verdict to rebind around)', async () => {
    let calls = 0;
    const rebinding: AddressGuard = {
      ...DEFAULT_GUARD,
      resolve: (_hostname, _options, callback) => {
        calls++;
        callback(null, [{ address: calls === 1 ? '93.184.216.34' : '127.0.0.1', family: 4 }]);
      },
    };
    const once = (): Promise<Answer> =>
      new Promise((resolve) =>
        guardedLookup(rebinding)('rebind.example', {}, (error, address) => resolve({ error, address })),
      );
    expect((await once()).address).toBe('93.184.216.34');
    expect((await once()).error?.message).toBe(
      'refused: rebind.example resolves to 127.0.0.1, a loopback address (this computer)',
    );
  });
});
