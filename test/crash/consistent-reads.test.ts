// Searches and dataset reads in one process while `federa harvest` in another rewrites every
// record from version A to version B (each field carries its version): every hit, every facet
// count and every dataset read is wholly A or wholly B, never half of each.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalogue } from '../../src/search/catalogue.js';
import { answer, startFakeCkan, type FakeCkan, type FakePackage } from '../faults/fake-ckan.js';
import { runCli } from '../helpers/cli.js';
import { startCli } from './helpers.js';

const RECORDS = 1500;
let portal: FakeCkan;
let dir: string;
let config: string;

function versioned(i: number, version: 'versiona' | 'versionb'): FakePackage {
  const id = `river-${String(i).padStart(4, '0')}`;
  return {
    id,
    name: id,
    title: `River gauge ${i} ${version}`,
    notes: `Water levels of river ${i}, ${version}.`,
    metadata_modified: version === 'versiona' ? '2026-01-01T00:00:00.000000' : '2026-02-01T00:00:00.000000',
    tags: [{ name: version }],
    resources: [{ id: `${id}-r`, url: `https://files.example.ca/${id}-${version}.csv`, format: 'CSV' }],
  };
}

const versionsIn = (...texts: string[]): string[] => [...new Set(texts.join(' ').match(/version[ab]/g) ?? [])];

beforeAll(async () => {
  portal = await startFakeCkan(Array.from({ length: RECORDS }, (_, i) => versioned(i, 'versiona')));
  dir = mkdtempSync(join(tmpdir(), 'federa-reads-'));
  config = join(dir, 'sources.yaml');
  const source = { id: 'rivers', name: { en: 'Rivers', fr: 'Rivières' }, type: 'ckan', url: portal.url, jurisdiction: { level: 'provincial', code: 'CA-MB' }, primaryLanguage: 'en', allowPrivateNetwork: true };
  writeFileSync(config, JSON.stringify({ harvest: { pageSize: 50, retries: 0 }, sources: [source] }));
});
afterAll(async () => {
  await portal?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reads during a harvest in another process', () => {
  it('never see a half-updated dataset', { timeout: 180_000 }, async () => {
    const db = join(dir, 'federa.db');
    const first = await runCli(['harvest', '--full', '--config', config, '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    // Version B everywhere, served slowly enough for many reads to happen meanwhile.
    portal.packages.splice(0, RECORDS, ...Array.from({ length: RECORDS }, (_, i) => versioned(i, 'versionb')));
    portal.turn((_url, _req, res, healthy) => {
      const body = JSON.stringify(healthy());
      setTimeout(() => answer(res, 200, { 'content-type': 'application/json; charset=utf-8' }, body), 40);
      return true;
    });
    const catalogue = openCatalogue({ path: db });
    const harvest = startCli(['harvest', '--full', '--config', config, '--db', db]);
    let done = false;
    void harvest.exited.then(() => (done = true));
    let reads = 0;
    let mixedMoments = 0;
    const broken: string[] = [];
    try {
      for (let round = 0; !done || round < 3; round++) {
        // Reads resolve without touching the event loop: let the child's exit be noticed.
        await new Promise((resolve) => setImmediate(resolve));
        const facets = await catalogue.search({ size: 0 });
        const keywords = new Map((facets.facets.keyword ?? []).map((f) => [f.value, f.count]));
        const a = keywords.get('versiona') ?? 0;
        const b = keywords.get('versionb') ?? 0;
        if (a + b !== facets.total) broken.push(`facets: ${a} A + ${b} B for ${facets.total} datasets`);
        if (a > 0 && b > 0) mixedMoments++;
        const found = await catalogue.search({ q: 'river gauge', lang: 'en', size: 20, page: 1 + (round % 75) });
        for (const hit of found.results) {
          reads++;
          const seen = versionsIn(hit.title.text, hit.snippet.text);
          if (seen.length !== 1) broken.push(`hit ${hit.id}: ${hit.title.text} / ${hit.snippet.text}`);
          const stored = (await catalogue.store.getDataset(hit.id))?.record;
          if (!stored) continue;
          const fields = versionsIn(stored.title.en ?? '', stored.description?.en ?? '', ...(stored.keywords?.en ?? []), ...stored.distributions.map((d) => d.url));
          if (fields.length !== 1) broken.push(`dataset ${hit.id}: ${fields.join(' and ')}`);
        }
      }
    } finally {
      await harvest.exited;
      await catalogue.close();
    }
    process.stdout.write(`${reads} hits read, ${mixedMoments} moment(s) with both versions in the catalogue\n`);
    expect(broken).toEqual([]);
    expect((await harvest.exited).code).toBe(0);
    // The reads did overlap the rewrite.
    expect(mixedMoments).toBeGreaterThan(0);
  });
});
