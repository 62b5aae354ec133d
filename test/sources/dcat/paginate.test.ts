import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createDcatSource, startUrl } from '../../../src/sources/dcat/source.js';
import type { SourcePage } from '../../../src/sources/source.js';
import { fixture, fixturesPresent } from '../../helpers/fixtures.js';
import { dcatSettings, loopbackClient, PREFIXES, startServer, type Answer, type TestServer } from './helpers/fixtures.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function crawl(url: string, options: Record<string, unknown> = {}): Promise<SourcePage[]> {
  const source = createDcatSource(dcatSettings({ url, options }), loopbackClient());
  const pages: SourcePage[] = [];
  for await (const page of source.list({})) pages.push(page);
  return pages;
}

const ids = (pages: SourcePage[]) => pages.flatMap((p) => p.items.map((i) => i.remoteId));
const problems = (pages: SourcePage[]) => pages.flatMap((p) => p.problems);

/** A Turtle page of datasets `from..to-1`, with a Hydra view pointing where the test says. */
function turtlePage(base: string, page: number, datasets: number[], next?: string, vocabulary: 'current' | 'legacy' = 'current'): Answer {
  const described = datasets.map((i) => `<http://x.test/d/${i}> a dcat:Dataset ; dct:title "Dataset ${i}"@en .`).join('\n');
  const paging =
    vocabulary === 'current'
      ? `<${base}/catalog?page=${page}> a hydra:PartialCollectionView${next !== undefined ? ` ; hydra:next <${next}>` : ''} .
<http://x.test/c> a dcat:Catalog, hydra:Collection ; hydra:totalItems 7 ; hydra:view <${base}/catalog?page=${page}> .`
      : `<${base}/catalog?page=${page}> a hydra:PagedCollection ; hydra:totalItems "7" ; hydra:itemsPerPage 3${next !== undefined ? ` ; hydra:nextPage "${next}"` : ''} .`;
  return { body: `${PREFIXES}${described}\n${paging}\n`, contentType: 'text/turtle; charset=utf-8' };
}

describe.skipIf(!fixturesPresent)('crawling the recorded udata Hydra pages from loopback', () => {
  for (const [vocabulary, prefix] of [
    ['legacy hydra:PagedCollection (nextPage, totalItems)', 'udata-paged-collection'],
    ['current hydra:PartialCollectionView (next, first, last)', 'udata-partial-collection'],
  ] as const) {
    it(`follows ${vocabulary}`, async () => {
      server = await startServer((url) => {
        const page = url.searchParams.get('page');
        if (url.pathname !== '/catalog.jsonld' || (page !== '1' && page !== '2')) return undefined;
        // The recorded pages link to data.test.org: served here, they link here.
        const body = readFileSync(fixture('dcat', `${prefix}-${page}.jsonld`), 'utf8').replaceAll('http://data.test.org/catalog.jsonld', `${server?.url ?? ''}/catalog.jsonld`);
        return { body, contentType: 'application/ld+json' };
      });
      const pages = await crawl(`${server.url}/catalog.jsonld?page=1`);
      expect(ids(pages)).toEqual(['http://data.test.org/datasets/1', 'http://data.test.org/datasets/2', 'http://data.test.org/datasets/3', 'http://data.test.org/datasets/4']);
      expect(problems(pages)).toEqual([]);
      expect(pages.at(-1)?.total).toBe(4);
      expect(server.requests.map((r) => r.url.search)).toEqual(['?page=1', '?page=2']);
      expect(server.requests[0]?.accept).toMatch(/^text\/turtle, application\/rdf\+xml;q=0\.9, application\/ld\+json/);
    });
  }
});

