// Sample raw records of a portal kind, as `Source.map` receives them, with settings to map them
// under: the published crosswalk is derived by running the kind's mapping on them.
import type { SourceSettings } from './settings.js';
import type { RemoteItem } from './source.js';

export interface Specimens {
  settings: SourceSettings;
  items: RemoteItem[];
}

/** Settings of a specimen source of a kind (bilingual, no gate, no filter). */
export function specimenSettings(type: string, url: string, extra: Partial<SourceSettings> = {}): SourceSettings {
  return {
    id: `specimen-${type}`,
    name: { en: `Specimen ${type} portal`, fr: `Portail ${type} d'exemple` },
    type,
    url,
    jurisdiction: { level: 'federal', code: 'CA' },
    primaryLanguage: 'bilingual',
    licenceGate: [],
    filters: {},
    organizationJurisdictions: {},
    ...extra,
  };
}

/** A few indices spread over a simulated catalogue, so that specimens vary. */
export const SPECIMEN_INDICES: readonly number[] = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55];
