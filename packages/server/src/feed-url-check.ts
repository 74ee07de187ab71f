/**
 * The first line of the SSRF guard for URLs given to the API (feeds to add, OPML entries): only
 * http and https, and, unless private addresses are allowed, no literal private, loopback,
 * link-local or otherwise non-public IP address and no localhost name. Names that resolve to such
 * addresses (and redirects to them) are refused by ingest's fetch guard (FetchOptions.allowPrivate).
 * Returns the reason in words, or undefined when the URL may be fetched.
 */
import ipaddr from 'ipaddr.js';

export type UrlRefusal = { code: 'bad_request' | 'forbidden_address'; message: string };

export function feedUrlRefusal(text: string, allowPrivate: boolean): UrlRefusal | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return {
      code: 'bad_request',
      message: `"${clip(text)}" is not a URL (a feed URL starts with https:// or http://)`,
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return {
      code: 'bad_request',
      message: `only http and https feeds can be added, not ${url.protocol.slice(0, -1)}: URLs`,
    };
  if (url.username !== '' || url.password !== '')
    return { code: 'bad_request', message: 'feed URLs with a user name or password are not accepted' };
  if (allowPrivate) return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host === '')
    return forbidden(host);
  if (ipaddr.isValid(host)) {
    let address = ipaddr.parse(host);
    if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress())
      address = (address as ipaddr.IPv6).toIPv4Address();
    if (address.range() !== 'unicast') return forbidden(host);
  }
  return undefined;
}

function forbidden(host: string): UrlRefusal {
  return {
    code: 'forbidden_address',
    message: `${host || 'that host'} is a private or local address; this server does not fetch from those (see allowPrivateAddresses)`,
  };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
