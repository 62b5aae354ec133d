import type { SourceSettings } from '../../../../src/sources/settings.js';

export function hubSettings(url: string, extra: Partial<SourceSettings> = {}): SourceSettings {
  return {
    id: 'manitoba-hub',
    name: { en: 'Manitoba GeoPortal', fr: 'Géoportail du Manitoba' },
    type: 'arcgis-hub',
    url,
    jurisdiction: { level: 'provincial', code: 'CA-MB' },
    publisher: { id: 'manitoba', name: { en: 'Government of Manitoba', fr: 'Gouvernement du Manitoba' } },
    primaryLanguage: 'en',
    licenceGate: [],
    filters: {},
    organizationJurisdictions: {},
    ...extra,
  };
}
