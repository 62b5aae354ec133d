// SSRF guard: a portal URL must not lead the harvester into loopback or private networks unless
// the source allows it. Checked on the resolved address at connect time, so redirects and DNS
// answers that change between checks cannot bypass it.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

export class PrivateNetworkError extends Error {
  constructor(host: string, address: string) {
    super(`refused to connect to ${host} (${address}): a private, loopback or reserved address (set allowPrivateNetwork on the source to allow it)`);
    this.name = 'PrivateNetworkError';
  }
}

/** For tests: addresses to treat as public (a loopback server standing in for the internet), and
 * how to resolve names (a name whose address changes between lookups). */
export interface GuardSeams {
  publicAddresses?: readonly string[];
  dnsLookup?: typeof dnsLookup;
}

const allowedBy = (seams: GuardSeams | undefined) => (address: string) => isPublicAddress(address) || (seams?.publicAddresses?.includes(address) ?? false);

/** A `lookup` for http.request that refuses non-public addresses. */
export function publicOnlyLookup(seams?: GuardSeams): LookupFunction {
  const allowed = allowedBy(seams);
  const resolve = seams?.dnsLookup ?? dnsLookup;
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as LookupAddress[];
      const bad = list.find((a) => !allowed(a.address));
      if (bad) return callback(new PrivateNetworkError(hostname, bad.address), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`no address for ${hostname}`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

/** Literal IP hosts skip DNS: check them directly. */
export function checkLiteralHost(hostname: string, seams?: GuardSeams): void {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host) && !allowedBy(seams)(host)) throw new PrivateNetworkError(hostname, host);
}

/** Whether a URL's host is (or resolves to) a private, loopback or reserved address. */
export async function isPrivateHost(url: string): Promise<boolean> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host)) return !isPublicAddress(host);
  try {
    const addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
      dnsLookup(host, { all: true }, (error, found) => (error ? reject(error) : resolve(found))),
    );
    return addresses.some((a) => !isPublicAddress(a.address));
  } catch {
    return false; // unresolvable: the probe will say so
  }
}
