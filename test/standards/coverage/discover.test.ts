import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../../../src/core/dataset.js';
import { openCatalogue, type Catalogue } from '../../../src/search/catalogue.js';
import { discoverCandidates } from '../../../src/standards/coverage/discover.js';
import { buildCoverage } from '../../../src/standards/coverage/report.js';
import { copyOf } from '../../store/records.js';
import { permitsStandard } from './standard.js';

const TORONTO = { level: 'municipal', code: 'CA-ON', municipality: 'Toronto' } as const;
const MONTREAL = { level: 'municipal', code: 'CA-QC', municipality: 'Montréal' } as const;

function record(remoteId: string, extra: Partial<DatasetRecord> & { title: DatasetRecord['title'] }, jurisdiction: DatasetRecord['jurisdiction'] = TORONTO): DatasetRecord {
  const base = copyOf('city', remoteId, { title: extra.title as Record<string, string>, jurisdiction });
  return { ...base, description: { en: 'Unrelated words.' }, keywords: { en: ['city'] }, ...extra };
}

describe('coverage: discovery in the catalogue', () => {
  let catalogue: Catalogue | undefined;
  afterEach(async () => {
    await catalogue?.close();
    catalogue = undefined;
  });

  it('finds datasets by conformsTo, title and keyword, and leaves out mere mentions and withdrawn records', async () => {
    catalogue = openCatalogue({ path: join(mkdtempSync(join(tmpdir(), 'federa-coverage-')), 'federa.db') });
    const records = [
      record('titled', { title: { en: 'Building Permits issued, 2024' } }),
      record('french', { title: { fr: 'Permis de construire délivrés' } }, MONTREAL),
      record('keyword', { title: { en: 'Development activity' }, keywords: { en: ['Building permits', 'housing'] } }),
      record('declared', { title: { en: 'PERMITS_2024' }, conformsTo: ['https://federa.example.ca/api/v1/standards/building-permits/schema.json'] }),
      record('described', { title: { en: 'Housing starts' }, description: { en: 'Counts derived from building permits.' } }),
      record('other', { title: { en: 'Traffic collisions' } }),
      record('gone', { title: { en: 'Old building permits' } }),
    ];
    await catalogue.store.write(records);
    await catalogue.store.withdrawMissing('city', new Set(records.filter((r) => r.provenance.remoteId !== 'gone').map((r) => r.provenance.remoteId)), '2026-01-01T00:00:00Z');
    await catalogue.refresh();
    const found = await discoverCandidates(catalogue, [permitsStandard()]);
    const candidates = found.get('building-permits') ?? [];
    const byRemote = Object.fromEntries(candidates.map((c) => [c.datasetId.split(':')[1], c.evidence]));
    expect(byRemote).toEqual({ titled: ['title'], french: ['title'], keyword: ['keyword'], declared: ['conformsTo'] });
    expect(candidates.every((c) => c.files.length === 1 && c.files[0]!.url.endsWith('.csv'))).toBe(true);

    const [coverage] = buildCoverage([permitsStandard()], found, [
      { standard: 'building-permits', datasetId: 'city:french', url: candidates.find((c) => c.datasetId === 'city:french')!.files[0]!.url, checkedAt: '2026-01-01T00:00:00Z', status: 'valid', rows: 3, errors: 0 },
      { standard: 'building-permits', datasetId: 'city:titled', url: candidates.find((c) => c.datasetId === 'city:titled')!.files[0]!.url, checkedAt: '2026-01-01T00:00:00Z', status: 'invalid', rows: 3, errors: 2 },
    ]);
    expect(coverage?.jurisdictions.map((j) => [j.label.en, j.status, j.datasets.length])).toEqual([
      ['Montréal', 'conforms', 1],
      ['Toronto', 'does-not-conform', 3],
    ]);
    expect(coverage?.counts).toEqual({ jurisdictions: 2, datasets: 4, files: 4, valid: 1, invalid: 1, unchecked: 2 });
    expect(coverage?.status).toBe('partly');
  });
});
