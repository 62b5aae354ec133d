// Fault injection, network: a CKAN source that harvested fine, then redirects to a private,
// loopback or link-local address, to another scheme, or whose name starts resolving to a private
// address (DNS rebinding). Refused at every hop and at connect time unless the source allows
// private networks. The tests' servers are on loopback: 127.0.0.1 stands in for the internet
// (the guard's test seam), every other private address stays refused.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answer, searchResult } from './fake-ckan.js';
import { expectContained, faultHarness, harvestBothThenGrowSteady, jobOf, type FaultHarness, type FaultHarnessOptions } from './harness.js';

const STAND_IN = { guard: { publicAddresses: ['127.0.0.1'] } };

let h: FaultHarness | undefined;
let inside: Server | undefined;
let insideHits = 0;
afterEach(async () => {
  await h?.close();
  await new Promise<void>((resolve) => (inside ? inside.close(() => resolve()) : resolve()));
  h = undefined;
  inside = undefined;
});

/** A CKAN on 127.0.0.2, a private address: what a redirect must not reach. */
async function startInside(port = 0): Promise<string> {
  insideHits = 0;
  inside = createServer((req, res) => {
    insideHits++;
    const url = new URL(req.url ?? '/', 'http://127.0.0.2');
    answer(res, 200, { 'content-type': 'application/json' }, JSON.stringify(searchResult(h?.hostile.packages ?? [], url)));
  });
  await new Promise<void>((resolve) => inside!.listen(port, '127.0.0.2', resolve));
  return `http://127.0.0.2:${(inside.address() as AddressInfo).port}`;
}

async function guarded(options: FaultHarnessOptions = {}): Promise<FaultHarness> {
  h = await faultHarness({ hostileAllowsPrivateNetwork: false, http: STAND_IN, ...options });
  await harvestBothThenGrowSteady(h);
  return h;
}

const redirectTo = (target: (url: URL) => string) => (url: URL, _req: unknown, res: import('node:http').ServerResponse) => answer(res, 302, { location: target(url) });

describe('a source that leads the harvester into private networks', () => {
  it('a redirect to a loopback address: refused before connecting', async () => {
    const insideUrl = await startInside();
    const h = await guarded();
    h.hostile.turn(redirectTo((url) => `${insideUrl}${url.pathname}${url.search}`));
    await expectContained(h, await h.run(), /refused to connect to 127\.0\.0\.2 .*private, loopback or reserved address/, 'failed');
    expect(insideHits).toBe(0);
  });

  it.each([
    ['link-local (cloud metadata)', 'http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254/],
    ['private', 'http://10.1.2.3/api/3/action/package_search', /10\.1\.2\.3/],
    ['IPv6 loopback', 'http://[::1]:9/api/3/action/package_search', /\[::1\]/],
  ])('a redirect to a %s address: refused', async (_what, target, named) => {
    const h = await guarded();
    h.hostile.turn(redirectTo(() => target));
    const job = await expectContained(h, await h.run(), /private, loopback or reserved address/, 'failed');
    expect(job.error).toMatch(named);
  });

  it.each(['file:///etc/passwd', 'ftp://files.example.ca/catalogue.json', 'gopher://example.ca/'])('a redirect to %s: refused, another scheme than HTTP', async (target) => {
    const h = await guarded({ hostileAllowsPrivateNetwork: true }); // not even a source allowed private networks
    h.hostile.turn(redirectTo(() => target));
    await expectContained(h, await h.run(), new RegExp(`unsupported protocol ${target.split(':')[0]}:`), 'failed');
  });

  it('DNS rebinding (the name now resolves to a private address): refused at connect time', async () => {
    let address = '127.0.0.1';
    const lookup = ((hostname: string, options: object, callback: (e: Error | null, a: LookupAddress[]) => void) =>
      hostname === 'portal.test' ? callback(null, [{ address, family: 4 }]) : dnsLookup(hostname, options, callback as never)) as unknown as typeof dnsLookup;
    const h = await guarded({ hostileUrl: (url) => url.replace('127.0.0.1', 'portal.test'), http: { guard: { publicAddresses: ['127.0.0.1'], dnsLookup: lookup } } });
    await startInside(Number(new URL(h.hostile.url).port)); // the same port on the private address
    address = '127.0.0.2';
    await expectContained(h, await h.run(), /refused to connect to portal\.test \(127\.0\.0\.2\)/, 'failed');
    expect(insideHits).toBe(0);
  });

  it('a source marked allowPrivateNetwork follows a redirect to a private address', async () => {
    const insideUrl = await startInside();
    const h = await guarded({ hostileAllowsPrivateNetwork: true });
    h.hostile.turn(redirectTo((url) => `${insideUrl}${url.pathname}${url.search}`));
    const result = await h.run();
    expect(jobOf(result, 'hostile').status).toBe('succeeded');
    expect(insideHits).toBeGreaterThan(0);
  });
});
