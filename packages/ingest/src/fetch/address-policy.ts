/**
 * Which network addresses an outgoing fetch may not reach when private addresses are not allowed
 * (the SSRF guard): this computer (loopback, unspecified, "localhost" names), the local networks
 * (RFC 1918 private, link-local, IPv6 unique-local and site-local, carrier-grade NAT), multicast and
 * broadcast, and the ranges no public server uses (reserved, documentation, benchmarking).
 *
 * Reference: the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890) — RFC 1122
 * (0/8), RFC 1918, RFC 3927 (169.254/16), RFC 6598 (100.64/10), RFC 5737, RFC 2544, RFC 1112
 * (240/4), RFC 919 (broadcast), RFC 4291 (::1, ::/96, ::ffff:0:0/96, fe80::/10, ff00::/8),
 * RFC 4193 (fc00::/7), RFC 3879 (fec0::/10), RFC 6052 and RFC 8215 (NAT64), RFC 3056 (6to4),
 * RFC 3849 (2001:db8::/32), RFC 6666 (100::/64), RFC 6761 (.localhost).
 * Invariants: an IPv4 address is judged the same whatever form it takes inside IPv6: IPv4-mapped
 * (::ffff:a.b.c.d, matched by Node's BlockList itself), NAT64 (64:ff9b::a.b.c.d) and 6to4
 * (2002:AABB:CCDD::) carry every IPv4 range below, so 64:ff9b::8.8.8.8 passes and 64:ff9b::10.0.0.5
 * does not; a zone index (fe80::1%eth0) is ignored; a string that is not an IP address is never
 * forbidden here (host names are judged by the addresses they resolve to). Not covered: Teredo
 * (2001::/32) hides its IPv4 address obfuscated; it is public unicast and passes.
 * Cost: O(ranges) (about 60 rules) per address: about 15 µs measured on a busy shared machine (a
 * noisy bound), paid once per new connection, next to a DNS lookup and a TCP handshake.
 */
import { BlockList, isIP, SocketAddress } from 'node:net';

/** Why an address is forbidden; `description` completes "10.0.0.5 is …". */
export interface ForbiddenRange {
  kind:
    | 'unspecified'
    | 'loopback'
    | 'private'
    | 'shared'
    | 'link-local'
    | 'unique-local'
    | 'multicast'
    | 'broadcast'
    | 'documentation'
    | 'benchmarking'
    | 'reserved';
  description: string;
}

type Kind = ForbiddenRange['kind'];

/** IPv4 ranges, each as network, prefix length and kind; checked in this order. */
const IPV4_RANGES: ReadonlyArray<readonly [string, number, Kind]> = [
  ['0.0.0.0', 8, 'unspecified'], // "this network"; 0.0.0.0 reaches this computer on Linux
  ['127.0.0.0', 8, 'loopback'],
  ['10.0.0.0', 8, 'private'],
  ['172.16.0.0', 12, 'private'],
  ['192.168.0.0', 16, 'private'],
  ['100.64.0.0', 10, 'shared'],
  ['169.254.0.0', 16, 'link-local'], // cloud metadata services live at 169.254.169.254
  ['224.0.0.0', 4, 'multicast'],
  ['255.255.255.255', 32, 'broadcast'],
  ['192.0.2.0', 24, 'documentation'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['192.0.0.0', 24, 'reserved'], // IETF protocol assignments
  ['240.0.0.0', 4, 'reserved'],
];

/** IPv6 ranges of their own (the IPv4 ones are added inside NAT64 and 6to4 below). */
const IPV6_RANGES: ReadonlyArray<readonly [string, number, Kind]> = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fe80::', 10, 'link-local'],
  ['fc00::', 7, 'unique-local'],
  ['fec0::', 10, 'private'], // deprecated site-local, still routed inside some sites
  ['64:ff9b:1::', 48, 'private'], // local-use NAT64: translates into the site's own networks
  ['ff00::', 8, 'multicast'],
  ['2001:db8::', 32, 'documentation'],
  ['::', 96, 'reserved'], // deprecated IPv4-compatible addresses (::a.b.c.d)
  ['100::', 64, 'reserved'], // discard-only
];

