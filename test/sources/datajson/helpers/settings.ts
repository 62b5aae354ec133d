// Settings under which the recorded Manitoba catalogue is mapped in tests.
import type { SourceSettings } from '../../../../src/sources/settings.js';

export function manitobaSettings(url: string, extra: Partial<SourceSettings> = {}): SourceSettings {
  return {
    id: 'manitoba',
    name: { en: 'Manitoba GeoPortal', fr: 'Géoportail du Manitoba' },
    type: 'datajson',
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
