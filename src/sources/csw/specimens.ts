// Raw ISO 19139 (HNAP) element trees for the crosswalk: simulated Federal Geospatial Platform
// records read by the kind's own response reader.
import { SPECIMEN_INDICES, specimenSettings, type Specimens } from '../specimen.js';
import type { RemoteItem } from '../source.js';
import { recordIdentity } from './identity.js';
import { readRecordsResponse } from './response.js';
import { DEFAULT_SEED, drawRecord } from './simulator/draft-record.js';
import { hnapXml } from './simulator/hnap-xml.js';

const SITE = 'https://gcgeo.example';

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

export async function cswSpecimens(): Promise<Specimens> {
  const items: RemoteItem[] = [];
  for (const index of SPECIMEN_INDICES) {
    const response = await readRecordsResponse(once(hnapXml(drawRecord(DEFAULT_SEED, index, SITE), SITE)), `${SITE}/csw`);
    for (const record of response.records) {
      const { remoteId } = recordIdentity(record.element);
      if (remoteId !== undefined && record.errors.length === 0) items.push({ remoteId, raw: record.element });
    }
  }
  return { settings: specimenSettings('csw', `${SITE}/geonetwork/srv/csw`), items };
}
