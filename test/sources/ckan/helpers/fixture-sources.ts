// Source settings under which the recorded fixtures are mapped, and reading a fixture file into
// remote items (or the problems a bad file gives).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createCkanSource } from '../../../../src/sources/ckan/source.js';
import { readPackageDocument, type PackageDocument } from '../../../../src/sources/ckan/document.js';
import type { HttpClient } from '../../../../src/sources/http.js';
import type { SourceSettings } from '../../../../src/sources/settings.js';
import type { Source } from '../../../../src/sources/source.js';
import { FIXTURES } from '../../../helpers/fixtures.js';

const base = { type: 'ckan', licenceGate: [], filters: {}, organizationJurisdictions: {} } satisfies Partial<SourceSettings>;

/** open.canada.ca: bilingual, federal, carrying federated provincial records. */
export const OPEN_CANADA: SourceSettings = {
  ...base,
  id: 'open-canada',
  name: { en: 'Open Government Portal', fr: 'Portail du gouvernement ouvert' },
  url: 'https://open.canada.ca/data',
  jurisdiction: { level: 'federal', code: 'CA' },
  primaryLanguage: 'bilingual',
};

/** A plain English-only CKAN (the ckan/ fixtures come from such portals). */
export const PLAIN_CKAN: SourceSettings = {
  ...base,
  id: 'plain-ckan',
  name: { en: 'A CKAN portal', fr: 'Un portail CKAN' },
  url: 'https://demo.ckan.org/api/3/action',
  jurisdiction: { level: 'municipal', code: 'CA-ON', municipality: 'Example' },
  primaryLanguage: 'en',
};

// Listing is not used when mapping fixtures: a client that refuses keeps it that way.
const noHttp: HttpClient = {
  get: (url) => Promise.reject(new Error(`no HTTP in fixture tests (asked ${url})`)),
  stream: (url) => Promise.reject(new Error(`no HTTP in fixture tests (asked ${url})`)),
};

export function fixtureSource(settings: SourceSettings): Source {
  return createCkanSource(settings, noHttp);
}

/** A fixture file's packages, with problems naming the file relative to the fixtures folder. */
export function readFixture(path: string): PackageDocument {
  return readPackageDocument(readFileSync(path, 'utf8'), relative(FIXTURES, path));
}
