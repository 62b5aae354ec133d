// The hand-written Discovery API fixtures of this folder (see fixtures/README.md), and the
// settings of a Socrata source for tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceSettings } from '../../../../src/sources/settings.js';

export function fixtureText(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8');
}

export function fixtureResults(name: string): unknown[] {
  return (JSON.parse(fixtureText(name)) as { results: unknown[] }).results;
}

export function socrataSettings(url: string, extra: Partial<SourceSettings> = {}): SourceSettings {
  return {
    id: 'ns',
    name: { en: 'Nova Scotia Open Data', fr: 'Données ouvertes de la Nouvelle-Écosse' },
    type: 'socrata',
    url,
    jurisdiction: { level: 'provincial', code: 'CA-NS' },
    publisher: { id: 'government-of-nova-scotia', name: { en: 'Government of Nova Scotia', fr: 'Gouvernement de la Nouvelle-Écosse' } },
    primaryLanguage: 'en',
    licenceGate: [],
    filters: {},
    organizationJurisdictions: {},
    ...extra,
  };
}
