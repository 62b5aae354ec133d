// An indicator that counts community records links each one counted to its own page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { event, indicator, plan } from '../../community/records.js';
import { dom } from '../harvested-app.js';
import { get } from '../form-helpers.js';
import { openGovernmentPath } from '../../../src/web/urls.js';
import { AT, communityApp, type CommunityApp } from './community-app.js';

let c: CommunityApp;
beforeAll(async () => {
  c = await communityApp(new Date('2019-06-20T15:00:00Z'));
  await c.store.saveCommunity('plan', [plan('AP_CAN04')], AT);
  await c.store.saveCommunity('indicator', [indicator('AP_CAN04:C10.3.3', { targets: [{ label: { en: 'peer-learning events' }, target: 2, count: { of: 'events', kinds: ['bilateral-peer-learning'] } }] })], AT);
  await c.store.saveCommunity('event', [event('peer-one', { title: { en: 'Peer one' } }), event('forum', { kind: 'international-forum' })], AT);
});
afterAll(() => c.close());

it('links the events an indicator counts to their pages', async () => {
  for (const lang of ['en', 'fr'] as const) {
    const response = await get(c.app, openGovernmentPath(lang, 'indicators', 'AP_CAN04:C10.3.3'));
    expect(response.statusCode).toBe(200);
    const hrefs = dom(response.body).links().map(([, href]) => href);
    expect(hrefs).toContain(openGovernmentPath(lang, 'events', 'peer-one'));
    expect(hrefs).not.toContain(openGovernmentPath(lang, 'events', 'forum'));
    expect((await get(c.app, openGovernmentPath(lang, 'events', 'peer-one'))).statusCode).toBe(200);
  }
});
