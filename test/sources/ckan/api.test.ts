import { describe, expect, it } from 'vitest';
import { actionUrl, ckanEndpoint, readEnvelope } from '../../../src/sources/ckan/api.js';

describe('ckanEndpoint', () => {
  it.each([
    ['https://x.ca/', 'https://x.ca'],
    ['https://x.ca', 'https://x.ca'],
    ['https://x.ca/api/3/action', 'https://x.ca'],
    ['https://x.ca/api/3/action/', 'https://x.ca'],
    ['https://x.ca/api/3', 'https://x.ca'],
    ['https://x.ca/api/action', 'https://x.ca'],
    ['https://open.canada.ca/data', 'https://open.canada.ca/data'],
    ['https://www.donneesquebec.ca/recherche/api/action', 'https://www.donneesquebec.ca/recherche'],
    ['http://127.0.0.1:8080/ckan/?x=1#top', 'http://127.0.0.1:8080/ckan'],
  ])('reads %s as the site %s', (configured, siteRoot) => {
    expect(ckanEndpoint(configured)).toEqual({ siteRoot, actionBase: `${siteRoot}/api/3/action` });
  });

  it('rejects what is not an http(s) URL, naming it', () => {
    expect(() => ckanEndpoint('open.canada.ca')).toThrow('the CKAN URL "open.canada.ca" is not a valid URL');
    expect(() => ckanEndpoint('ftp://x.ca')).toThrow('must use http or https');
  });
});

describe('actionUrl', () => {
  it('encodes parameters and leaves out undefined ones', () => {
    const url = actionUrl(ckanEndpoint('https://x.ca/'), 'package_search', { q: '*:*', fq: undefined, sort: 'id asc', rows: 2 });
    expect(url).toBe('https://x.ca/api/3/action/package_search?q=*%3A*&sort=id+asc&rows=2');
    expect(new URL(url).searchParams.get('sort')).toBe('id asc');
  });
});

describe('readEnvelope', () => {
  const response = (body: string) => ({ url: 'https://x.ca/api/3/action/package_show?id=a', status: 200, headers: {}, body });

  it('returns the result of a successful action', () => {
    expect(readEnvelope(response('{"help": "h", "success": true, "result": {"id": "a"}}'))).toEqual({ id: 'a' });
  });

  it('names the URL and the portal message of a failed action', () => {
    expect(() => readEnvelope(response('{"success": false, "error": {"__type": "Not Found Error", "message": "Not found"}}'))).toThrow(
      'CKAN action failed at https://x.ca/api/3/action/package_show?id=a: Not Found Error: Not found',
    );
  });

  it('rejects JSON that is not an action response', () => {
    expect(() => readEnvelope(response('{"results": []}'))).toThrow(/response from https:\/\/x\.ca\/.* is not a CKAN action response \(success: /);
  });

  it('rejects a body that is not JSON, naming the URL', () => {
    expect(() => readEnvelope(response('<html>'))).toThrow(/response from https:\/\/x\.ca\/api\/3\/action\/package_show\?id=a is not JSON/);
  });

  it('rejects a success without result', () => {
    expect(() => readEnvelope(response('{"success": true}'))).toThrow('has "success": true but no "result"');
  });
});
