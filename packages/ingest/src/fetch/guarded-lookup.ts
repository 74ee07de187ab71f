/**
 * The DNS side of the SSRF guard: a `lookup` for net/tls.connect that resolves a host name as
 * usual (dns.lookup, the system resolver) and then keeps only the addresses outside the forbidden
 * ranges (address-policy.ts), and the undici dispatchers that fetches go through.
 *
 * Why in the connect step: the address judged is the very address the socket connects to, on
 * every connection of every redirect hop, so a host that answers a public address to one lookup
 * and a private one to the next (DNS rebinding) is still refused; a separate check before
 * fetching could not see that. Literal IP hosts never reach a lookup; address-policy's
 * hostRefusal judges them before the request.
 * Invariants: the guarded lookup never hands out a forbidden address (a host with public and
 * private addresses is reached on its public ones only); when every address of a host is
 * forbidden it fails with RefusedAddressError (code ESTORYFOLD_REFUSED), which fetch-resource
 * turns into a failed outcome saying why. Dispatchers are created on first use and shared by all
 * fetches of the process (connection reuse); undici unrefs idle sockets, so they do not keep the
 * process alive.
 * Cost: one system lookup per new connection, as without the guard, plus O(addresses) checks.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent } from 'undici';
import { type ForbiddenRange, forbiddenRange } from './address-policy.js';

/** The error code of RefusedAddressError, which fetch-resource looks for among a fetch error's causes. */
export const REFUSED_CODE = 'ESTORYFOLD_REFUSED';

/** Thrown (through the connect callback) when every address of a host is forbidden. */
export class RefusedAddressError extends Error {
  override readonly name = 'RefusedAddressError';
  readonly code = REFUSED_CODE;
  constructor(
    readonly hostname: string,
    readonly address: string,
    description: string,
  ) {
    super(`refused: ${hostname} resolves to ${address}, ${description}`);
  }
}

/** A resolver in dns.lookup's `all: true` form. */
export type Resolve = (
  hostname: string,
  options: LookupOptions & { all: true },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * What the guard refuses and how it resolves names. The default is address-policy's ranges and the
 * system resolver; tests give their own (e.g. to treat 127.0.0.1 as a public server).
 */
export interface AddressGuard {
  forbidden: (address: string) => ForbiddenRange | undefined;
  resolve: Resolve;
}

export const DEFAULT_GUARD: AddressGuard = {
  forbidden: forbiddenRange,
  resolve: (hostname, options, callback) => dnsLookup(hostname, options, callback),
};

type LookupCallback = Parameters<LookupFunction>[2];

/**
 * A lookup function for net.connect that refuses forbidden addresses. It answers in the form asked
 * for: all allowed addresses when `options.all` (Node's happy eyeballs asks so), else the first.
 */
export function guardedLookup(guard: AddressGuard = DEFAULT_GUARD): LookupFunction {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    guard.resolve(hostname, { ...options, all: true }, (error, addresses) => {
      const empty = options.all === true ? [] : '';
      if (error !== null) {
        callback(error, empty);
        return;
      }
      const allowed = addresses.filter((entry) => guard.forbidden(entry.address) === undefined);
      const first = allowed[0];
      if (first !== undefined) {
        if (options.all === true) callback(null, allowed);
        else callback(null, first.address, first.family);
        return;
      }
      const refused = addresses[0];
      if (refused === undefined) {
        callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), empty);
        return;
      }
      const range = guard.forbidden(refused.address);
      callback(
        new RefusedAddressError(hostname, refused.address, range?.description ?? 'a forbidden address'),
        empty,
      );
    });
  };
}

let open: Agent | undefined;
const guarded = new WeakMap<AddressGuard, Agent>();

/**
 * The shared dispatcher for fetches: a plain Agent when private addresses are allowed, else the
 * Agent whose connections go through the guarded lookup of `guard`.
 */
export function dispatcherFor(allowPrivate: boolean, guard: AddressGuard = DEFAULT_GUARD): Agent {
  if (allowPrivate) {
    open ??= new Agent();
    return open;
  }
  let agent = guarded.get(guard);
  if (agent === undefined) {
    agent = new Agent({ connect: { lookup: guardedLookup(guard) } });
    guarded.set(guard, agent);
  }
  return agent;
}
