import { afterEach, describe, expect, it } from 'vitest';
import { createCkanSource } from '../../../src/sources/ckan/source.js';
import type { SourceSettings } from '../../../src/sources/settings.js';
import type { ListOptions, SourcePage } from '../../../src/sources/source.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { pkg, startSearchServer, type SearchServer, type SearchServerOptions } from './helpers/search-server.js';

function settings(url: string, extra: Partial<SourceSettings> = {}): SourceSettings {
  return {
    id: 'test',
    name: { en: 'Test portal', fr: 'Portail d’essai' },
    type: 'ckan',
    url,
    jurisdiction: { level: 'provincial', code: 'CA-QC' },
    primaryLanguage: 'fr',
    licenceGate: [],
    filters: {},
    organizationJurisdictions: {},
    ...extra,
  };
}

let server: SearchServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function listAll(options: SearchServerOptions, rows: number, list: ListOptions = {}, extra: Partial<SourceSettings> = {}): Promise<SourcePage[]> {
  server = await startSearchServer(options);
  const source = createCkanSource(settings(server.url, extra), fetchHttpClient(), { rows });
  const pages: SourcePage[] = [];
  for await (const page of source.list(list)) pages.push(page);
  return pages;
}

const ids = (pages: SourcePage[]): string[] => pages.flatMap((p) => p.items.map((i) => i.remoteId));
const problems = (pages: SourcePage[]): string[] => pages.flatMap((p) => p.problems.map((q) => q.reason));
const seven = (): ReturnType<typeof pkg>[] => ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => pkg(id));