const DESCRIPTIONS: Record<Kind, string> = {
  unspecified: 'an unspecified address (it reaches this computer)',
  loopback: 'a loopback address (this computer)',
  private: 'a private network address',
  shared: 'a carrier-grade NAT (shared) address',
  'link-local': 'a link-local address',
  'unique-local': 'a unique local (private) IPv6 address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  documentation: 'a documentation-only address',
  benchmarking: 'a benchmarking address',
  reserved: 'a reserved address',
};

function hex16(high: number, low: number): string {
  return ((high << 8) | low).toString(16);
}

/** The IPv4 network a.b.c.d as the two hex groups that carry it inside IPv6. */
function ipv4Groups(network: string): [string, string] {
  const [a = 0, b = 0, c = 0, d = 0] = network.split('.').map(Number);
  return [hex16(a, b), hex16(c, d)];
}

function buildLists(): Array<{ kind: Kind; list: BlockList }> {
  const lists = new Map<Kind, BlockList>();
  const listOf = (kind: Kind): BlockList => {
    let list = lists.get(kind);
    if (list === undefined) {
      list = new BlockList();
      lists.set(kind, list);
    }
    return list;
  };
  for (const [network, prefix, kind] of IPV4_RANGES) {
    const [high, low] = ipv4Groups(network);
    listOf(kind).addSubnet(network, prefix, 'ipv4');
    listOf(kind).addSubnet(`64:ff9b::${high}:${low}`, 96 + prefix, 'ipv6');
    listOf(kind).addSubnet(`2002:${high}:${low}::`, 16 + prefix, 'ipv6');
  }
  for (const [network, prefix, kind] of IPV6_RANGES) listOf(kind).addSubnet(network, prefix, 'ipv6');
  // Check order: the specific kinds first (::1 before ::/96, 255.255.255.255 before 240/4).
  const order: Kind[] = [
    'unspecified',
    'loopback',
    'private',
    'shared',
    'link-local',
    'unique-local',
    'multicast',
    'broadcast',
    'documentation',
    'benchmarking',
    'reserved',
  ];
  return order.flatMap((kind) => {
    const list = lists.get(kind);
    return list === undefined ? [] : [{ kind, list }];
  });
}

const LISTS = buildLists();

/**
 * The forbidden range `address` (an IPv4 or IPv6 address in any textual form Node accepts, with or
 * without a zone index or brackets) falls in, or undefined when it is a public address or not an
 * IP address at all.
 */
export function forbiddenRange(address: string): ForbiddenRange | undefined {
  let bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const zone = bare.indexOf('%');
  if (zone >= 0) bare = bare.slice(0, zone);
  const family = isIP(bare);
  if (family === 0) return undefined;
  // Parsed once for all the lists (5× faster than passing the string to each check).
  const parsed = new SocketAddress({ address: bare, family: family === 4 ? 'ipv4' : 'ipv6' });
  for (const { kind, list } of LISTS) {
    if (list.check(parsed)) return { kind, description: DESCRIPTIONS[kind] };
  }
  return undefined;
}

/** True for "localhost" and any name under .localhost (RFC 6761), with or without the final dot. */
export function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

/**
 * Why a URL's host may not be fetched before any lookup, or undefined: a literal IP address in a
 * forbidden range ("10.0.0.5 is a private network address") or a localhost name. Names
 * are otherwise judged by the address they resolve to, when connecting (guarded-lookup.ts).
 * `hostname` is URL.hostname (IPv6 in brackets); `forbidden` is the policy (default forbiddenRange).
 */
export function hostRefusal(
  hostname: string,
  forbidden: (address: string) => ForbiddenRange | undefined = forbiddenRange,
): string | undefined {
  if (isLocalhostName(hostname)) return `${hostname} is this computer (a localhost name)`;
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  if (isIP(bare) === 0) return undefined;
  const range = forbidden(bare);
  return range === undefined ? undefined : `${bare} is ${range.description}`;
}
