// Paging through GetRecords on a loopback server: nextRecord, the end of the listing, servers
// that loop, exception reports, responses that are not CSW, records that cannot be read,
// POST, constraints and incremental runs.
import { afterEach, describe, expect, it } from 'vitest';
import { parseCswOptions } from '../../../src/sources/csw/options.js';
import { createCswSource } from '../../../src/sources/csw/source.js';
import type { SourcePage } from '../../../src/sources/source.js';
import { cswSettings, loopbackClient, startCswServer, startPositionOf, type CswReply, type CswRequest, type CswTestServer } from './helpers/csw-server.js';
import { exceptionReport, getRecordsResponse, isoRecord } from './helpers/records.js';

let server: CswTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function listAll(handle: (request: CswRequest) => CswReply, options: Record<string, unknown> = {}, since?: Date): Promise<SourcePage[]> {
  server = await startCswServer(handle);
  const source = createCswSource(cswSettings(server.url), loopbackClient(), parseCswOptions(options));
  const pages: SourcePage[] = [];
  for await (const page of source.list(since ? { since } : {})) pages.push(page);
  return pages;
}

const ids = (pages: SourcePage[]) => pages.flatMap((p) => p.items.map((i) => i.remoteId));
const problems = (pages: SourcePage[]) => pages.flatMap((p) => p.problems.map((x) => x.reason));

/** A catalogue of `total` records served `pageSize` at a time, honest about nextRecord. */
function catalogue(total: number, pageSize: number, next = (start: number, returned: number) => (start + returned > total ? 0 : start + returned)) {
  return (request: CswRequest): CswReply => {
    const start = startPositionOf(request);
    const records: string[] = [];
    for (let i = start; i < start + pageSize && i <= total; i++) records.push(isoRecord({ id: `r${i}` }));
    return { body: getRecordsResponse({ matched: total, records, next: next(start, records.length) }) };
  };
}

