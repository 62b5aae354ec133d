// The community API's read routes over a real SQLite store seeded with Canada's commitments.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApi } from '../../../src/api/server.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { stubDocument } from '../../store/stub-document.js';
import { adoption, declaration, event, indicator, resource } from '../../community/records.js';
import { communityApi, type CommunityApi, type ErrorBody } from './app.js';

let api: CommunityApi;
beforeEach(async () => {
  api = await communityApi();
});
afterEach(() => api.close());

const get = (url: string) => api.app.inject({ method: 'GET', url });

describe('plans and commitments', () => {
  it('lists the plans with counts and statuses, and shows one', async () => {
    const list = await get('/api/v1/community/plans');
    expect(list.statusCode).toBe(200);
    const body = list.json() as { total: number; results: { plan: { id: string }; commitments: number; indicators: number }[] };
    expect(body.results.map((p) => p.plan.id)).toEqual(['AP_CAN01', 'AP_CAN02', 'AP_CAN03', 'AP_CAN04']);
    expect(body.total).toBe(4);
    const four = body.results.find((p) => p.plan.id === 'AP_CAN04')!;
    expect(four.indicators).toBe(16);
    const one = await get('/api/v1/community/plans/AP_CAN04');
    expect(one.statusCode).toBe(200);
    expect((one.json() as { commitmentList: { commitment: { id: string } }[] }).commitmentList.some((c) => c.commitment.id === 'CA0073')).toBe(true);
    const missing = await get('/api/v1/community/plans/AP_CAN09');
    expect(missing.statusCode).toBe(404);
    expect((missing.json() as ErrorBody).error.message.fr).toContain('AP_CAN09');
  });

  it('finds a commitment by its OGP id and by its plan-qualified code', async () => {
    const byOgp = await get('/api/v1/community/commitments/CA0073');
    expect(byOgp.statusCode).toBe(200);
    const view = byOgp.json() as { commitment: { id: string }; milestones: unknown[]; indicators: unknown[] };
    expect(view.commitment.id).toBe('CA0073');
    expect(view.milestones).toHaveLength(7);
    expect(view.indicators).toHaveLength(16);
    const byCode = await get('/api/v1/community/commitments/AP_CAN04:C10');
    expect((byCode.json() as { commitment: { id: string } }).commitment.id).toBe('CA0073');
    expect((await get('/api/v1/community/commitments/CA9999')).statusCode).toBe(404);
    expect((await get('/api/v1/community/commitments/CA0073?verbose=1')).statusCode).toBe(400);
  });
});

describe('indicators', () => {
  it('gives targets with their computed actual, whether each is met and the records counted', async () => {
    await api.store.saveCommunity('event', [event('peer-1', { start: '2019-03-01T09:00:00-05:00' }), event('peer-2', { start: '2019-09-10T09:00:00-04:00' })], '2026-01-01T00:00:00Z');
    const byCode = await get('/api/v1/community/indicators/C10.3.3');
    expect(byCode.statusCode).toBe(200);
    const body = byCode.json() as { indicator: { id: string }; targets: { target: number; actual?: number; met?: boolean; records: { id: string }[] }[]; overdue: boolean; history: unknown[] };
    expect(body.indicator.id).toBe('AP_CAN04:C10.3.3');
    expect(body.targets.map((t) => [t.target, t.actual, t.met, t.records.map((r) => r.id)])).toEqual([
      [2, 2, true, ['peer-1', 'peer-2']],
      [3, 0, false, []],
      [3, 0, false, []],
    ]);
    expect((body as { met?: boolean }).met).toBe(false);
    expect(body.history).toEqual([]);
    expect((await get('/api/v1/community/indicators/AP_CAN04:C10.3.3')).statusCode).toBe(200);
  });

  it('answers 404 for an unknown code and 409 listing the candidates for an ambiguous one', async () => {
    expect((await get('/api/v1/community/indicators/C99.1.1')).statusCode).toBe(404);
    await api.store.saveCommunity('indicator', [indicator('AP_CAN03:C10.3.1')], '2026-01-01T00:00:00Z');
    const ambiguous = await get('/api/v1/community/indicators/C10.3.1');
    expect(ambiguous.statusCode).toBe(409);
    const error = (ambiguous.json() as ErrorBody).error;
    expect(error.candidates).toEqual(['AP_CAN03:C10.3.1', 'AP_CAN04:C10.3.1']);
    expect(error.message.en).toContain('AP_CAN03:C10.3.1');
    expect(error.message.fr).toContain('AP_CAN04:C10.3.1');
    expect((await get('/api/v1/community/indicators/C10.3.1/progress')).statusCode).toBe(409);
    expect((await get('/api/v1/community/indicators/AP_CAN03:C10.3.1')).statusCode).toBe(200);
  });

  it('lists the indicators due for the current reporting period', async () => {
    const due = await get('/api/v1/community/due');
    expect(due.statusCode).toBe(200);
    const body = due.json() as { total: number; results: { indicators: unknown[] }[] };
    expect(body.total).toBe(body.results.reduce((n, p) => n + p.indicators.length, 0));
  });
});

