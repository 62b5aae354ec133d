import { describe, expect, it } from 'vitest';
import { checkLiteralHost, isPublicAddress } from '../../src/harvest/fetch/private-network.js';

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
