// Checking the files found for a standard: each outcome kept, whatever the file does.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/harvest/fetch/http-client.js';
import { openCatalogue, type Catalogue } from '../../../src/search/catalogue.js';
import { CoverageService } from '../../../src/standards/coverage/service.js';
import { startRouteServer, type RouteServer } from '../../helpers/route-server.js';
import { copyOf } from '../../store/records.js';
import { permitsStandard } from './standard.js';

const VALID = 'permit_number,issue_date,estimated_cost\nA-1,2024-01-02,1000\nA-2,2024-02-03,\n';
const INVALID = 'permit_number,issue_date,estimated_cost\nA-1,2024-01-02,lots\nA-1,2024-02-30,5\n';

describe('coverage: checking files', () => {
  let catalogue: Catalogue | undefined;
  let server: RouteServer | undefined;
  afterEach(async () => {
    await catalogue?.close();
    await server?.close();
    [catalogue, server] = [undefined, undefined];
  });

  it('keeps valid, invalid, unreachable, web-page and too-large outcomes, and the coverage reads them', async () => {
    server = await startRouteServer((url) => {
      if (url.pathname === '/valid.csv') return { body: VALID, contentType: 'text/csv' };
      if (url.pathname === '/invalid.csv') return { body: INVALID, contentType: 'text/csv', chunkSize: 7 };
      if (url.pathname === '/page.csv') return { body: '<html><body>Sign in</body></html>', contentType: 'text/html' };
      if (url.pathname === '/big.csv') return { body: `${VALID}${'A-9,2024-01-01,1\n'.repeat(200)}`, contentType: 'text/csv' };
      return undefined;
    });
    catalogue = openCatalogue({ path: join(mkdtempSync(join(tmpdir(), 'federa-check-')), 'federa.db') });
    const permits = (remoteId: string, file: string) => ({ ...copyOf('city', remoteId, { title: { en: `Building permits ${remoteId}` }, urls: [`${server!.url}/${file}`] }) });
    await catalogue.store.write([permits('v', 'valid.csv'), permits('i', 'invalid.csv'), permits('g', 'gone.csv'), permits('p', 'page.csv'), permits('b', 'big.csv')]);
    await catalogue.refresh();
    const http = createHttpClient({ allowPrivateNetwork: true, retries: 0, timeoutMs: 5000 });
    const service = new CoverageService({ store: catalogue.store, search: (r) => catalogue!.search(r), standards: () => [permitsStandard()], httpFor: () => http });
    const seen: string[] = [];
    const run = await service.check({ maxBytes: 1000, onCheck: (c) => seen.push(c.status) });
    const byFile = Object.fromEntries(run.checked.map((c) => [c.url.split('/').pop(), c]));
    expect(byFile['valid.csv']).toMatchObject({ status: 'valid', rows: 2, errors: 0 });
    expect(byFile['invalid.csv']).toMatchObject({ status: 'invalid', rows: 2, errors: 3, byType: { 'type-error': 2, 'primary-key-error': 1 } });
    expect(byFile['gone.csv']).toMatchObject({ status: 'unreachable' });
    expect(byFile['gone.csv']!.message!.fr).toContain('404');
    expect(byFile['page.csv']).toMatchObject({ status: 'not-csv' });
    expect(byFile['big.csv']).toMatchObject({ status: 'too-large' });
    expect(seen).toHaveLength(5);

    const [coverage] = await service.report();
    expect(coverage!.counts).toEqual({ jurisdictions: 1, datasets: 5, files: 5, valid: 1, invalid: 4, unchecked: 0 });
    expect(coverage!.status).toBe('partly');
    // Kept: a new service over the same store reads the same outcomes.
    const again = new CoverageService({ store: catalogue.store, search: (r) => catalogue!.search(r), standards: () => [permitsStandard()] });
    expect((await again.report())[0]!.counts.valid).toBe(1);
  });
});
