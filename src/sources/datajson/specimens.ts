// Raw DCAT-US datasets for the crosswalk: the simulated Manitoba Hub's data.json feed.
import { dcatUsDataset } from '../arcgis-hub/simulator/dcat-us.js';
import { DEFAULT_SEED, hubItem } from '../arcgis-hub/simulator/items.js';
import { SPECIMEN_INDICES, specimenSettings, type Specimens } from '../specimen.js';
import type { RemoteItem } from '../source.js';
import { toItem } from './listing.js';

const SITE = 'https://geoportal.manitoba.example';

export function dataJsonSpecimens(): Promise<Specimens> {
  const items: RemoteItem[] = [];
  SPECIMEN_INDICES.forEach((index, position) => {
    const { item } = toItem({ index: position, value: dcatUsDataset(hubItem(DEFAULT_SEED, index), SITE) });
    if (item !== undefined) items.push(item);
  });
  return Promise.resolve({ settings: specimenSettings('datajson', `${SITE}/data.json`, { primaryLanguage: 'en', jurisdiction: { level: 'provincial', code: 'CA-MB' } }), items });
}
