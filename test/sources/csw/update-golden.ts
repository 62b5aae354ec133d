// Golden files: the core record our mapping makes of chosen real records, reviewed field by field
// before being committed. The raw record is left out (it is the fixture itself, which must not be
// copied here); the tests check it separately.
//
// Regenerate after a deliberate mapping change, then read every diff:
//   UPDATE_GOLDEN=1 npx vitest run test/sources/csw/golden.test.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mapCswRecord } from '../../../src/sources/csw/map.js';
import type { XmlElement } from '../../../src/sources/csw/xml/tree.js';
import type { SourceSettings } from '../../../src/sources/settings.js';
import type { MapResult } from '../../../src/sources/source.js';
import { fixture } from '../../helpers/fixtures.js';
import { FGP, GEO_IDE, QLD, readFixtureDocument } from './helpers/fixture-records.js';

export interface GoldenCase {
  name: string;
  /** Path under the fixtures folder. */
  file: string;
  /** The record's position in the document, from 0. */
  index: number;
  settings: SourceSettings;
  why: string;
}

export const GOLDEN_DIR = resolve(import.meta.dirname, 'golden');

export const GOLDEN_CASES: readonly GoldenCase[] = [
  {
    name: 'fgp-nrcan-lng-terminals',
    file: 'csw/fgp-hnap-getrecords-20160419.xml',
    index: 0,
    settings: FGP,
    why: 'federal HNAP record: English and French texts, ESRI REST/WMS per language, zipped shapefiles and spreadsheets, Open Government Licence in a useLimitation text',
  },
  {
    name: 'fgp-cfia-emerald-ash-borer',
    file: 'csw/fgp-hnap-getrecords-20160408_160-106-65-241.xml',
    index: 0,
    settings: FGP,
    why: 'federal HNAP record of another department: WMS links per language, place keywords, an individual contact',
  },
  {
    name: 'alberta-cardium-placeholders',
    file: 'iso19139-hnap/alberta/AB_011cce97-8b3a-496d-bfa7-d1deadc157c7.xml',
    index: 0,
    settings: FGP,
    why: 'Alberta record in a default namespace with a byte order mark: French placeholders dropped (one with the Amazon notice), provincial CA-AB, Alberta licence, 0001 dates ignored',
  },
  {
    name: 'alberta-other-publisher',
    file: 'iso19139-hnap/alberta/AB_049b70df-6011-4e82-ab7d-bd2ad3215bce.xml',
    index: 0,
    settings: FGP,
    why: 'Alberta record of another ministry unit',
  },
  {
    name: 'geonetwork-plu-cartigny',
    file: 'csw/geonetwork-iso19139-page-1.xml',
    index: 0,
    settings: GEO_IDE,
    why: 'French GeoNetwork record: French only, swapped longitudes, Licence Ouverte, download and link protocols',
  },
  {
    name: 'magda-service',
    file: 'csw/magda-csw1.xml',
    index: 0,
    settings: QLD,
    why: 'srv:SV_ServiceIdentification with GML 3.1.1 time period and placeholder URLs that are no URLs',
  },
];

export async function goldenTree(c: GoldenCase): Promise<XmlElement> {
  const document = await readFixtureDocument(fixture(c.file));
  const record = document.records[c.index];
  if (record === undefined) throw new Error(`${c.file} has no record ${c.index}`);
  return record.element;
}

export async function goldenResult(c: GoldenCase): Promise<MapResult> {
  const options = c.settings.options ?? {};
  const recordUrl = typeof options['recordUrl'] === 'string' ? options['recordUrl'] : undefined;
  return mapCswRecord(await goldenTree(c), { settings: c.settings, ...(recordUrl !== undefined ? { recordUrl } : {}) });
}

export async function goldenJson(c: GoldenCase): Promise<string> {
  const result = await goldenResult(c);
  if (result.kind !== 'record') return `${JSON.stringify(result, null, 2)}\n`;
  const { raw: _raw, ...provenance } = result.record.provenance;
  return `${JSON.stringify({ ...result.record, provenance }, null, 2)}\n`;
}

export async function writeGolden(): Promise<void> {
  for (const c of GOLDEN_CASES) writeFileSync(resolve(GOLDEN_DIR, `${c.name}.json`), await goldenJson(c));
}
