// Golden files: the core records our mapping makes of chosen real records, reviewed field by
// field before being committed (the raw record is left out: it is the fixture's own content).
// Regenerate after a deliberate mapping change, then read every diff:
//   UPDATE_GOLDEN=1 npx vitest run test/sources/dcat/golden.test.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetRemoteId, mapDcatDataset } from '../../../src/sources/dcat/map/map.js';
import { RdfNode } from '../../../src/sources/dcat/map/node.js';
import type { SourceSettings } from '../../../src/sources/settings.js';
import type { MapResult } from '../../../src/sources/source.js';
import { fixture } from '../../helpers/fixtures.js';
import { dcatSettings, readFixtureFile } from './helpers/fixtures.js';

export const GOLDEN_DIR = resolve(import.meta.dirname, 'golden');

export interface GoldenCase {
  name: string;
  file: string;
  /** The dataset's remote id: its IRI, or a blank node's dct:identifier. */
  dataset: string;
  settings: SourceSettings;
  why: string;
}

const EUROPEAN = dcatSettings();
const BILINGUAL = dcatSettings({ id: 'gc-dcat', jurisdiction: { level: 'federal', code: 'CA' }, primaryLanguage: 'bilingual' });

export const GOLDEN_CASES: readonly GoldenCase[] = [
  {
    name: 'multilingual-ca-en-es',
    file: 'dcat/dataset_multilingual.ttl',
    dataset: 'https://example.org/dataset/0112cf32-bce0-4071-9504-923375f9f2ad',
    settings: EUROPEAN,
    why: 'titles, descriptions, keywords and contact names in Catalan, English and Spanish; two contact points',
  },
  {
    name: 'dcat-ap-2-rdfxml',
    file: 'dcat/dataset.rdf',
    dataset: 'https://data.some.org/catalog/datasets/9df8df51-63db-37a8-e044-0003ba9b0d98',
    settings: EUROPEAN,
    why: 'RDF/XML DCAT-AP 2: WKT polygon box, schema.org period, Dublin Core frequency, vCard, IRI publisher, CC BY-NC licence on the distribution',
  },
  {
    name: 'health-multilingual-blank-publisher',
    file: 'dcat/dataset_health_multilingual.ttl',
    dataset: 'http://example.test/dataset/1',
    settings: EUROPEAN,
    why: 'English and Dutch literals, a multilingual blank-node publisher, an EU file-type IRI',
  },
  {
    name: 'udata-blank-node-dataset',
    file: 'dcat/udata-bnodes.jsonld',
    dataset: '1',
    settings: BILINGUAL,
    why: 'JSON-LD blank-node dataset identified by dct:identifier, shared blank-node publisher and contact, untagged text on a bilingual source',
  },
  {
    name: 'udata-rdfxml-html-abstract',
    file: 'dcat/udata-catalog.xml',
    dataset: 'http://data.test.org/datasets/1',
    settings: EUROPEAN,
    why: 'udata RDF/XML: distributions described after the catalogue, HTML abstract, Licence Ouverte 1.0 as a literal, a WMS service',
  },
  {
    name: 'project-open-data-jsonld',
    file: 'dcat/catalog_pod.jsonld',
    dataset: 'http://www.agency.gov/datasets/widgets-data',
    settings: EUROPEAN,
    why: 'Project Open Data JSON-LD with nested contexts, including the broken "dc/terms/#license" IRI',
  },
  {
    name: 'healthdcat-ap-before-a-syntax-error',
    file: 'dcat/dataset.ttl',
    dataset: 'http://example.healthdata.nl/set/dataset',
    settings: EUROPEAN,
    why: 'HealthDCAT-AP: a real file with a syntax error after the dataset, which is kept; EU frequency, language, access-right and theme IRIs',
  },
];

export async function goldenResult(c: GoldenCase): Promise<MapResult> {
  const { datasets } = await readFixtureFile(fixture(...c.file.split('/')));
  const found = datasets.find((d) => datasetRemoteId(new RdfNode(d.raw)) === c.dataset);
  if (found === undefined) throw new Error(`${c.file} has no dataset ${c.dataset} (it has ${datasets.map((d) => d.key).join(', ')})`);
  return mapDcatDataset(found.raw, { settings: c.settings });
}

/** The golden text of a case: the mapped record without its raw part, as stable JSON. */
export async function goldenJson(c: GoldenCase): Promise<string> {
  const result = await goldenResult(c);
  if (result.kind !== 'record') return `${JSON.stringify(result, null, 2)}\n`;
  const { raw: _raw, ...provenance } = result.record.provenance;
  return `${JSON.stringify({ ...result.record, provenance }, null, 2)}\n`;
}

export async function writeGolden(): Promise<void> {
  for (const c of GOLDEN_CASES) writeFileSync(resolve(GOLDEN_DIR, `${c.name}.json`), await goldenJson(c));
}
