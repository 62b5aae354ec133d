import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CkanPackage } from '../../../../src/sources/ckan/simulator/ckan-types.js';
import { startCkanServer, type CkanServer } from '../../../../src/sources/ckan/simulator/server.js';
import { StaticCatalogue } from '../../../../src/sources/ckan/simulator/static-catalogue.js';
import { fixture, fixturesPresent } from '../../../helpers/fixtures.js';

interface Envelope<T> {
  success: boolean;
  result?: T;
  error?: { __type: string };
}

async function get<T>(server: CkanServer, path: string): Promise<{ status: number; body: Envelope<T> }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, body: (await response.json()) as Envelope<T> };
}

/** Real federated records (one JSON file each) and open.canada.ca package_show lines. */
function realRecords(): unknown[] {
  const records: unknown[] = [];
  const root = fixture('canada', 'federated-records');
  for (const province of readdirSync(root)) {
    for (const file of readdirSync(`${root}/${province}`).filter((f) => f.endsWith('.json')).sort()) {
      records.push(JSON.parse(readFileSync(`${root}/${province}/${file}`, 'utf8')));
    }
  }
  for (const line of readFileSync(fixture('canada', 'open-canada-package-show.jsonl'), 'utf8').split('\n')) {
    if (line.trim()) records.push(JSON.parse(line));
  }
  return records;
}

describe.skipIf(!fixturesPresent)('static catalogue serving real recorded records', () => {
  let records: CkanPackage[];
  let server: CkanServer;
  let catalogue: StaticCatalogue;

  beforeAll(async () => {
    records = realRecords() as CkanPackage[];
    catalogue = new StaticCatalogue(records, { now: () => new Date('2030-02-03T04:05:06Z') });
    server = await startCkanServer(catalogue);
  });
  afterAll(() => server.close());

  it('serves every record exactly once, two per page, unchanged', async () => {
    const served: CkanPackage[] = [];
    for (let start = 0; ; start += 2) {
      const { body } = await get<{ count: number; results: CkanPackage[] }>(server, `/api/3/action/package_search?q=*:*&sort=id+asc&rows=2&start=${start}`);
      const page = body.result?.results ?? [];
      expect(page.length).toBeLessThanOrEqual(2);
      served.push(...page);
      if (page.length < 2) break;
    }
    const ids = served.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(records.map((r) => r.id).sort());
    for (const pkg of served) expect(pkg).toEqual(records.find((r) => r.id === pkg.id));
  });

  it('shows a real record by id', async () => {
    const record = records[0];
    if (!record) throw new Error('no record');
    const { status, body } = await get<CkanPackage>(server, `/api/3/action/package_show?id=${record.id}`);
    expect(status).toBe(200);
    expect(body.result).toEqual(record);
  });

  it('filters real records by jurisdiction and type', async () => {
    const { body } = await get<{ count: number; results: CkanPackage[] }>(server, '/api/3/action/package_search?fq=jurisdiction:provincial+AND+type:dataset&rows=1000');
    const expected = new Set(records.filter((r) => r.jurisdiction === 'provincial' && r.type === 'dataset').map((r) => r.id));
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(body.result?.results.map((p) => p.id))).toEqual(expected);
  });

  it('updates, removes and adds real records', async () => {
    const [first, second] = [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
    if (!first || !second) throw new Error('too few records');
    catalogue.update(first.id);
    const updated = (await get<CkanPackage>(server, `/api/3/action/package_show?id=${first.id}`)).body.result;
    expect(updated?.metadata_modified).toBe('2030-02-03T04:05:06.000000');
    expect(updated?.notes_translated).not.toEqual(first.notes_translated);
    expect(records.find((r) => r.id === first.id)).toBe(first);

    catalogue.remove(second.id);
    expect((await get(server, `/api/3/action/package_show?id=${second.id}`)).status).toBe(404);

    catalogue.add({ ...first, id: 'copy-of-first', name: 'copy-of-first' });
    expect((await get<CkanPackage>(server, '/api/3/action/package_show?id=copy-of-first')).body.result?.title_translated).toEqual(first.title_translated);
  });
});

describe('static catalogue', () => {
  it('refuses items that are not packages, naming their position', () => {
    expect(() => new StaticCatalogue([{ id: 'a' }, 'b'])).toThrow(/package 1/);
    expect(() => new StaticCatalogue([{ name: 'no-id' }])).toThrow(/package 0/);
  });

  it('cannot make up a package', () => {
    expect(() => new StaticCatalogue([]).add()).toThrow(/given package/);
  });

  it('lists the organizations its packages name', () => {
    const catalogue = new StaticCatalogue([
      { id: '1', organization: { id: 'org-1', name: 'ville-de-laval', title: 'Ville de Laval' } },
      { id: '2', owner_org: 'a20ae82f' },
    ]);
    expect(catalogue.organizations().map((o) => [o.id, o.name, o.title])).toEqual([
      ['a20ae82f', 'a20ae82f', 'a20ae82f'],
      ['org-1', 'ville-de-laval', 'Ville de Laval'],
    ]);
  });

  it('finds packages by name and falls back to the id as name', () => {
    const catalogue = new StaticCatalogue([{ id: 'x1', name: 'roads' }, { id: 'x2' }]);
    expect(catalogue.get('roads')?.id).toBe('x1');
    expect(catalogue.names()).toEqual(['roads', 'x2']);
  });
});
