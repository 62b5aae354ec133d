// Raw Socrata Discovery API results for the crosswalk, from the simulated Nova Scotia catalogue;
// every simulated asset type is admitted, so that maps, files and links show their fields too.
import { SPECIMEN_INDICES, specimenSettings, type Specimens } from '../specimen.js';
import { SOCRATA_TYPES } from './options.js';
import { SIMULATED_TYPES, SocrataCatalogue } from './simulator/catalogue.js';

export function socrataSpecimens(): Promise<Specimens> {
  const catalogue = new SocrataCatalogue({ records: 60 });
  const items = SPECIMEN_INDICES.map((slot) => {
    const remoteId = catalogue.idAt(slot);
    return { remoteId, raw: JSON.parse(catalogue.assetJson(slot)) as unknown };
  });
  const types = SOCRATA_TYPES.filter((type) => SIMULATED_TYPES.includes(type));
  return Promise.resolve({ settings: specimenSettings('socrata', `https://${catalogue.domain}`, { primaryLanguage: 'en', options: { types } }), items });
}
