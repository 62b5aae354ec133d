// The hand-written Explore API fixtures of this folder (see fixtures/README.md), and the
// settings of an Opendatasoft source for tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceSettings } from '../../../../src/sources/settings.js';

export function fixtureText(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8');
}

export function fixtureDatasets(name: string): unknown[] {
  return (JSON.parse(fixtureText(name)) as { results: unknown[] }).results;
}

export function odsSettings(url: string, extra: Partial<SourceSettings> = {}): SourceSettings {
  return {
    id: 'vancouver',
    name: { en: 'City of Vancouver Open Data', fr: 'Données ouvertes de la Ville de Vancouver' },
    type: 'opendatasoft',
    url,
    jurisdiction: { level: 'municipal', code: 'CA-BC', municipality: 'Vancouver' },
    publisher: { id: 'city-of-vancouver', name: { en: 'City of Vancouver', fr: 'Ville de Vancouver' } },
    primaryLanguage: 'en',
    licenceGate: [],
    filters: {},
    organizationJurisdictions: {},
    ...extra,
  };
}
