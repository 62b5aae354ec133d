// Golden files: the core record our mapping produces for chosen real records, reviewed field by
// field before being committed. The raw package is left out (it is the fixture itself, which
// must not be copied here); the tests check it separately.
//
// Regenerate after a deliberate mapping change, then read every diff:
//   UPDATE_GOLDEN=1 npx vitest run test/sources/ckan/golden.test.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceSettings } from '../../../src/sources/settings.js';
import type { MapResult, RemoteItem } from '../../../src/sources/source.js';
import { fixture } from '../../helpers/fixtures.js';
import { fixtureSource, OPEN_CANADA, PLAIN_CKAN, readFixture } from './helpers/fixture-sources.js';

export interface GoldenCase {
  /** File name under golden/, without `.json`. */
  name: string;
  /** Path under the fixtures folder. */
  file: string;
  /** For JSON-lines files: the 0-based index of the package. */
  index?: number;
  settings: SourceSettings;
  why: string;
}

export const GOLDEN_CASES: readonly GoldenCase[] = [
  {
    name: 'bc-federated-fr-t-en',
    file: 'canada/federated-records/BC/0004129a-b50e-4a99-a10d-35c386903cbb.json',
    settings: OPEN_CANADA,
    why: 'BC federated record with machine-translated French (fr-t-en) and a naive 7-digit timestamp',
  },
  {
    name: 'bc-federated-placeholders',
    file: 'canada/federated-records/BC/0dfa98dd-a89a-4244-bc9f-1875d105a613.json',
    settings: OPEN_CANADA,
    why: 'BC federated record whose French is "Translation of ..." placeholders: dropped',
  },
  {
    name: 'qc-federated-en-t-fr',
    file: 'canada/federated-records/QC/00ab8ca2-846b-41b9-9b38-515b1f2003c6.json',
    settings: OPEN_CANADA,
    why: 'Québec record: French original, English machine translation (en-t-fr), province found in the publisher',
  },
  {
    name: 'open-canada-package',
    file: 'canada/open-canada-package-show.jsonl',
    index: 0,
    settings: OPEN_CANADA,
    why: 'open.canada.ca package_show: fluent fields win over plain ones, per-language resources',
  },
  {
    name: 'plain-ckan-extras',
    file: 'ckan/full_ckan_dataset_legacy.json',
    settings: PLAIN_CKAN,
    why: 'plain CKAN with ckanext-spatial/harvest extras: bbox, temporal, frequency, language, contact',
  },
  {
    name: 'plain-ckan-multilingual',
    file: 'ckan/ckan_dataset_multilingual.json',
    settings: PLAIN_CKAN,
    why: 'multilingual scheming record (en, ca, es), no id: identified by name',
  },
];

export const GOLDEN_DIR = resolve(import.meta.dirname, 'golden');

export function goldenItem(c: GoldenCase): RemoteItem {
  const doc = readFixture(fixture(c.file));
  const item = doc.items[c.index ?? 0];
  if (!item) throw new Error(`${c.file}: no package at index ${c.index ?? 0} (${doc.problems.map((p) => p.reason).join('; ')})`);
  return item;
}

export function goldenMap(c: GoldenCase): MapResult {
  return fixtureSource(c.settings).map(goldenItem(c));
}

/** The golden text of a case: the mapped record without its raw package. */
export function goldenJson(c: GoldenCase): string {
  const result = goldenMap(c);
  if (result.kind !== 'record') throw new Error(`${c.file}: expected a record, got ${result.kind}: ${result.reason}`);
  const { raw: _raw, ...provenance } = result.record.provenance;
  return `${JSON.stringify({ ...result.record, provenance }, null, 2)}\n`;
}

export function writeGolden(): string[] {
  return GOLDEN_CASES.map((c) => {
    const path = resolve(GOLDEN_DIR, `${c.name}.json`);
    writeFileSync(path, goldenJson(c));
    return path;
  });
}
