// A configured source for tests, with what each test changes.
import type { SourceConfig } from '../../src/harvest/config.js';

export function sourceConfig(extra: Partial<SourceConfig> = {}): SourceConfig {
  return {
    id: 'portal',
    name: { en: 'Portal', fr: 'Portail' },
    type: 'ckan',
    url: 'https://data.example.ca/',
    jurisdiction: { level: 'provincial', code: 'CA-AB' },
    primaryLanguage: 'en',
    licenceGate: [],
    filters: {},
    organizationJurisdictions: {},
    enabled: true,
    allowPrivateNetwork: false,
    schedule: {},
    ...extra,
  };
}