describe('crawling Hydra pages', () => {
  it('follows next links in either vocabulary, relative or absolute, and lists a dataset seen twice once', async () => {
    server = await startServer((url) => {
      const base = server?.url ?? '';
      const page = url.searchParams.get('page') ?? '1';
      if (page === '1') return turtlePage(base, 1, [0, 1, 2], `${base}/catalog?page=2`, 'legacy');
      if (page === '2') return turtlePage(base, 2, [2, 3, 4], '/catalog?page=3');
      if (page === '3') return turtlePage(base, 3, [5, 6]);
      return undefined;
    });
    const pages = await crawl(`${server.url}/catalog`);
    expect(ids(pages)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `http://x.test/d/${i}`));
    expect(problems(pages)).toEqual([]);
    expect(pages.map((p) => p.total)).toEqual([7, 7, 7]);
  });

  it('ends the crawl with a problem when a next page was already read (a loop)', async () => {
    server = await startServer((url) => {
      const base = server?.url ?? '';
      return url.searchParams.get('page') === '2' ? turtlePage(base, 2, [3, 4], `${base}/catalog?page=1`) : turtlePage(base, 1, [0, 1], `${base}/catalog?page=2`);
    });
    const pages = await crawl(`${server.url}/catalog?page=1`);
    expect(ids(pages)).toHaveLength(4);
    expect(problems(pages)).toEqual([{ reason: expect.stringMatching(/next page of .*page=2 is .*page=1, a page already read.*stopped/) }]);
    expect(server.requests).toHaveLength(2);
  });

  it('stops after three pages in a row that bring nothing new', async () => {
    server = await startServer((url) => {
      const base = server?.url ?? '';
      const page = Number(url.searchParams.get('page') ?? '1');
      return turtlePage(base, page, [0, 1], `${base}/catalog?page=${page + 1}`);
    });
    const pages = await crawl(`${server.url}/catalog?page=1`);
    expect(ids(pages)).toHaveLength(2);
    expect(problems(pages)).toEqual([{ reason: expect.stringMatching(/3 pages in a row .* brought no dataset not already listed/) }]);
    expect(server.requests).toHaveLength(4);
  });

  it('keeps the datasets before a syntax error, reports it without an id (nothing is withdrawn) and stops', async () => {
    server = await startServer((url) => {
      const base = server?.url ?? '';
      if (url.searchParams.get('page') === '2') {
        return { body: `${PREFIXES}<http://x.test/d/3> a dcat:Dataset ; dct:title "ok" .\n<http://x.test/d/4> a dcat:Dataset ; dct:title "broken ;\n`, contentType: 'text/turtle' };
      }
      return turtlePage(base, 1, [0, 1], `${base}/catalog?page=2`);
    });
    const pages = await crawl(`${server.url}/catalog?page=1`);
    expect(ids(pages)).toEqual(['http://x.test/d/0', 'http://x.test/d/1', 'http://x.test/d/3']);
    const [problem, ...rest] = problems(pages);
    expect(problem).toEqual({ reason: expect.stringMatching(/Turtle document at .*page=2 is malformed: .*line \d+.*the 1 dataset\(s\) read before the error were kept.*http:\/\/x\.test\/d\/4.*stopped/) });
    expect(rest).toEqual([{ remoteId: 'http://x.test/d/4', reason: expect.stringMatching(/broke off while describing it/) }]);
  });

  it('rejects a page that is not RDF or cannot be fetched (the job fails and withdraws nothing)', async () => {
    server = await startServer((url) => {
      const base = server?.url ?? '';
      if (url.searchParams.get('page') === '2') return { body: '<!doctype html><html><body>Maintenance</body></html>', contentType: 'text/html' };
      if (url.searchParams.get('page') === '3') return { status: 500, body: 'down', contentType: 'text/plain' };
      return turtlePage(base, 1, [0], `${base}/catalog?page=${url.searchParams.get('then') ?? '2'}`);
    });
    await expect(crawl(`${server.url}/catalog?page=1`)).rejects.toThrow(/page=2 answered an HTML page/);
    await expect(crawl(`${server.url}/catalog?then=3`)).rejects.toThrow(/500/);
  });

  it('reports datasets a catalogue lists but no page describes, with their ids (kept, not withdrawn)', async () => {
    server = await startServer(() => ({
      body: `${PREFIXES}<http://x.test/c> a dcat:Catalog ; dcat:dataset <http://x.test/d/1>, <http://x.test/d/2> .\n<http://x.test/d/1> a dcat:Dataset ; dct:title "one" .`,
      contentType: 'text/turtle',
    }));
    const pages = await crawl(`${server.url}/catalog.ttl`);
    expect(ids(pages)).toEqual(['http://x.test/d/1']);
    expect(problems(pages)).toEqual([{ remoteId: 'http://x.test/d/2', reason: expect.stringMatching(/lists it \(dcat:dataset\) but none of its pages describes it/) }]);
  });

  it('asks for the configured syntax only, and for changes since the last run with the incremental parameter', async () => {
    server = await startServer(() => ({ body: JSON.stringify({ '@id': 'http://x.test/d/1', '@type': 'http://www.w3.org/ns/dcat#Dataset' }), contentType: 'text/plain' }));
    const pages = await crawl(`${server.url}/catalog`, { format: 'jsonld' });
    expect(ids(pages)).toEqual(['http://x.test/d/1']);
    expect(server.requests[0]?.accept).toMatch(/^application\/ld\+json/);
    expect(startUrl('https://x.test/catalog.ttl?page=1', 'modified_since', new Date('2024-05-01T12:00:00Z'))).toBe('https://x.test/catalog.ttl?page=1&modified_since=2024-05-01T11%3A00%3A00Z');
    expect(startUrl('https://x.test/catalog.ttl', undefined, new Date())).toBe('https://x.test/catalog.ttl');
  });

  it('loads remote JSON-LD contexts through the source client, once, and knows the Hydra context without asking', async () => {
    const page = (n: number, next?: string) =>
      JSON.stringify({
        '@context': ['http://www.w3.org/ns/hydra/context.jsonld', `${server?.url ?? ''}/context.jsonld`],
        '@graph': [
          { '@id': `http://x.test/d/${n}`, '@type': 'Dataset', title: { '@value': `Dataset ${n}`, '@language': 'fr' } },
          { '@id': `${server?.url ?? ''}/catalog?page=${n}`, '@type': 'PartialCollectionView', ...(next !== undefined ? { next } : {}) },
        ],
      });
    server = await startServer((url) => {
      if (url.pathname === '/context.jsonld') return { body: JSON.stringify({ '@context': { Dataset: 'http://www.w3.org/ns/dcat#Dataset', title: 'http://purl.org/dc/terms/title' } }), contentType: 'application/ld+json' };
      return { body: url.searchParams.get('page') === '2' ? page(2) : page(1, `${server?.url ?? ''}/catalog?page=2`), contentType: 'application/ld+json' };
    });
    const pages = await crawl(`${server.url}/catalog?page=1`);
    expect(ids(pages)).toEqual(['http://x.test/d/1', 'http://x.test/d/2']);
    expect(pages[0]?.items[0]?.raw).toMatchObject({ 'http://purl.org/dc/terms/title': [{ '@value': 'Dataset 1', '@language': 'fr' }] });
    expect(server.requests.map((r) => `${r.url.pathname}${r.url.search}`)).toEqual(['/catalog?page=1', '/context.jsonld', '/catalog?page=2']);
  });

  it('reports a JSON-LD page that is not JSON with the line where it breaks', async () => {
    server = await startServer(() => ({ body: '{\n  "@id": "http://x.test/d/1",\n  oops\n}', contentType: 'application/ld+json' }));
    const pages = await crawl(`${server.url}/catalog`);
    expect(problems(pages)).toEqual([{ reason: expect.stringMatching(/JSON-LD document at .* is malformed: not JSON: .*\(line 3\)/) }]);
  });
});
