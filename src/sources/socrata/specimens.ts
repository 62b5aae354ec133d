// Raw Socrata Discovery API results for the crosswalk, from the simulated Nova Scotia catalogue.
import { SPECIMEN_INDICES, specimenSettings, type Specimens } from '../specimen.js';
import { SocrataCatalogue } from './simulator/catalogue.js';

export function socrataSpecimens(): Promise<Specimens> {
  const catalogue = new SocrataCatalogue({ records: 60 });
  const items = SPECIMEN_INDICES.map((slot) => {
    const remoteId = catalogue.idAt(slot);
    return { remoteId, raw: JSON.parse(catalogue.assetJson(slot)) as unknown };
  });
  return Promise.resolve({ settings: specimenSettings('socrata', `https://${catalogue.domain}`), items });
}
