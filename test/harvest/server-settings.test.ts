// The `server:` block of sources.yaml: defaults, and errors naming the file and the field.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/harvest/config.js';

const source = {
  id: 'city',
  name: { en: 'City', fr: 'Ville' },
  type: 'ckan',
  url: 'https://data.example.ca',
  jurisdiction: { level: 'municipal', code: 'CA-ON', municipality: 'Guelph' },
  primaryLanguage: 'en',
};
const withServer = (server: unknown) => parseConfig({ server, sources: [source] }, 'conf/sources.yaml');

describe('sources.yaml: server', () => {
  it('defaults to 600 requests a minute per client with loopback exempt, 64 KiB bodies and no trusted proxy', () => {
    expect(parseConfig({ sources: [source] }, 'f').server).toEqual({ rateLimit: { max: 600, windowMs: 60_000, exemptLoopback: true }, bodyLimit: 65_536, trustProxy: [] });
    expect(withServer({ trustProxy: false }).server.trustProxy).toEqual([]);
  });

  it('reads a rate limit, a body limit and trusted proxies', () => {
    const { server } = withServer({ rateLimit: { max: 120, window: '30s', exemptLoopback: false }, bodyLimit: 1024, trustProxy: ['127.0.0.1', '10.0.0.0/8', '::1'] });
    expect(server).toEqual({ rateLimit: { max: 120, windowMs: 30_000, exemptLoopback: false }, bodyLimit: 1024, trustProxy: ['127.0.0.1', '10.0.0.0/8', '::1'] });
    expect(withServer({ rateLimit: { max: 0 } }).server.rateLimit).toEqual({ max: 0, windowMs: 60_000, exemptLoopback: true });
  });

  it.each([
    [{ rateLimit: { max: -1 } }, /field "server\.rateLimit\.max"/],
    [{ rateLimit: { max: 'many' } }, /field "server\.rateLimit\.max"/],
    [{ rateLimit: { window: 'soon' } }, /field "server\.rateLimit\.window": must be a duration of at least a second/],
    [{ rateLimit: { window: '10ms' } }, /field "server\.rateLimit\.window"/],
    [{ rateLimit: { per: 'ip' } }, /per/],
    [{ bodyLimit: 0 }, /field "server\.bodyLimit"/],
    [{ trustProxy: true }, /field "server\.trustProxy": must be false or a list of proxy addresses and CIDR ranges/],
    [{ trustProxy: ['10.0.0.1', 'proxy.local'] }, /field "server\.trustProxy\[1\]": must be an IP address or a CIDR range/],
    [{ port: 8080 }, /port/],
  ])('refuses %j, naming the file and the field', (server, message) => {
    expect(() => withServer(server)).toThrow(/^conf\/sources\.yaml: /);
    expect(() => withServer(server)).toThrow(message);
  });
});