describe('record lists and their filters', () => {
  beforeEach(async () => {
    const at = '2026-01-01T00:00:00Z';
    await api.store.saveCommunity('event', [event('online-ws', { kind: 'workshop', attendance: 'online', countries: ['FR'] }), event('forum', { kind: 'international-forum', start: '2099-01-01T09:00:00Z' })], at);
    await api.store.saveCommunity('declaration', [declaration('ottawa', { openGovernmentLanguage: true }), declaration('other', { openGovernmentLanguage: false })], at);
    await api.store.saveCommunity('charter-adoption', [adoption('edmonton', { region: 'CA-AB' }), adoption('ontario', { level: 'provincial', region: 'CA-ON' })], at);
    await api.store.saveCommunity('learning-resource', [resource('course-fr', { inLanguage: ['fr-CA'], educationalLevel: 'beginner' }), resource('course-en', { inLanguage: ['en'] })], at);
  });

  const ids = async (url: string) => {
    const response = await get(url);
    expect(response.statusCode, url).toBe(200);
    return ((response.json() as { results: { id: string }[] }).results.map((r) => r.id)).sort();
  };

  it('filters each kind by its validated query parameters', async () => {
    expect(await ids('/api/v1/community/events')).toEqual(['forum', 'online-ws']);
    expect(await ids('/api/v1/community/events?kind=workshop')).toEqual(['online-ws']);
    expect(await ids('/api/v1/community/events?attendance=online&country=fr')).toEqual(['online-ws']);
    expect(await ids('/api/v1/community/events?when=upcoming')).toEqual(['forum']);
    expect(await ids('/api/v1/community/declarations?openGovernmentLanguage=false')).toEqual(['other']);
    expect(await ids('/api/v1/community/charter-adoptions?level=provincial')).toEqual(['ontario']);
    expect(await ids('/api/v1/community/charter-adoptions?region=ca-ab')).toEqual(['edmonton']);
    expect(await ids('/api/v1/community/learning-resources?language=fr')).toEqual(['course-fr']);
    expect(await ids('/api/v1/community/learning-resources?level=beginner')).toEqual(['course-fr']);
  });

  it('refuses unknown parameters and bad values with a bilingual 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['/api/v1/community/events?kind=party', 'kind'],
      ['/api/v1/community/events?when=soon', 'when'],
      ['/api/v1/community/events?country=Canada', 'country'],
      ['/api/v1/community/events?colour=red', 'colour'],
      ['/api/v1/community/events?kind=workshop&kind=summit', 'kind'],
      ['/api/v1/community/declarations?openGovernmentLanguage=yes', 'openGovernmentLanguage'],
      ['/api/v1/community/charter-adoptions?level=galactic', 'level'],
      ['/api/v1/community/charter-adoptions?region=CA-ZZ', 'region'],
      ['/api/v1/community/learning-resources?language=not%20a%20tag', 'language'],
    ];
    for (const [url, parameter] of cases) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      const error = (response.json() as ErrorBody).error;
      expect(error.parameter, url).toBe(parameter);
      expect(error.message.fr, url).toContain(parameter);
    }
  });

  it('shows one record of the kinds without a view of their own, with its revision', async () => {
    const one = await get('/api/v1/community/declarations/ottawa');
    expect(one.json()).toMatchObject({ id: 'ottawa', revision: 0 });
    expect((await get('/api/v1/community/events/nothing')).statusCode).toBe(404);
  });
});

describe('without a tracker', () => {
  it('has no community routes', async () => {
    const store = SqliteStore.open({ path: ':memory:', buildDocument: stubDocument });
    const app = await buildApi({ store, search: async () => ({}) as never });
    try {
      expect((await app.inject({ method: 'GET', url: '/api/v1/community/plans' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/events.ics' })).statusCode).toBe(404);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
