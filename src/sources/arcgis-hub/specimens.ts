// Raw Hub v3 records for the crosswalk, from the simulated Manitoba Hub, trimmed as the listing
// keeps them.
import { SPECIMEN_INDICES, specimenSettings, type Specimens } from '../specimen.js';
import { trimRecord } from './record.js';
import { DEFAULT_SEED, hubItem } from './simulator/items.js';
import { v3Record } from './simulator/v3.js';

const SITE = 'https://geoportal.manitoba.example';

export function arcgisHubSpecimens(): Promise<Specimens> {
  const items = SPECIMEN_INDICES.map((index) => {
    const raw = trimRecord(v3Record(hubItem(DEFAULT_SEED, index), SITE));
    return { remoteId: String(raw['id']), raw };
  });
  return Promise.resolve({ settings: specimenSettings('arcgis-hub', SITE, { jurisdiction: { level: 'provincial', code: 'CA-MB' } }), items });
}
