// Raw CKAN packages for the crosswalk: records of the simulator's three portal profiles (the
// bilingual federal portal, the French-first aggregator, the English-only city).
import { SPECIMEN_INDICES, specimenSettings, type Specimens } from '../specimen.js';
import { generatePackage } from './simulator/generated-catalogue.js';
import { PROFILE_NAMES } from './simulator/profiles/index.js';

export function ckanSpecimens(): Promise<Specimens> {
  const items = PROFILE_NAMES.flatMap((profile) =>
    SPECIMEN_INDICES.slice(0, 5).map((index) => {
      const pkg = generatePackage(profile, index);
      return { remoteId: String(pkg['id']), raw: pkg };
    }),
  );
  return Promise.resolve({ settings: specimenSettings('ckan', 'https://open.canada.example'), items });
}