describe('package_search paging', () => {
  it('lists a multi-page catalogue once each, in id order, with a stable sort', async () => {
    const pages = await listAll({ packages: seven() }, 3);
    expect(ids(pages)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(problems(pages)).toEqual([]);
    expect(pages.every((p) => p.total === 7)).toBe(true);
    const first = server?.requests[0]?.params;
    expect(first?.get('q')).toBe('*:*');
    expect(first?.get('sort')).toBe('id asc');
    expect(first?.get('rows')).toBe('3');
    expect(first?.get('fq')).toBeNull();
    expect(server?.requests.map((r) => r.path)).toEqual(Array(server?.requests.length).fill('/data/api/3/action/package_search'));
  });

  it('gives each item its id, raw package and modification instant', async () => {
    const pages = await listAll({ packages: [pkg('a')] }, 10);
    expect(pages[0]?.items[0]).toEqual({ remoteId: 'a', raw: pkg('a'), modified: '2024-01-02T03:04:05.678Z' });
    expect(pages[0]?.url).toContain('/data/api/3/action/package_search?');
  });

  it('stops with a problem, not a loop, when the server ignores start', async () => {
    const pages = await listAll({ packages: seven(), ignoreStart: true }, 3);
    expect(ids(pages)).toEqual(['a', 'b', 'c']);
    expect(problems(pages)).toEqual([expect.stringContaining('ignores "start"')]);
    expect(problems(pages)[0]).toContain('after 3 of 7 records');
    expect(server?.requests.length).toBe(2);
  });

  it('lists every record once when one is added before our position while paging', async () => {
    const pages = await listAll(
      {
        packages: seven(),
        beforeAnswer: (index, packages) => {
          if (index === 1) packages.push(pkg('0-new'));
        },
      },
      3,
    );
    const listed = ids(pages);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(expect.arrayContaining(['a', 'b', 'c', 'd', 'e', 'f', 'g']));
    expect(problems(pages)).toEqual([]);
  });

  it('lists a record added after our position while paging', async () => {
    const pages = await listAll(
      {
        packages: seven(),
        beforeAnswer: (index, packages) => {
          if (index === 1) packages.push(pkg('f2'));
        },
      },
      3,
    );
    expect(ids(pages)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'f2', 'g']);
  });

  it('misses nothing when records before our position are removed while paging', async () => {
    const pages = await listAll(
      {
        packages: seven(),
        beforeAnswer: (index, packages) => {
          // Two records already listed disappear: the rest of the listing shifts left by two.
          if (index === 1) packages.splice(0, packages.length, ...packages.filter((p) => p.id !== 'a' && p.id !== 'b'));
        },
      },
      3,
    );
    expect(ids(pages)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(problems(pages)).toEqual([]);
  });

  it('misses nothing when the last record of the previous page is removed', async () => {
    const pages = await listAll(
      {
        packages: seven(),
        beforeAnswer: (index, packages) => {
          if (index === 1) packages.splice(0, packages.length, ...packages.filter((p) => p.id !== 'c'));
        },
      },
      3,
    );
    expect(ids(pages)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(problems(pages)).toEqual([]);
  });

  it('reports a result without an id as a problem and lists the others', async () => {
    const broken = { name: '', title: 'No id', metadata_modified: '2024-01-01T00:00:00' };
    const pages = await listAll(
      {
        packages: [pkg('a')],
        respond: (_index, _request, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ success: true, result: { count: 2, results: [pkg('a'), broken] } }));
          return true;
        },
      },
      10,
    );
    expect(ids(pages)).toEqual(['a']);
    expect(problems(pages)).toEqual([expect.stringMatching(/result 1 of http:\/\/127\.0\.0\.1:\d+\/data\/api\/3\/action\/package_search\?.* was skipped: it has no "id"/)]);
  });

  it('rejects, naming the URL, when a page is not JSON', async () => {
    const run = listAll(
      {
        packages: seven(),
        respond: (index, _request, res) => {
          if (index !== 1) return false;
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<html><body>Maintenance</body></html>');
          return true;
        },
      },
      3,
    );
    await expect(run).rejects.toThrow(/response from http:\/\/127\.0\.0\.1:\d+\/data\/api\/3\/action\/package_search\?.*start=2.* is not JSON/);
  });

  it('rejects with the portal message when the action says success: false', async () => {
    const run = listAll(
      {
        packages: seven(),
        respond: (_index, _request, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ success: false, error: { __type: 'Search Query Error', message: 'Invalid sort field' } }));
          return true;
        },
      },
      3,
    );
    await expect(run).rejects.toThrow(/CKAN action failed at http:\/\/127\.0\.0\.1:\d+\/.*package_search.*: Search Query Error: Invalid sort field/);
  });

  it('surfaces the CKAN message of an error status', async () => {
    const run = listAll(
      {
        packages: seven(),
        respond: (_index, _request, res) => {
          res.writeHead(409, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ success: false, error: { __type: 'Validation Error', message: 'rows must be <= 1000' } }));
          return true;
        },
      },
      3,
    );
    await expect(run).rejects.toThrow(/Validation Error: rows must be <= 1000 \(HTTP 409\)/);
  });

  it('rejects a result that is not a search result', async () => {
    const run = listAll(
      {
        packages: [],
        respond: (_index, _request, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ success: true, result: ['a', 'b'] }));
          return true;
        },
      },
      3,
    );
    await expect(run).rejects.toThrow(/package_search result from .* is not a search result/);
  });

  it('asks an incremental run from an hour before `since`, with the filters, in fq', async () => {
    await listAll({ packages: [pkg('a')] }, 3, { since: new Date('2024-05-01T12:00:00.000Z') }, { filters: { type: ['opendata'] } });
    expect(server?.requests[0]?.params.get('fq')).toBe('metadata_modified:[2024-05-01T11:00:00Z TO *] AND type:"opendata"');
  });

  it('pushes several allowed values as alternatives and quotes them', async () => {
    await listAll({ packages: [pkg('a')] }, 3, {}, { filters: { type: ['opendata', 'open "data"'], 'odd.field': ['x'] } });
    expect(server?.requests[0]?.params.get('fq')).toBe('type:("opendata" OR "open \\"data\\"")');
  });

  it('caps rows at 1000', async () => {
    await listAll({ packages: [pkg('a')] }, 5000);
    expect(server?.requests[0]?.params.get('rows')).toBe('1000');
  });

  it('ends on an empty page even when the count says more', async () => {
    const pages = await listAll(
      {
        packages: seven(),
        respond: (index, request, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          const start = Number(request.params.get('start'));
          const results = index === 0 ? seven().slice(start, start + 3) : [];
          res.end(JSON.stringify({ success: true, result: { count: 100, results } }));
          return true;
        },
      },
      3,
    );
    expect(ids(pages)).toEqual(['a', 'b', 'c']);
    expect(server?.requests.length).toBe(2);
  });
});
