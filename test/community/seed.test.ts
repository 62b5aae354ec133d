import { afterEach, describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/core/community/types.js';
import { seedCommunity } from '../../src/community/seed/apply.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { stubDocument } from '../store/stub-document.js';

const AT = '2026-01-01T00:00:00.000Z';
const LATER = '2026-02-01T00:00:00.000Z';

const open: SqliteStore[] = [];
function newStore(): SqliteStore {
  const store = SqliteStore.open({ path: ':memory:', buildDocument: stubDocument });
  open.push(store);
  return store;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function indicators(store: SqliteStore): Promise<Indicator[]> {
  return (await store.listCommunity('indicator', { where: { field: 'commitment', value: 'CA0073' } })).map((r) => r.data);
}

describe('community seed', () => {
  it('adds Canada, its four plans, 73 commitments and CA0073 in full once; a second seed adds nothing', async () => {
    const store = newStore();
    const first = await seedCommunity(store, AT);
    expect(first.member).toEqual(['CAN']);
    expect(first.plan).toEqual(['AP_CAN01', 'AP_CAN02', 'AP_CAN03', 'AP_CAN04']);
    expect(new Set(first.commitment).size).toBe(73);
    expect(first.milestone).toHaveLength(7);
    expect(first.indicator.length).toBeGreaterThanOrEqual(7);
    const second = await seedCommunity(store, LATER);
    expect(second).toEqual({ member: [], plan: [], commitment: [], milestone: [], indicator: [] });
    expect(await store.countCommunity('commitment')).toBe(73);
    expect((await store.getCommunity('indicator', 'AP_CAN04:C10.5.1'))?.revision).toBe(0);
  });

  it('never overwrites an edited record, and adds back only what is missing', async () => {
    const store = newStore();
    await seedCommunity(store, AT);
    const before = await store.getCommunity('commitment', 'CA0001');
    const edited = { ...before!.data, title: { en: before!.data.title.en, fr: 'Directive sur le gouvernement ouvert : publier la directive' } };
    await store.saveCommunity('commitment', [edited], LATER);
    await store.deleteCommunity('milestone', 'AP_CAN04:C10.7');
    const again = await seedCommunity(store, LATER);
    expect(again.commitment).toEqual([]);
    expect(again.milestone).toEqual(['AP_CAN04:C10.7']);
    expect(await store.getCommunity('commitment', 'CA0001')).toMatchObject({ revision: 1, data: { title: { fr: 'Directive sur le gouvernement ouvert : publier la directive' } } });
  });

  it('lists every commitment CA0001-CA0073 in the plan of its cycle, with its OGP page and no invented French', async () => {
    const store = newStore();
    await seedCommunity(store, AT);
    const plans = new Map((await store.listCommunity('plan')).map((p) => [p.id, p.data]));
    const commitments = (await store.listCommunity('commitment')).map((r) => r.data);
    expect(commitments.map((c) => c.id)).toEqual(Array.from({ length: 73 }, (_, i) => `CA${String(i + 1).padStart(4, '0')}`));
    for (const c of commitments) {
      expect(c.ogpId).toBe(c.id);
      expect(c.title.en).toBeTruthy();
      expect(plans.get(c.plan)?.member).toBe('CAN');
      expect(c.url).toBe(`https://www.opengovpartnership.org/members/canada/commitments/${c.id}/`);
      if (c.id !== 'CA0073') expect(c.title.fr).toBeUndefined();
    }
    const cycleOf = (id: string) => plans.get(commitments.find((c) => c.id === id)!.plan)?.cycle;
    expect([cycleOf('CA0001'), cycleOf('CA0030'), cycleOf('CA0042'), cycleOf('CA0064')]).toEqual([2012, 2014, 2016, 2018]);
    // The list gives no policy area for CA0004.
    expect(commitments.find((c) => c.id === 'CA0004')?.policyAreas).toEqual([]);
    expect(plans.get('AP_CAN04')).toMatchObject({ number: 4, cycle: 2018, startYear: 2018, endYear: 2020, cadence: 'quarterly' });
    expect(plans.get('AP_CAN04')?.periods).toEqual(['2018-09', '2018-12', '2019-03', '2019-06', '2019-09', '2019-12', '2020-03', '2020-06']);
    for (const plan of plans.values()) expect(plan.title.en && plan.title.fr && plan.url).toBeTruthy();
  });

  it('holds CA0073 in full: code, leads, seven milestones, and indicators with bilingual text and deadlines', async () => {
    const store = newStore();
    await seedCommunity(store, AT);
    const commitment = (await store.getCommunity('commitment', 'CA0073'))!.data;
    expect(commitment).toMatchObject({ plan: 'AP_CAN04', code: 'C10', number: 10, title: { en: 'Open Government Community', fr: 'Communauté du gouvernement ouvert' } });
    expect(commitment.text.en).toContain('Canada Open Government Working Group');
    expect(commitment.text.fr).toContain('Groupe de travail sur le gouvernement ouvert du Canada');
    expect(commitment.leadInstitutions).toHaveLength(4);
    expect(commitment.leadInstitutions[2]).toBe('Treasury Board of Canada Secretariat (TBS)');
    expect(commitment.policyAreas).toContain('Open Data');
    const milestones = (await store.listCommunity('milestone', { where: { field: 'commitment', value: 'CA0073' } })).map((r) => r.data);
    expect(milestones.map((m) => m.code)).toEqual(['C10.1', 'C10.2', 'C10.3', 'C10.4', 'C10.5', 'C10.6', 'C10.7']);
    for (const m of milestones) expect(m.title.en && m.title.fr && m.leadInstitutions.length).toBeTruthy();
    const all = await indicators(store);
    const milestoneIds = new Set(milestones.map((m) => m.id));
    for (const indicator of all) {
      expect(indicator.id).toBe(`AP_CAN04:${indicator.code}`);
      expect(milestoneIds.has(indicator.milestone)).toBe(true);
      expect(indicator.text.en && indicator.text.fr).toBeTruthy();
      expect(indicator.deadline.text.en && indicator.deadline.text.fr).toBeTruthy();
      expect(indicator.deadline.due! >= indicator.deadline.from!).toBe(true);
      expect(indicator.deadlineHistory).toEqual([{ deadline: indicator.deadline, at: AT, by: 'seed' }]);
    }
    for (const m of milestones) expect(all.some((i) => i.milestone === m.id)).toBe(true);
    const byCode = new Map(all.map((i) => [i.code, i]));
    expect(byCode.get('C10.1.2')?.deadline).toEqual({ precision: 'season', from: '2019-03-01', due: '2019-05-31', text: { en: 'Spring 2019', fr: 'Printemps 2019' } });
    expect(byCode.get('C10.3.1')?.deadline).toMatchObject({ precision: 'month', from: '2018-09-01', due: '2018-09-30' });
    expect(byCode.get('C10.4.2')?.deadline).toMatchObject({ precision: 'month', due: '2018-12-31' });
    expect(byCode.get('C10.5.1')?.deadline.text.en).toContain('May 2019 to onboard 2 provinces');
    // Two dates in one item: the later one closes it.
    expect(byCode.get('C10.5.1')?.deadline).toMatchObject({ precision: 'month', from: '2020-05-01', due: '2020-05-31' });
    expect(byCode.get('C10.1.1')?.deadline).toMatchObject({ precision: 'month', due: '2020-06-30' });
    expect(new Set(all.map((i) => i.deadline.precision))).toEqual(new Set(['month', 'season']));
    expect(byCode.get('C10.1.1')?.deadline.text.fr).toContain('octobre 2018');
  });

  it('wires CA0073’s counted targets to what Federa records', async () => {
    const store = newStore();
    await seedCommunity(store, AT);
    const byCode = new Map((await indicators(store)).map((i) => [i.code, i]));
    const rules = (code: string) => byCode.get(code)!.targets.map((t) => ({ target: t.target, baseline: t.baseline, count: t.count }));
    expect(rules('C10.3.3')).toMatchObject([
      { target: 2, count: { of: 'events', kinds: ['bilateral-peer-learning'], to: '2020-06' } },
      { target: 3, count: { of: 'events', kinds: ['international-forum'], to: '2020-06' } },
      { target: 3, count: { of: 'declarations', openGovernmentLanguage: true, to: '2020-06' } },
    ]);
    expect(rules('C10.5.1')).toEqual([
      { target: 3, baseline: 1, count: { of: 'sources', levels: ['provincial'] } },
      { target: 2, baseline: 0, count: { of: 'sources', levels: ['municipal'] } },
    ]);
    expect(rules('C10.6.3')).toMatchObject([{ target: 5, count: { of: 'charter-adoptions', levels: ['provincial', 'territorial', 'municipal'] } }]);
    expect(rules('C10.7.2')).toMatchObject([{ target: 10, count: { of: 'events', kinds: ['data-literacy'] } }]);
    expect(rules('C10.7.1')).toMatchObject([{ target: 1, count: { of: 'learning-resources' } }]);
    // Counts Federa has no records for keep their target, with nothing to compute it from.
    expect(rules('C10.2.1')).toEqual([{ target: 10, baseline: undefined, count: undefined }]);
    expect(rules('C10.6.2')).toEqual([{ target: 5, baseline: undefined, count: undefined }]);
    for (const indicator of byCode.values()) {
      for (const t of indicator.targets) expect(t.label.en && t.label.fr).toBeTruthy();
    }
  });
});
