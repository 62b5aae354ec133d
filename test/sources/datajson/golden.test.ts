// Golden files: the core record our mapping makes of chosen real Manitoba datasets, reviewed
// field by field before being committed (the raw dataset, which is the fixture itself, is left
// out). After a deliberate mapping change, regenerate and read every diff:
//   UPDATE_GOLDEN=1 npx vitest run test/sources/datajson/golden.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapDataJsonDataset } from '../../../src/sources/datajson/map.js';
import { fixture, fixturesPresent } from '../../helpers/fixtures.js';
import { manitobaSettings } from './helpers/settings.js';

const GOLDEN_DIR = resolve(import.meta.dirname, 'golden');

const CASES = [
  { name: 'manitoba-vaccine-uptake', index: 0, why: 'HTML description with a list and a link, "minx,miny,maxx,maxy" box, the six Hub distributions, licence by URL' },
  { name: 'manitoba-schools-html-licence', index: 25, why: 'licence as an HTML paragraph whose link names the Manitoba licence' },
  { name: 'manitoba-assessment-disclaimer', index: 52, why: 'licence as a whole HTML disclaimer: kept as text with a note' },
  { name: 'manitoba-wildlife-app', index: 63, why: 'a Hub app: {{extent}} left unfilled, a licence given as the URL of its PDF (Manitoba’s geospatial licence)' },
  { name: 'manitoba-pork-dashboard-fr', index: 95, why: 'empty licence, "0,0,0,0" box, a distribution without URL' },
] as const;

function goldenJson(index: number): string {
  const catalogue = JSON.parse(readFileSync(fixture('datajson/manitoba-data.json'), 'utf8')) as { dataset: unknown[] };
  const result = mapDataJsonDataset(catalogue.dataset[index], { settings: manitobaSettings('https://geoportal.gov.mb.ca/data.json') });
  if (result.kind !== 'record') throw new Error(`dataset ${index}: ${result.kind}: ${result.reason}`);
  const { raw: _raw, ...provenance } = result.record.provenance;
  return `${JSON.stringify({ record: { ...result.record, provenance }, notes: result.notes ?? [] }, null, 2)}\n`;
}

describe.skipIf(!fixturesPresent)('data.json mapping: golden records (Manitoba)', () => {
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    for (const c of CASES) writeFileSync(resolve(GOLDEN_DIR, `${c.name}.json`), goldenJson(c.index));
  }
  for (const c of CASES) {
    it(`${c.name}: ${c.why}`, () => {
      const path = resolve(GOLDEN_DIR, `${c.name}.json`);
      expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npx vitest run test/sources/datajson/golden.test.ts`).toBe(true);
      expect(goldenJson(c.index)).toBe(readFileSync(path, 'utf8'));
    });
  }
});
