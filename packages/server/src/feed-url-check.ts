/**
 * The first line of the SSRF guard for URLs given to the API (feeds to add, OPML entries): only
 * http and https, and, unless private addresses are allowed, no literal private, loopback,
 * link-local or otherwise non-public IP address and no localhost name (ingest's `hostRefusal`, the
 * same policy its fetch guard applies). Names that resolve to such addresses (and redirects to
 * them) are refused by that guard when connecting (FetchOptions.allowPrivate).
 * Returns the reason in words, or undefined when the URL may be fetched.
 */
import { hostRefusal } from '@storyfold/ingest';

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
  const refusal = hostRefusal(url.hostname);
  if (refusal === undefined) return undefined;
  return {
    code: 'forbidden_address',
    message: `${refusal}; this server does not fetch from private or local addresses (see allowPrivateAddresses)`,
  };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
