// Golden files: the core record our mapping makes of chosen real Manitoba Hub v3 records,
// reviewed field by field before being committed (the raw record, the fixture itself, is left
// out). After a deliberate mapping change, regenerate and read every diff:
//   UPDATE_GOLDEN=1 npx vitest run test/sources/arcgis-hub/golden.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubSite } from '../../../src/sources/arcgis-hub/api.js';
import { mapHubRecord } from '../../../src/sources/arcgis-hub/map.js';
import { trimRecord } from '../../../src/sources/arcgis-hub/record.js';
import { fixture, fixturesPresent } from '../../helpers/fixtures.js';
import { hubSettings } from './helpers/settings.js';

const GOLDEN_DIR = resolve(import.meta.dirname, 'golden');
const SITE = 'https://geoportal.gov.mb.ca';

const CASES = [
  { name: 'hub-drinking-water-advisories', index: 0, why: 'point layer with an HTML description, a disclaimer as licence (kept with a note), no categories' },
  { name: 'hub-vaccine-uptake', index: 1, why: 'polygon layer: extent box, category → subject, licence by structured URL, the four Hub downloads in the service reference' },
  { name: 'hub-animal-disease-table', index: 2, why: 'a table: CSV and GeoJSON downloads only' },
  { name: 'hub-avpa-application', index: 3, why: 'a web app: an /apps/ page, its viewer as a web_app distribution, no extent' },
  { name: 'hub-avpa-map', index: 4, why: 'a web map: a /maps/ page and no service URL' },
] as const;

function record(index: number): unknown {
  const page = JSON.parse(readFileSync(fixture('arcgis-hub-v3/manitoba-datasets-page1.json'), 'utf8')) as { data: Array<Record<string, unknown>> };
  const entry = page.data[index];
  if (!entry) throw new Error(`no record ${index}`);
  return trimRecord(entry);
}

function goldenJson(index: number): string {
  const result = mapHubRecord(record(index), { settings: hubSettings(SITE), site: hubSite(SITE) });
  if (result.kind !== 'record') throw new Error(`record ${index}: ${result.kind}: ${result.reason}`);
  const { raw: _raw, ...provenance } = result.record.provenance;
  return `${JSON.stringify({ record: { ...result.record, provenance }, notes: result.notes ?? [] }, null, 2)}\n`;
}

describe.skipIf(!fixturesPresent)('ArcGIS Hub mapping: golden records (Manitoba)', () => {
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    for (const c of CASES) writeFileSync(resolve(GOLDEN_DIR, `${c.name}.json`), goldenJson(c.index));
  }
  for (const c of CASES) {
    it(`${c.name}: ${c.why}`, () => {
      const path = resolve(GOLDEN_DIR, `${c.name}.json`);
      expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npx vitest run test/sources/arcgis-hub/golden.test.ts`).toBe(true);
      expect(goldenJson(c.index)).toBe(readFileSync(path, 'utf8'));
    });
  }
});
