// A mapping whose source is an http(s) URL: the file is streamed from the server (here on
// loopback), and a server error names the mapping and the URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/harvest/fetch/http-client.js';
import { parseMapping } from '../../../src/standards/merge/mapping-file.js';
import { MappingError } from '../../../src/standards/merge/mapping-error.js';
import { mergedCsv, prepareMerge, type JurisdictionStats } from '../../../src/standards/merge/merger.js';
import { sourceOpener } from '../../../src/standards/merge/read-source.js';
import { startRouteServer, type RouteServer } from '../../helpers/route-server.js';
import { permitSchema } from './permit-schema.js';

let server: RouteServer;
const rows = Array.from({ length: 3000 }, (_, i) => `P-${i},Issued,${i} Main St`);

beforeAll(async () => {
  server = await startRouteServer((url) =>
    url.pathname === '/permits.csv' ? { body: ['Number,Status,Address', ...rows].join('\n'), contentType: 'text/csv', chunkSize: 4096 } : undefined,
  );
});
afterAll(() => server.close());

const mappingFor = (path: string) =>
  parseMapping(
    {
      standard: 'building-permits',
      jurisdiction: { code: 'CA-NS-halifax', level: 'municipal', name: { en: 'Halifax', fr: 'Halifax' } },
      source: `${server.url}${path}`,
      columns: { permit_number: 'Number', status: { column: 'Status', case: 'lower' }, street_address: 'Address' },
    },
    '/m/halifax.yaml',
  );

describe('a source given as a URL', () => {
  const open = () => sourceOpener(createHttpClient({ allowPrivateNetwork: true, retries: 0 }));

  it('is streamed from the server and merged', async () => {
    const mapping = mappingFor('/permits.csv');
    const prepared = await prepareMerge([mapping], permitSchema, 'building-permits', open());
    const stats: JurisdictionStats[] = [];
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of mergedCsv(prepared, permitSchema, stats, { open: open() })) text += decoder.decode(chunk, { stream: true });
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(3001);
    expect(lines[3000]).toBe('CA-NS-halifax,P-2999,,,,,issued,2999 Main St' + ','.repeat(11));
    expect(stats[0]).toMatchObject({ rowsRead: 3000, rowsWritten: 3000, source: `${server.url}/permits.csv` });
  });

  it('names the mapping and the URL when the server answers an error', async () => {
    const error = await prepareMerge([mappingFor('/gone.csv')], permitSchema, 'building-permits', open()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MappingError);
    expect((error as MappingError).message).toMatch(new RegExp(`^halifax\\.yaml: source: cannot read ${server.url.replace(/[.]/g, '\\.')}/gone\\.csv \\(.*404`));
  });
});
