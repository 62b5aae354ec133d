// The Hub's two APIs describe the same items. For every record of the recorded v3 page that the
// recorded DCAT-US feed also lists, both kinds give the same landing page and the same
// distributions (URLs and ids): the evidence that lets the same dataset harvested twice be
// recognized as one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hubSite } from '../../../src/sources/arcgis-hub/api.js';
import { mapHubRecord } from '../../../src/sources/arcgis-hub/map.js';
import { trimRecord } from '../../../src/sources/arcgis-hub/record.js';
import { mapDataJsonDataset } from '../../../src/sources/datajson/map.js';
import { fixture, fixturesPresent } from '../../helpers/fixtures.js';
import { manitobaSettings } from '../datajson/helpers/settings.js';
import { hubSettings } from './helpers/settings.js';

const SITE = 'https://geoportal.gov.mb.ca';

describe.skipIf(!fixturesPresent)('the same Manitoba items through the v3 API and the DCAT-US feed', () => {
  it('have the same landing page, distributions, title, publisher and box', () => {
    const hub = JSON.parse(readFileSync(fixture('arcgis-hub-v3/manitoba-datasets-page1.json'), 'utf8')) as { data: Array<Record<string, unknown>> };
    const feed = JSON.parse(readFileSync(fixture('datajson/manitoba-data.json'), 'utf8')) as { dataset: Array<Record<string, unknown>> };
    const byLanding = new Map(feed.dataset.map((d) => [String(d['landingPage']), d]));
    let compared = 0;
    for (const entry of hub.data) {
      const fromHub = mapHubRecord(trimRecord(entry), { settings: hubSettings(SITE), site: hubSite(SITE) });
      if (fromHub.kind !== 'record') throw new Error(fromHub.reason);
      const landing = fromHub.record.provenance.landingPage ?? '';
      const dataset = byLanding.get(landing);
      if (!dataset) continue;
      const fromFeed = mapDataJsonDataset(dataset, { settings: manitobaSettings(`${SITE}/data.json`) });
      if (fromFeed.kind !== 'record') throw new Error(fromFeed.reason);
      compared++;
      expect(fromFeed.record.provenance.landingPage).toBe(landing);
      const urls = (r: typeof fromHub.record) => r.distributions.map((d) => `${d.id} ${d.format ?? ''} ${d.url}`).sort();
      expect(urls(fromHub.record), landing).toEqual(urls(fromFeed.record));
      expect(fromHub.record.title).toEqual(fromFeed.record.title);
      expect(fromHub.record.publisher).toEqual(fromFeed.record.publisher);
      expect(fromHub.record.spatial?.bbox).toEqual(fromFeed.record.spatial?.bbox);
    }
    expect(compared).toBeGreaterThanOrEqual(10);
  });
});
