import { describe, expect, it } from 'vitest';
import { forbiddenRange, hostRefusal, isLocalhostName } from './address-policy.js';

const kindOf = (address: string): string => forbiddenRange(address)?.kind ?? 'public';

describe('forbiddenRange: IPv4', () => {
  const table: Array<[string, string]> = [
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['172.15.255.255', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['100.128.0.1', 'public'],
    ['169.254.169.254', 'link-local'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.0.8', 'reserved'],
    ['192.0.2.1', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['8.8.8.8', 'public'],
    ['1.1.1.1', 'public'],
    ['93.184.216.34', 'public'],
    ['11.0.0.1', 'public'],
    ['192.169.0.1', 'public'],
  ];
  for (const [address, kind] of table) it(`${address} is ${kind}`, () => expect(kindOf(address)).toBe(kind));
});

describe('forbiddenRange: IPv6, IPv4 inside IPv6', () => {
  const table: Array<[string, string]> = [
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['[::1]', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fec0::1', 'private'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['100::1', 'reserved'],
    ['::7f00:1', 'reserved'], // IPv4-compatible, deprecated
    // IPv4-mapped, in both notations
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.5', 'private'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['::ffff:8.8.8.8', 'public'],
    // NAT64 (RFC 6052) carries the IPv4 ranges; the local-use prefix is private
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['64:ff9b::a00:5', 'private'],
    ['64:ff9b::8.8.8.8', 'public'],
    ['64:ff9b:1::1', 'private'],
    // 6to4 (RFC 3056) carries them too
    ['2002:7f00:1::1', 'loopback'],
    ['2002:c0a8:101::1', 'private'],
    ['2002:808:808::1', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['2a00:1450:4001:80b::200e', 'public'],
  ];
  for (const [address, kind] of table) it(`${address} is ${kind}`, () => expect(kindOf(address)).toBe(kind));

  it('is not about host names', () => {
    expect(forbiddenRange('localhost')).toBeUndefined();
    expect(forbiddenRange('example.com')).toBeUndefined();
    expect(forbiddenRange('')).toBeUndefined();
  });
});

describe('hostRefusal: a URL host before any lookup', () => {
  const hostname = (url: string): string => new URL(url).hostname;

  it('refuses literal addresses in words, in every form a URL normalises', () => {
    expect(hostRefusal(hostname('http://10.0.0.5/feed'))).toBe('10.0.0.5 is a private network address');
    expect(hostRefusal(hostname('http://127.1/'))).toBe('127.0.0.1 is a loopback address (this computer)');
    expect(hostRefusal(hostname('http://2130706433/'))).toMatch(/^127\.0\.0\.1 is a loopback/);
    expect(hostRefusal(hostname('http://0x7f.0.0.1/'))).toMatch(/^127\.0\.0\.1 is a loopback/);
    expect(hostRefusal(hostname('http://0/'))).toMatch(/^0\.0\.0\.0 is an unspecified address/);
    expect(hostRefusal(hostname('http://[::1]:8080/'))).toBe('::1 is a loopback address (this computer)');
    expect(hostRefusal(hostname('http://[::ffff:169.254.169.254]/'))).toBe(
      '::ffff:a9fe:a9fe is a link-local address',
    );
    expect(hostRefusal(hostname('http://100.100.100.200/'))).toBe(
      '100.100.100.200 is a carrier-grade NAT (shared) address',
    );
  });

  it('refuses localhost names (RFC 6761)', () => {
    for (const name of ['localhost', 'LOCALHOST', 'localhost.', 'app.localhost', 'a.b.localhost.'])
      expect(isLocalhostName(name)).toBe(true);
    for (const name of ['localhost.example.com', 'mylocalhost', 'example.com'])
      expect(isLocalhostName(name)).toBe(false);
    expect(hostRefusal(hostname('http://LocalHost:8080/'))).toBe(
      'localhost is this computer (a localhost name)',
    );
  });

  it('leaves public addresses and names to the connect-time check', () => {
    expect(hostRefusal('93.184.216.34')).toBeUndefined();
    expect(hostRefusal('[2606:4700:4700::1111]')).toBeUndefined();
    expect(hostRefusal('example.com')).toBeUndefined();
  });

  it('takes another policy', () => {
    expect(hostRefusal('127.0.0.1', () => undefined)).toBeUndefined();
    expect(hostRefusal('localhost', () => undefined)).toMatch(/localhost name/);
  });
});
