import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/harvest/fetch/http-client.js';
import { addressMatcher, checkLiteralHost, isAddressOrRange, isPublicAddress } from '../../src/harvest/fetch/private-network.js';

describe('private-network guard', () => {
  it('tells public from private, loopback, link-local and reserved addresses', () => {
    for (const ip of ['8.8.8.8', '142.250.72.14', '2607:f8b0:4004:800::200e']) expect(isPublicAddress(ip)).toBe(true);
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', 'fc00::1', 'fe80::1', '::ffff:127.0.0.1', '100.64.0.1', 'not-an-ip']) {
      expect(isPublicAddress(ip), ip).toBe(false);
    }
  });
  it('refuses literal private hosts before any connection', () => {
    expect(() => checkLiteralHost('127.0.0.1')).toThrow(/private, loopback or reserved/);
    expect(() => checkLiteralHost('[::1]')).toThrow(/allowPrivateNetwork/);
    expect(() => checkLiteralHost('example.org')).not.toThrow();
  });
});

describe('a source that allows only some private addresses (allowPrivateNetwork: [...])', () => {
  it('matches addresses and CIDR ranges, IPv4-mapped IPv6 forms included', () => {
    const allowed = addressMatcher(['127.0.0.1', '10.2.0.0/16', 'fd00::/8']);
    for (const ip of ['127.0.0.1', '::ffff:127.0.0.1', '::ffff:7f00:1', '10.2.3.4', 'fd12::1']) expect(allowed(ip), ip).toBe(true);
    for (const ip of ['127.0.0.2', '::1', '10.3.0.1', '169.254.169.254', '::ffff:a9fe:a9fe', 'fe80::1', 'nope']) expect(allowed(ip), ip).toBe(false);
    expect(addressMatcher(['::ffff:10.0.0.0/104'])('10.9.9.9')).toBe(true);
    expect(isAddressOrRange('10.0.0.0/8') && isAddressOrRange('::1') && !isAddressOrRange('10.0.0.0/33') && !isAddressOrRange('intranet')).toBe(true);
  });

  it('lets the allowed address through and still refuses every other private one', () => {
    expect(() => checkLiteralHost('127.0.0.1', undefined, ['127.0.0.1'])).not.toThrow();
    for (const host of ['127.0.0.2', '[::1]', '169.254.169.254', '[::ffff:7f00:2]', '10.0.0.1']) {
      expect(() => checkLiteralHost(host, undefined, ['127.0.0.1']), host).toThrow(/private, loopback or reserved/);
    }
  });

  it('in the HTTP client: the allowed portal answers, a redirect from it to another private address is refused', async () => {
    let inside = 0;
    const target = createServer((_req, res) => {
      inside++;
      res.end('{}');
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.2', resolve));
    const targetPort = (target.address() as AddressInfo).port;
    const portal = createServer((req, res) => {
      if (req.url === '/ok') return void res.end('{"ok":true}');
      res.writeHead(302, { location: `http://2130706434:${targetPort}/meta` }); // 127.0.0.2, written as a decimal number
      res.end();
    });
    await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
    try {
      const client = createHttpClient({ allowPrivateNetwork: ['127.0.0.1'], retries: 0 });
      expect((await client.get(`${base}/ok`)).body).toBe('{"ok":true}');
      await expect(client.get(`${base}/away`)).rejects.toThrow(/refused to connect to 127\.0\.0\.2/);
      expect(inside).toBe(0);
    } finally {
      await new Promise((resolve) => portal.close(resolve));
      await new Promise((resolve) => target.close(resolve));
    }
  });
});
