// The tracker service's behaviour over any TrackerStore that also takes sources and jobs the way
// the harvester writes them (run on the in-memory store and on SqliteStore).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionPlan, Commitment, Indicator, Milestone } from '../../src/core/community/types.js';
import { Tracker, type TrackerStore } from '../../src/community/tracker.js';
import type { HarvestSink } from '../../src/harvest/sink.js';
import type { SourceSettings } from '../../src/sources/settings.js';
import { sourceSettings } from '../store/records.js';
import { adoption, event, indicator, job, plan, resource } from './records.js';

export type TrackerTestStore = TrackerStore & Pick<HarvestSink, 'saveSource' | 'saveJob'>;

const AT = '2018-09-01T00:00:00.000Z';
const CAN04: ActionPlan = plan('AP_CAN04', { startYear: 2018, endYear: 2020, periods: ['2018-10', '2019-01', '2019-04', '2019-07', '2019-10', '2020-01', '2020-04', '2020-06'] });
const CAN05: ActionPlan = plan('AP_CAN05', { cycle: 2022, periods: ['2022-03', '2022-06'] });
const CA0073: Commitment = {
  id: 'CA0073', ogpId: 'CA0073', plan: 'AP_CAN04', code: 'C10', number: 10,
  title: { en: 'Open Government Community', fr: 'Collectivité du gouvernement ouvert' }, text: {},
  leadInstitutions: ['Treasury Board of Canada Secretariat'], supportingInstitutions: [], policyAreas: [], ogpValues: [],
};
const C05: Commitment = {
  id: 'AP_CAN05:C10', plan: 'AP_CAN05', code: 'C10', title: { en: 'Later' }, text: {},
  leadInstitutions: [], supportingInstitutions: [], policyAreas: [], ogpValues: [],
};
const milestone: Milestone = { id: 'AP_CAN04:C10.5', plan: 'AP_CAN04', commitment: 'CA0073', code: 'C10.5', title: { en: 'Federated search' }, leadInstitutions: [] };
const provinces: Indicator = indicator('AP_CAN04:C10.5.1', {
  commitment: 'CA0073',
  text: { en: 'Federated search extended to at least 2 more provinces', fr: 'Recherche fédérée étendue à au moins 2 autres provinces' },
  deadline: { precision: 'month', from: '2019-05-01', due: '2019-05-31', text: { en: 'May 2019' } },
  targets: [{ label: { en: 'provinces and municipalities' }, baseline: 0, target: 2, count: { of: 'sources', levels: ['provincial', 'municipal'] } }],
});
const peers: Indicator = indicator('AP_CAN04:C10.3.3', {
  commitment: 'CA0073',
  targets: [
    { label: { en: 'bilateral peer-learning events' }, target: 2, count: { of: 'events', kinds: ['bilateral-peer-learning'], to: '2020-06' } },
    { label: { en: 'international forums' }, target: 1, count: { of: 'events', kinds: ['international-forum'], to: '2020-06' } },
  ],
});
const later: Indicator = indicator('AP_CAN05:C10.5.1', { commitment: 'AP_CAN05:C10' });

const settings = (id: string, level: SourceSettings['jurisdiction']['level']): SourceSettings => ({ ...sourceSettings(id), jurisdiction: { level, code: 'CA-AB' } });
const good = { period: '2019-04', status: 'SP', progress: { en: '- Alberta added', fr: '- Alberta ajoutée' }, evidence: { en: '[search](https://search.example.ca)' } };

