// The tracker's queries the community pages need: events of a year (on the event's own calendar)
// and charter adoptions counted per province or territory for the map.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Tracker } from '../../src/community/tracker.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { stubDocument } from '../store/stub-document.js';
import { adoption, event } from './records.js';

const AT = '2020-01-01T00:00:00.000Z';
let store: SqliteStore;
let tracker: Tracker;
beforeEach(() => {
  store = SqliteStore.open({ path: ':memory:', buildDocument: stubDocument });
  tracker = new Tracker(store);
});
afterEach(() => store.close());

describe('the tracker queries of the community pages', () => {
  it('filters events by the year they start in, in their own offset', async () => {
    await store.saveCommunity('event', [
      // 23:30 in Vancouver on New Year's Eve is already 2020 in UTC: it is still a 2019 event.
      event('eve', { start: '2019-12-31T23:30:00-08:00', timeZone: 'America/Vancouver' }),
      event('day', { start: '2020-03-02' }),
      event('older', { start: '2018-05-01T09:00:00-04:00' }),
    ], AT);
    expect((await tracker.events({ year: 2019 })).map((e) => e.id)).toEqual(['eve']);
    expect((await tracker.events({ year: 2020 })).map((e) => e.id)).toEqual(['day']);
    expect(await tracker.events({ year: 2021 })).toEqual([]);
  });

  it('counts charter adoptions per province or territory, cities in their province', async () => {
    await store.saveCommunity('charter-adoption', [
      adoption('edmonton-2017-03-07', { region: 'CA-AB' }),
      adoption('alberta-2017', { level: 'provincial', region: 'CA-AB' }),
      adoption('ontario-2017', { level: 'provincial', region: 'ca-on' }),
      adoption('canada-2018', { level: 'federal', region: 'CA' }),
      adoption('nowhere-2019', { region: undefined }),
    ], AT);
    expect(await tracker.charterAdoptionsByRegion()).toEqual({ 'CA-AB': 2, 'CA-ON': 1 });
    expect(await tracker.charterAdoptionsByRegion({ level: 'municipal' })).toEqual({ 'CA-AB': 1 });
  });
});