describe('GetRecords paging', () => {
  it('follows nextRecord to the end, asking the configured page size and schema', async () => {
    const pages = await listAll(catalogue(7, 3), { maxRecords: 3 });
    expect(ids(pages)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
    expect(pages.map((p) => p.total)).toEqual([7, 7, 7]);
    expect(problems(pages)).toEqual([]);
    const asked = server?.requests.map((r) => [r.params.get('request'), r.params.get('startPosition'), r.params.get('maxRecords')]);
    expect(asked).toEqual([
      ['GetRecords', '1', '3'],
      ['GetRecords', '4', '3'],
      ['GetRecords', '7', '3'],
    ]);
    const first = server?.requests[0]?.params;
    expect(first?.get('outputSchema')).toBe('http://www.isotc211.org/2005/gmd');
    expect(first?.get('typeNames')).toBe('csw:Record');
    expect(first?.get('elementSetName')).toBe('full');
    expect(first?.get('version')).toBe('2.0.2');
  });

  it('ends at a nextRecord past the total, and pages by count when there is no nextRecord', async () => {
    const past = await listAll(catalogue(4, 2, (start, n) => start + n), { maxRecords: 2 });
    expect(ids(past)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(server?.requests).toHaveLength(2);
    await server?.close();
    const counted = await listAll((request) => {
      const start = startPositionOf(request);
      const records = [start, start + 1].filter((i) => i <= 5).map((i) => isoRecord({ id: `c${i}` }));
      return { body: getRecordsResponse({ matched: 5, records }) };
    }, { maxRecords: 2 });
    expect(ids(counted)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('stops with a problem when nextRecord does not move forward', async () => {
    const pages = await listAll((request) => {
      const start = startPositionOf(request);
      return { body: getRecordsResponse({ matched: 10, records: [isoRecord({ id: `s${start}` })], next: start === 1 ? 2 : 2 }) };
    }, { maxRecords: 1 });
    expect(ids(pages)).toEqual(['s1', 's2']);
    expect(problems(pages)).toEqual([expect.stringMatching(/nextRecord 2 .* does not move forward from startPosition 2: the listing stopped after 2 of 10 records/)]);
    expect(pages.flatMap((p) => p.problems).every((p) => p.remoteId === undefined)).toBe(true);
  });

  it('stops with a problem when the server ignores startPosition', async () => {
    const pages = await listAll(() => ({ body: getRecordsResponse({ matched: 9, records: [isoRecord({ id: 'a' }), isoRecord({ id: 'b' })], next: 3 }) }), { maxRecords: 2 });
    expect(ids(pages)).toEqual(['a', 'b']);
    expect(problems(pages)).toEqual([expect.stringMatching(/brings no record not already listed .*stopped after 2 of 9 records/)]);
    expect(server?.requests.length).toBe(2);
  });

  it('stops with a problem on an empty page in the middle of the listing', async () => {
    const pages = await listAll((request) => {
      const start = startPositionOf(request);
      const records = start === 1 ? [isoRecord({ id: 'only' })] : [];
      return { body: getRecordsResponse({ matched: 5, records, next: start + 1 }) };
    }, { maxRecords: 1 });
    expect(ids(pages)).toEqual(['only']);
    expect(problems(pages)).toEqual([expect.stringMatching(/holds no record although the server announced more/)]);
  });
});

describe('what cannot be read', () => {
  it('rejects with the exception an exception report states, with HTTP 200 or 400', async () => {
    const report = exceptionReport('InvalidParameterValue', 'outputSchema', 'Schema not supported');
    await expect(listAll(() => ({ body: report }))).rejects.toThrow(/answered with an exception: InvalidParameterValue \(outputSchema\): Schema not supported/);
    await server?.close();
    await expect(listAll(() => ({ status: 400, body: report }))).rejects.toThrow(/answered HTTP 400 with an exception: InvalidParameterValue \(outputSchema\): Schema not supported/);
  });

  it('rejects a response that is not CSW, and a truncated one', async () => {
    await expect(listAll(() => ({ contentType: 'text/html', body: '<html><body><p>Maintenance</p></body></html>' }))).rejects.toThrow(/is not a CSW GetRecords response: it holds a <html> document/);
    await server?.close();
    const cut = getRecordsResponse({ matched: 2, records: [isoRecord({ id: 'x' }), isoRecord({ id: 'y' })] }).slice(0, -200);
    await expect(listAll(() => ({ body: cut }))).rejects.toThrow(/is not well-formed XML: .*unclosed tag/);
  });

  it('reports a broken record by its identifier, or its position, and keeps the others', async () => {
    const broken = isoRecord({ id: 'bad' }).replace('About it.', 'About &nbsp; it.');
    const anonymous = isoRecord({ id: 'gone' }).replace(/<gmd:fileIdentifier>.*?<\/gmd:fileIdentifier>/, '');
    const pages = await listAll(() => ({ body: getRecordsResponse({ matched: 4, records: [isoRecord({ id: 'ok1' }), broken, anonymous, isoRecord({ id: 'ok2' })], next: 0 }) }));
    expect(ids(pages)).toEqual(['ok1', 'ok2']);
    const found = pages.flatMap((p) => p.problems);
    expect(found).toEqual([
      { remoteId: 'bad', reason: expect.stringMatching(/^record "bad" of .* is not well-formed XML and was skipped: .*undefined entity/) },
      { reason: expect.stringMatching(/^the record at position 3 of .* has no identifier \(gmd:fileIdentifier\)/) },
    ]);
  });

  it('reads a page with a byte order mark and blank lines before the declaration', async () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`\n\n${getRecordsResponse({ matched: 1, records: [isoRecord({ id: 'bom' })], next: 0 })}`)]);
    expect(ids(await listAll(() => ({ body })))).toEqual(['bom']);
  });
});

describe('requests', () => {
  it('POSTs an XML GetRecords with the constraint when asked', async () => {
    const pages = await listAll(catalogue(3, 2), { method: 'POST', maxRecords: 2, constraint: "AnyText LIKE '%eau%'" });
    expect(ids(pages)).toEqual(['r1', 'r2', 'r3']);
    const bodies = server?.requests.map((r) => [r.method, r.body]) ?? [];
    expect(bodies).toHaveLength(2);
    for (const [method, body] of bodies) {
      expect(method).toBe('POST');
      expect(body).toContain('<csw:CqlText>AnyText LIKE \'%eau%\'</csw:CqlText>');
      expect(body).toContain('outputSchema="http://www.isotc211.org/2005/gmd"');
    }
    expect(bodies[1]?.[1]).toContain('startPosition="3"');
    expect(pages[1]?.url).toMatch(/\(POST GetRecords startPosition=3\)$/);
  });

  it('sends a filter constraint as FILTER, and ANDs the modification date on incremental runs', async () => {
    const filter = '<ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo><ogc:PropertyName>Type</ogc:PropertyName><ogc:Literal>dataset</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>';
    await listAll(catalogue(1, 5), { constraint: filter }, new Date('2024-05-01T12:00:00Z'));
    const params = server?.requests[0]?.params;
    expect(params?.get('constraintLanguage')).toBe('FILTER');
    const constraint = params?.get('constraint') ?? '';
    expect(constraint).toContain('<ogc:And xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo>');
    expect(constraint).toContain('<ogc:PropertyName>Modified</ogc:PropertyName><ogc:Literal>2024-05-01T11:00:00Z</ogc:Literal>');
  });

  it('lists everything, with a problem, when the server refuses the modification date', async () => {
    const pages = await listAll((request) => {
      if (request.params.get('constraint') !== null) return { status: 400, body: exceptionReport('InvalidParameterValue', 'constraint', 'Modified is not queryable') };
      return catalogue(2, 5)(request);
    }, {}, new Date('2024-05-01T12:00:00Z'));
    expect(ids(pages)).toEqual(['r1', 'r2']);
    expect(problems(pages)).toEqual([expect.stringMatching(/refused to select records by modification date .*Modified is not queryable.*every record was listed instead/)]);
  });

  it('gives items the dateStamp instant only when it has a time', async () => {
    const pages = await listAll(() => ({
      body: getRecordsResponse({ matched: 2, next: 0, records: [isoRecord({ id: 't', dateStamp: '2024-02-03T04:05:06Z' }), isoRecord({ id: 'd' }).replace(/<gco:DateTime>[^<]*<\/gco:DateTime>/, '<gco:Date>2024-02-03</gco:Date>')] }),
    }));
    expect(pages[0]?.items.map((i) => [i.remoteId, i.modified])).toEqual([
      ['t', '2024-02-03T04:05:06.000Z'],
      ['d', undefined],
    ]);
  });
});