export function trackerCases(name: string, open: () => TrackerTestStore, close: (store: TrackerTestStore) => void = () => {}): void {
  describe(`the tracker service (${name})`, () => {
    let store: TrackerTestStore;
    let tracker: Tracker;

    beforeEach(async () => {
      store = open();
      tracker = new Tracker(store);
      await store.saveCommunity('plan', [CAN04, CAN05], AT);
      await store.saveCommunity('commitment', [CA0073, C05], AT);
      await store.saveCommunity('milestone', [milestone], AT);
      await store.saveCommunity('indicator', [provinces, peers, later], AT);
    });
    afterEach(() => close(store));

    it('counts provincial and municipal sources whose last full harvest succeeded', async () => {
      await store.saveSource(settings('alberta', 'provincial'), { enabled: true });
      await store.saveSource(settings('quebec', 'provincial'), { enabled: true });
      await store.saveSource(settings('toronto', 'municipal'), { enabled: true });
      await store.saveSource(settings('canada', 'federal'), { enabled: true });
      await store.saveJob(job('alberta', 'a1', { startedAt: '2019-03-01T00:00:00.000Z' }));
      await store.saveJob(job('alberta', 'a2', { mode: 'incremental', status: 'failed', complete: false, startedAt: '2019-03-02T00:00:00.000Z' }));
      await store.saveJob(job('quebec', 'q1', { startedAt: '2019-03-01T00:00:00.000Z' }));
      await store.saveJob(job('quebec', 'q2', { status: 'partial', startedAt: '2019-03-05T00:00:00.000Z' }));
      await store.saveJob(job('toronto', 't1', { mode: 'incremental', startedAt: '2019-03-01T00:00:00.000Z' }));
      await store.saveJob(job('canada', 'c1', { startedAt: '2019-03-01T00:00:00.000Z' }));

      const first = await tracker.indicator('AP_CAN04:C10.5.1', new Date('2019-06-15T00:00:00Z'));
      if (!('found' in first)) throw new Error('indicator not found');
      expect(first.found.actuals.targets[0]!.records.map((r) => r.id)).toEqual(['alberta']);
      expect(first.found.actuals.met).toBe(false);
      expect(first.found.overdue).toBe(true);

      await store.saveJob(job('toronto', 't2', { startedAt: '2019-04-01T00:00:00.000Z' }));
      const second = await tracker.indicator('AP_CAN04:C10.5.1');
      if (!('found' in second)) throw new Error('indicator not found');
      expect(second.found.actuals.targets[0]).toMatchObject({ value: 2, met: true });
      expect(second.found.actuals.targets[0]!.records).toEqual([
        { kind: 'source', id: 'alberta', label: { en: 'Source alberta', fr: 'Source alberta (fr)' } },
        { kind: 'source', id: 'toronto', label: { en: 'Source toronto', fr: 'Source toronto (fr)' } },
      ]);
      expect(second.found.actuals.met).toBe(true);
    });

    it('counts events per target of an indicator', async () => {
      await store.saveCommunity('event', [event('e1'), event('e2', { start: '2020-07-02' }), event('e3', { kind: 'international-forum' })], AT);
      const found = await tracker.indicator('AP_CAN04:C10.3.3');
      if (!('found' in found)) throw new Error('indicator not found');
      expect(found.found.actuals.targets.map((t) => [t.value, t.met])).toEqual([[1, false], [1, true]]);
    });

    it('finds an unqualified code when one plan has it, and lists candidates otherwise', async () => {
      const unique = await tracker.indicator('C10.3.3');
      expect('found' in unique && unique.found.indicator.id).toBe('AP_CAN04:C10.3.3');
      const ambiguous = await tracker.indicator('C10.5.1');
      expect('candidates' in ambiguous && ambiguous.candidates.map((i) => i.id)).toEqual(['AP_CAN04:C10.5.1', 'AP_CAN05:C10.5.1']);
      expect(await tracker.indicator('C99')).toEqual({ missing: 'C99' });
    });

    it('stores a posted report that then shows in the history, the commitment and the counts', async () => {
      const outcome = await tracker.postProgress({ indicator: 'AP_CAN04:C10.5.1', ...good }, 'api:tbs', new Date('2019-05-02T12:00:00Z'));
      if (!('stored' in outcome)) throw new Error(JSON.stringify(outcome.errors));
      expect(outcome.stored).toMatchObject({ id: 'AP_CAN04:C10.5.1@2019-04#1', status: 'SP', recordedBy: 'api:tbs', recordedAt: '2019-05-02T12:00:00.000Z' });
      expect(await tracker.progressHistory('AP_CAN04:C10.5.1')).toEqual([outcome.stored]);

      const byOgpId = await tracker.commitment('CA0073', new Date('2019-05-02T12:00:00Z'));
      const byCode = await tracker.commitment('AP_CAN04:C10');
      expect(byCode?.commitment.id).toBe('CA0073');
      expect(byOgpId?.milestones.map((m) => m.id)).toEqual(['AP_CAN04:C10.5']);
      expect(byOgpId?.indicators.map((i) => [i.indicator.id, i.latest?.status, i.overdue])).toEqual([
        ['AP_CAN04:C10.3.3', undefined, false],
        ['AP_CAN04:C10.5.1', 'SP', false],
      ]);
      expect(byOgpId?.history).toEqual([outcome.stored]);
      expect(byOgpId?.evidence).toEqual([{ indicator: 'AP_CAN04:C10.5.1', period: '2019-04', evidence: { en: '[search](https://search.example.ca)' } }]);
      expect(byOgpId?.statuses).toMatchObject({ SP: 1, none: 1, total: 2 });

      const plans = await tracker.plans();
      expect(plans.map((p) => [p.plan.id, p.commitments, p.indicators, p.statuses.SP])).toEqual([['AP_CAN04', 1, 2, 1], ['AP_CAN05', 1, 1, 0]]);
      const overview = await tracker.plan('AP_CAN04');
      expect(overview?.commitmentList.map((c) => [c.commitment.id, c.statuses.SP, c.statuses.none])).toEqual([['CA0073', 1, 1]]);
      expect(await tracker.plan('AP_NONE01')).toBeUndefined();
      expect(await tracker.commitment('CA9999')).toBeUndefined();
    });

    it('refuses a report breaking the rules and writes nothing', async () => {
      const refused = await tracker.postProgress({ indicator: 'AP_CAN04:C10.5.1', ...good, status: 'LP', period: '2019-05' }, 'api:tbs', new Date());
      expect('errors' in refused && refused.errors.map((e) => e.field)).toEqual(['period', 'challenges.en', 'challenges.fr']);
      const ambiguous = await tracker.postProgress({ indicator: 'C10.5.1', ...good }, 'api:tbs', new Date());
      expect('errors' in ambiguous && ambiguous.errors.map((e) => e.en)).toEqual([expect.stringMatching(/several plans.*AP_CAN04:C10.5.1, AP_CAN05:C10.5.1/)]);
      const unknown = await tracker.postProgress({ indicator: 'AP_CAN04:C77.1.1', ...good }, 'api:tbs', new Date());
      expect('errors' in unknown && unknown.errors.map((e) => e.field)).toEqual(['indicator']);
      expect(await store.listProgress()).toEqual([]);
    });

    it('lists what is due for the current period and drops what was reported', async () => {
      const now = new Date('2019-05-10T00:00:00Z');
      const due = await tracker.due(now);
      expect(due.map((d) => [d.plan, d.cadence, d.period, d.indicators.map((i) => i.indicator.id)])).toEqual([
        ['AP_CAN04', 'quarterly', '2019-04', ['AP_CAN04:C10.3.3', 'AP_CAN04:C10.5.1']],
      ]);
      await tracker.postProgress({ indicator: 'C10.3.3', ...good }, 'api:tbs', now);
      expect((await tracker.due(now))[0]!.indicators.map((i) => i.indicator.id)).toEqual(['AP_CAN04:C10.5.1']);
    });

    it('lists events, charter adoptions and learning resources by their filters', async () => {
      await store.saveCommunity('event', [
        event('past', { start: '2019-05-29T09:00:00-04:00', countries: ['CA', 'FR'], indicators: ['AP_CAN04:C10.3.3'] }),
        event('soon', { start: '2019-06-20', attendance: 'online' }),
        event('later', { start: '2019-09-01T09:00:00-04:00', kind: 'summit' }),
      ], AT);
      const now = new Date('2019-06-20T15:00:00Z');
      expect((await tracker.events({ when: 'upcoming', now })).map((e) => e.id)).toEqual(['soon', 'later']);
      expect((await tracker.events({ when: 'past', now })).map((e) => e.id)).toEqual(['past']);
      expect((await tracker.events({ country: 'fr' })).map((e) => e.id)).toEqual(['past']);
      expect((await tracker.events({ attendance: 'online' })).map((e) => e.id)).toEqual(['soon']);
      expect((await tracker.events({ kind: 'summit' })).map((e) => e.id)).toEqual(['later']);
      expect((await tracker.events({ indicator: 'AP_CAN04:C10.3.3' })).map((e) => e.id)).toEqual(['past']);

      await store.saveCommunity('charter-adoption', [adoption('edmonton-2017-03-07', { date: '2017-03-07' }), adoption('ontario-2017', { level: 'provincial', region: 'CA-ON', date: '2017' })], AT);
      expect((await tracker.charterAdoptions({ level: 'provincial' })).map((a) => a.id)).toEqual(['ontario-2017']);
      expect((await tracker.charterAdoptions({ region: 'CA-AB' })).map((a) => a.id)).toEqual(['edmonton-2017-03-07']);

      await store.saveCommunity('learning-resource', [resource('r1', { inLanguage: ['fr-CA'], audience: ['public servants'], educationalLevel: 'beginner' }), resource('r2', { learningResourceType: 'video' })], AT);
      expect((await tracker.learningResources({ language: 'fr' })).map((r) => r.id)).toEqual(['r1']);
      expect((await tracker.learningResources({ type: 'video' })).map((r) => r.id)).toEqual(['r2']);
      expect((await tracker.learningResources({ audience: 'public servants', level: 'beginner' })).map((r) => r.id)).toEqual(['r1']);
    });
  });
}
