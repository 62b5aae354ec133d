import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { detectDcat } from '../../../src/sources/dcat/detect.js';
import { dcatKind } from '../../../src/sources/dcat/index.js';
import { OptionsError } from '../../../src/sources/kind.js';
import { fixture, fixturesPresent } from '../../helpers/fixtures.js';
import { loopbackClient, PREFIXES, startServer, type TestServer } from './helpers/fixtures.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const CATALOGUE = `${PREFIXES}<http://x.test/c> a dcat:Catalog ; dct:title "Catalogue de données"@fr, "Data catalogue"@en ;
  dcat:dataset <http://x.test/d/1>, <http://x.test/d/2> .
<http://x.test/d/1> a dcat:Dataset ; dct:title "Un"@fr .
<http://x.test/d/2> a dcat:Dataset ; dct:title "Deux"@fr .`;

describe('detecting a DCAT catalogue', () => {
  it('recognizes a catalogue answered by content negotiation, with its title, count and languages', async () => {
    server = await startServer((url, req) => (url.pathname === '/catalog' && /text\/turtle/.test(req.headers.accept ?? '') ? { body: CATALOGUE, contentType: 'text/turtle' } : undefined));
    const detection = await detectDcat(`${server.url}/catalog`, loopbackClient());
    expect(detection).toEqual({
      kind: 'dcat',
      url: `${server.url}/catalog`,
      title: 'Data catalogue',
      count: 2,
      languages: ['en', 'fr'],
      evidence: `${server.url}/catalog answered Turtle (text/turtle) with a dcat:Catalog`,
    });
  });

  it('finds /catalog.ttl under a site root that answers HTML, and says the format a vague content type hides', async () => {
    server = await startServer((url) => {
      if (url.pathname === '/') return { body: '<!doctype html><html><body>Portal</body></html>', contentType: 'text/html' };
      if (url.pathname === '/catalog.ttl') return { body: CATALOGUE, contentType: 'application/octet-stream' };
      return undefined;
    });
    const detection = await detectDcat(`${server.url}/`, loopbackClient());
    expect(detection).toMatchObject({ kind: 'dcat', url: `${server.url}/catalog.ttl`, options: { format: 'turtle' }, count: 2 });
    expect(server.requests.map((r) => r.url.pathname)).toEqual(['/', '/catalog.ttl']);
  });

  it.skipIf(!fixturesPresent)('reports the announced total of a Hydra-paged catalogue, not the page count', async () => {
    server = await startServer(() => ({ body: readFileSync(fixture('dcat', 'udata-partial-collection-1.jsonld')), contentType: 'application/ld+json' }));
    const detection = await detectDcat(`${server.url}/catalog.jsonld`, loopbackClient());
    expect(detection).toMatchObject({ kind: 'dcat', title: 'Sample DCAT Catalog', count: 4 });
    expect(detection?.evidence).toMatch(/JSON-LD .* paged with Hydra/);
  });

  it('says nothing for what is not DCAT (HTML, JSON, RDF without datasets), and rejects an unreachable URL', async () => {
    server = await startServer((url) => {
      if (url.pathname === '/json') return { body: '{"success": true}', contentType: 'application/json' };
      if (url.pathname === '/foaf') return { body: `${PREFIXES}<http://x.test/me> a foaf:Person .`, contentType: 'text/turtle' };
      return { body: '<html><body>hi</body></html>', contentType: 'text/html' };
    });
    for (const path of ['/site', '/json', '/foaf']) expect(await detectDcat(`${server.url}${path}`, loopbackClient()), path).toBeUndefined();
    const closed = server.url;
    await server.close();
    server = undefined;
    await expect(detectDcat(`${closed}/catalog`, loopbackClient())).rejects.toThrow();
  });
});

describe('DCAT options', () => {
  it('accepts format and incrementalParam, and names the field of a bad one', () => {
    expect(() => dcatKind.parseOptions({ format: 'rdfxml', incrementalParam: 'modified_since' })).not.toThrow();
    expect(() => dcatKind.parseOptions({})).not.toThrow();
    const bad = (options: Record<string, unknown>) => {
      try {
        dcatKind.parseOptions(options);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(bad({ format: 'n3' })).toEqual(new OptionsError('format', 'must be one of turtle, rdfxml, jsonld'));
    expect(bad({ incrementalParam: 'a b' })).toMatchObject({ field: 'incrementalParam', message: 'must be a query parameter name' });
    expect(bad({ pageSize: 10 })).toMatchObject({ field: 'pageSize', message: expect.stringMatching(/unknown option/) });
  });
});
