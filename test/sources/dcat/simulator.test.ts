import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../../src/harvest/run-job.js';
import { createDcatSource } from '../../../src/sources/dcat/source.js';
import { simulatedDataset, startDcatPortal } from '../../../src/sources/dcat/simulator/index.js';
import type { SimulatedPortalHandle } from '../../../src/sources/simulator/portal.js';
import type { MappedRecord, SourcePage } from '../../../src/sources/source.js';
import { MemorySink } from '../../helpers/memory-sink.js';
import { sourceConfig } from '../../helpers/source-config.js';
import { dcatSettings, loopbackClient } from './helpers/fixtures.js';

let portal: SimulatedPortalHandle;
beforeAll(async () => {
  portal = await startDcatPortal({ records: 250, seed: 7 });
});
afterAll(() => portal.close());

async function get(path: string, accept = 'text/turtle'): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(new URL(path, portal.description.url), { headers: { accept } });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

async function harvest(url: string, options?: Record<string, unknown>): Promise<{ pages: SourcePage[]; records: MappedRecord[] }> {
  const source = createDcatSource(dcatSettings({ id: 'demo-dcat', url, primaryLanguage: 'bilingual', jurisdiction: { level: 'federal', code: 'CA' }, ...(options ? { options } : {}) }), loopbackClient());
  const pages: SourcePage[] = [];
  const records: MappedRecord[] = [];
  for await (const page of source.list({})) {
    pages.push(page);
    for (const item of page.items) {
      const result = source.map(item);
      if (result.kind === 'record') records.push(result.record);
    }
  }
  return { pages, records };
}

describe('the simulated DCAT catalogue', () => {
  it('describes itself as a bilingual federal source', () => {
    expect(portal.description).toMatchObject({ id: 'demo-dcat', type: 'dcat', primaryLanguage: 'bilingual', jurisdiction: { level: 'federal', code: 'CA' }, records: 250 });
    expect(portal.description.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/catalog$/);
  });

  it('draws the same record from the same seed and index, and different ones elsewhere', () => {
    expect(JSON.stringify(simulatedDataset(1, 42))).toBe(JSON.stringify(simulatedDataset(1, 42)));
    expect(simulatedDataset(1, 42).iri).not.toBe(simulatedDataset(1, 43).iri);
    expect(simulatedDataset(1, 42).iri).not.toBe(simulatedDataset(2, 42).iri);
  });

  it('negotiates Turtle or JSON-LD, pages with Hydra and refuses bad paging parameters', async () => {
    const turtle = await get('?page=2&page_size=100');
    expect(turtle.type).toMatch(/^text\/turtle/);
    expect(turtle.body).toMatch(/a hydra:PartialCollectionView ;\n {4}hydra:first <[^>]*page=1&page_size=100> ;\n {4}hydra:last <[^>]*page=3&page_size=100> ;\n {4}hydra:next <[^>]*page=3&page_size=100>/);
    const jsonld = await get('?page=2&page_size=100', 'application/ld+json, text/turtle;q=0.5');
    expect(jsonld.type).toMatch(/^application\/ld\+json/);
    expect((JSON.parse(jsonld.body) as { '@graph': unknown[] })['@graph'].length).toBeGreaterThan(100);
    expect((await get('/catalog.jsonld')).type).toMatch(/ld\+json/);
    expect((await get('?page=x')).status).toBe(400);
    expect((await get('/')).type).toMatch(/text\/html/);
  });

  it('is harvested whole in Turtle: every dataset once, bilingual, with licences, subjects, boxes and distributions', async () => {
    const { pages, records } = await harvest(`${portal.description.url}?page_size=60`);
    expect(pages.flatMap((p) => p.problems)).toEqual([]);
    expect(records).toHaveLength(250);
    expect(new Set(records.map((r) => r.id)).size).toBe(250);
    expect(pages.at(-1)?.total).toBe(250);
    const share = (test: (r: MappedRecord) => boolean) => records.filter(test).length / records.length;
    expect(share((r) => r.title['en'] !== undefined && (r.title['fr'] !== undefined || r.title['fr-t-en'] !== undefined))).toBeGreaterThan(0.95);
    expect(share((r) => r.licence?.id === 'OGL-Canada-2.0')).toBe(1);
    expect(share((r) => r.subjects.length === 1)).toBe(1);
    expect(share((r) => r.spatial?.bbox !== undefined)).toBe(1);
    expect(share((r) => r.frequency !== undefined)).toBe(1);
    expect(share((r) => r.distributions.length > 0 && r.distributions.every((d) => d.format !== undefined))).toBe(1);
    expect(share((r) => r.publisher?.name['fr'] !== undefined)).toBe(1);
    expect(records.some((r) => r.title['fr-t-en'] !== undefined)).toBe(true);
    expect(records.every((r) => r.provenance.modifiedAtSource !== undefined)).toBe(true);
  });

  it('gives the same records in JSON-LD', async () => {
    const turtle = await harvest(`${portal.description.url}?page_size=50&page=5`);
    const jsonld = await harvest(`${portal.description.url}?page_size=50&page=5`, { format: 'jsonld' });
    expect(jsonld.records).toHaveLength(50);
    expect(jsonld.records.map(({ provenance: _p, ...r }) => r)).toEqual(turtle.records.map(({ provenance: _p, ...r }) => r));
  });

  it('is harvested again unchanged, record for record (the raw records hash the same)', async () => {
    const sink = new MemorySink();
    const config = sourceConfig({ id: 'demo-dcat', type: 'dcat', url: `${portal.description.url}?page_size=100`, primaryLanguage: 'bilingual', allowPrivateNetwork: true });
    const source = createDcatSource(config, loopbackClient());
    const first = await runJob({ source, config, sink, mode: 'full' });
    expect(first).toMatchObject({ status: 'succeeded', counts: { seen: 250, added: 250, failed: 0 } });
    const second = await runJob({ source, config, sink, mode: 'full' });
    expect(second).toMatchObject({ status: 'succeeded', counts: { seen: 250, added: 0, updated: 0, unchanged: 250, withdrawn: 0 } });
  });
});
