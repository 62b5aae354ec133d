// SSRF guard: a portal URL must not lead the harvester into loopback or private networks unless
// the source allows it. Checked on the resolved address at connect time, so redirects and DNS
// answers that change between checks cannot bypass it.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** An address as the guard compares it: an IPv4-mapped IPv6 address is its IPv4 address. */
function normalized(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const parsed = ipaddr.parse(address);
  return parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
}

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return normalized(address).range() === 'unicast';
}

/** Whether `text` is an address or a CIDR range (`10.2.0.0/16`, `fd00::/8`) a source may allow. */
export function isAddressOrRange(text: string): boolean {
  return ipaddr.isValid(text) || ipaddr.isValidCIDR(text);
}

/** A test of addresses against a list of addresses and CIDR ranges (validated beforehand). */
export function addressMatcher(list: readonly string[]): (address: string) => boolean {
  const ranges = list.map((entry): [ipaddr.IPv4 | ipaddr.IPv6, number] => {
    if (ipaddr.isValidCIDR(entry)) return ipaddr.parseCIDR(entry);
    const one = normalized(entry);
    return [one, one.kind() === 'ipv4' ? 32 : 128];
  });
  return (address) => {
    if (!ipaddr.isValid(address)) return false;
    const parsed = normalized(address);
    return ranges.some(([base, bits]) => {
      if (base.kind() === parsed.kind()) return parsed.match(base, bits);
      // An IPv4 address against an IPv6 range (::ffff:10.0.0.0/104): in its IPv4-mapped form.
      return parsed.kind() === 'ipv4' && (parsed as ipaddr.IPv4).toIPv4MappedAddress().match(base, bits);
    });
  };
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

/** The private addresses and ranges a source allows (`allowPrivateNetwork: [10.2.3.4]`): an
 * intranet portal reachable without opening every private network to its redirects. */
export type AllowedNetworks = readonly string[];

const allowedBy = (seams: GuardSeams | undefined, networks: AllowedNetworks = []) => {
  const inAllowed = addressMatcher(networks);
  return (address: string) => isPublicAddress(address) || (seams?.publicAddresses?.includes(address) ?? false) || inAllowed(address);
};

/** A `lookup` for http.request that refuses non-public addresses. */
export function publicOnlyLookup(seams?: GuardSeams, networks?: AllowedNetworks): LookupFunction {
  const allowed = allowedBy(seams, networks);
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
export function checkLiteralHost(hostname: string, seams?: GuardSeams, networks?: AllowedNetworks): void {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host) && !allowedBy(seams, networks)(host)) throw new PrivateNetworkError(hostname, host);
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
