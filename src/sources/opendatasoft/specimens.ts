// Raw Opendatasoft Explore v2.1 datasets for the crosswalk, from the simulated Vancouver catalogue.
import { SPECIMEN_INDICES, specimenSettings, type Specimens } from '../specimen.js';
import type { RemoteItem } from '../source.js';
import { listedItem } from './api.js';
import { OdsCatalogue } from './simulator/catalogue.js';

const PORTAL = 'https://opendata.vancouver.example';

export function opendatasoftSpecimens(): Promise<Specimens> {
  const catalogue = new OdsCatalogue({ records: 60 });
  const items: RemoteItem[] = [];
  for (const slot of SPECIMEN_INDICES) {
    const item = listedItem(JSON.parse(catalogue.datasetJson(slot, PORTAL)));
    if (typeof item !== 'string') items.push(item);
  }
  return Promise.resolve({ settings: specimenSettings('opendatasoft', PORTAL, { primaryLanguage: 'en' }), items });
}
