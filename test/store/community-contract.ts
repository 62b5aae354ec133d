// What every Store engine must do for the community tracker (records with revisions, append-only
// progress). Engines run it with their own factory, as they run contract.ts.
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionPlan, Indicator, NewProgressReport } from '../../src/core/community/types.js';
import { StoreError } from '../../src/store/errors.js';
import type { Store } from '../../src/store/store.js';
import { jobReport } from './records.js';

export interface CommunityStoreFactory {
  /** A new, empty store. */
  create(): Promise<Store>;
  /** Closes the store and opens the same database again. */
  reopen(store: Store): Promise<Store>;
}

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-02T00:00:00.000Z';
const T2 = '2026-01-03T00:00:00.000Z';

function plan(number: number, extra: Partial<ActionPlan> = {}): ActionPlan {
  return {
    id: `AP_CAN0${number}`,
    member: 'CAN',
    number,
    cycle: 2010 + 2 * number,
    title: { en: `Plan ${number}`, fr: `Plan ${number}` },
    cadence: 'quarterly',
    periods: [],
    ...extra,
  };
}

function indicator(code: string): Indicator {
  return {
    id: `AP_CAN04:${code}`,
    plan: 'AP_CAN04',
    commitment: code.startsWith('C10') ? 'CA0073' : 'CA0070',
    milestone: `AP_CAN04:${code.split('.').slice(0, 2).join('.')}`,
    code,
    text: { en: `Indicator ${code}`, fr: `Indicateur ${code}` },
    deadline: { precision: 'ongoing', text: { en: 'Ongoing', fr: 'En cours' } },
    deadlineHistory: [],
    leadInstitutions: ['TBS'],
    supportingInstitutions: [],
    targets: [],
  };
}

function report(indicatorId: string, period: string, status: NewProgressReport['status'] = 'SP'): NewProgressReport {
  return { indicator: indicatorId, period, status, progress: { en: 'done', fr: 'fait' }, evidence: {}, challenges: {}, recordedBy: 'test' };
}

export function communityContract(engine: string, factory: CommunityStoreFactory): void {
  describe(`Community store contract: ${engine}`, () => {
    const open: Store[] = [];
    const create = async (): Promise<Store> => {
      const store = await factory.create();
      open.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });

    it('creates at revision 0, bumps the revision only when the content changes', async () => {
      const store = await create();
      expect(await store.saveCommunity('plan', [plan(1), plan(2)], T0)).toEqual({ created: ['AP_CAN01', 'AP_CAN02'], updated: [], unchanged: [] });
      const changed = plan(2, { url: 'https://example.org/2' });
      // The same content with its keys in another order is unchanged.
      const reordered = Object.fromEntries(Object.entries(plan(1)).reverse()) as unknown as ActionPlan;
      expect(await store.saveCommunity('plan', [reordered, changed], T1)).toEqual({ created: [], updated: ['AP_CAN02'], unchanged: ['AP_CAN01'] });
      const one = await store.getCommunity('plan', 'AP_CAN01');
      expect(one).toEqual({ kind: 'plan', id: 'AP_CAN01', data: plan(1), revision: 0, createdAt: T0, updatedAt: T0 });
      const two = await store.getCommunity('plan', 'AP_CAN02');
      expect(two).toMatchObject({ revision: 1, createdAt: T0, updatedAt: T1, data: changed });
      await store.saveCommunity('plan', [plan(2)], T2);
      expect((await store.getCommunity('plan', 'AP_CAN02'))?.revision).toBe(2);
      expect(await store.getCommunity('plan', 'AP_CAN09')).toBeUndefined();
      // Kinds are separate namespaces.
      expect(await store.getCommunity('member', 'AP_CAN01')).toBeUndefined();
    });

    it('refuses a batch with a bad record whole, naming the kind and the record', async () => {
      const store = await create();
      await store.saveCommunity('plan', [plan(1)], T0);
      const noId = { ...plan(3), id: '' };
      const saving = store.saveCommunity('plan', [plan(1, { url: 'https://example.org/changed' }), plan(2), noId], T1);
      await expect(saving).rejects.toThrow(StoreError);
      await expect(store.saveCommunity('plan', [plan(2), noId], T1)).rejects.toThrow(/plan #1.*no id/);
      await expect(store.saveCommunity('plan', [plan(2), 'text' as unknown as ActionPlan], T1)).rejects.toThrow(/plan #1.*object/);
      await expect(store.saveCommunity('nonsense' as 'plan', [plan(2)], T1)).rejects.toThrow(/unknown record kind "nonsense"/);
      expect(await store.countCommunity('plan')).toBe(1);
      expect(await store.getCommunity('plan', 'AP_CAN01')).toMatchObject({ revision: 0, data: plan(1) });
    });

    it('lists in id order, filtered by a top-level field, with limit and offset; counts the same', async () => {
      const store = await create();
      const plans = [plan(4), plan(1), plan(3, { cadence: 'semi-annual' }), plan(2)];
      await store.saveCommunity('plan', plans, T0);
      expect((await store.listCommunity('plan')).map((r) => r.id)).toEqual(['AP_CAN01', 'AP_CAN02', 'AP_CAN03', 'AP_CAN04']);
      expect((await store.listCommunity('plan', { limit: 2, offset: 1 })).map((r) => r.id)).toEqual(['AP_CAN02', 'AP_CAN03']);
      expect((await store.listCommunity('plan', { offset: 3 })).map((r) => r.id)).toEqual(['AP_CAN04']);
      const quarterly = { where: { field: 'cadence', value: 'quarterly' } };
      expect((await store.listCommunity('plan', quarterly)).map((r) => r.id)).toEqual(['AP_CAN01', 'AP_CAN02', 'AP_CAN04']);
      expect(await store.countCommunity('plan', quarterly)).toBe(3);
      expect(await store.countCommunity('plan', { where: { field: 'number', value: 3 } })).toBe(1);
      // A number does not match its text, nor a boolean its number.
      expect(await store.countCommunity('plan', { where: { field: 'number', value: '3' } })).toBe(0);
      await store.saveCommunity('declaration', [{ id: 'd1', title: {}, date: '2019', signatories: [], openGovernmentLanguage: true }], T0);
      await store.saveCommunity('declaration', [{ id: 'd2', title: {}, date: '2019', signatories: [], openGovernmentLanguage: false }], T0);
      expect((await store.listCommunity('declaration', { where: { field: 'openGovernmentLanguage', value: true } })).map((r) => r.id)).toEqual(['d1']);
      expect(await store.countCommunity('declaration', { where: { field: 'openGovernmentLanguage', value: 1 } })).toBe(0);
      expect(await store.countCommunity('plan')).toBe(4);
      expect(await store.countCommunity('member')).toBe(0);
    });

    it('accepts only plain field names in a filter', async () => {
      const store = await create();
      await store.saveCommunity('plan', [plan(1)], T0);
      for (const field of ["cadence') OR 1=1 --", 'title.en', '$.cadence', '', 'a b']) {
        await expect(store.listCommunity('plan', { where: { field, value: 'x' } })).rejects.toThrow(/not a plain field name/);
      }
      await expect(store.listCommunity('plan', { limit: -1 })).rejects.toThrow(/limit/);
      expect(await store.countCommunity('plan')).toBe(1);
    });

    it('deletes a record, and says when there was none', async () => {
      const store = await create();
      await store.saveCommunity('plan', [plan(1), plan(2)], T0);
      expect(await store.deleteCommunity('plan', 'AP_CAN01')).toBe(true);
      expect(await store.deleteCommunity('plan', 'AP_CAN01')).toBe(false);
      expect((await store.listCommunity('plan')).map((r) => r.id)).toEqual(['AP_CAN02']);
      await store.saveCommunity('plan', [plan(1)], T1);
      expect(await store.getCommunity('plan', 'AP_CAN01')).toMatchObject({ revision: 0, createdAt: T1 });
    });

    it('appends progress numbered per indicator and period, and filters it by indicator, commitment, plan and period', async () => {
      const store = await create();
      await store.saveCommunity('indicator', [indicator('C10.5.1'), indicator('C9.1.1')], T0);
      const first = await store.appendProgress([report('AP_CAN04:C10.5.1', '2019-03'), report('AP_CAN04:C10.5.1', '2019-03', 'C')], T1);
      expect(first.map((r) => r.id)).toEqual(['AP_CAN04:C10.5.1@2019-03#1', 'AP_CAN04:C10.5.1@2019-03#2']);
      expect(first[1]).toEqual({ ...report('AP_CAN04:C10.5.1', '2019-03', 'C'), id: 'AP_CAN04:C10.5.1@2019-03#2', recordedAt: T1 });
      const second = await store.appendProgress([report('AP_CAN04:C10.5.1', '2019-06'), report('AP_CAN04:C9.1.1', '2019-03'), report('AP_CAN04:C10.5.1', '2019-03')], T2);
      expect(second.map((r) => r.id)).toEqual(['AP_CAN04:C10.5.1@2019-06#1', 'AP_CAN04:C9.1.1@2019-03#1', 'AP_CAN04:C10.5.1@2019-03#3']);
      expect((await store.listProgress()).map((r) => r.id)).toEqual([
        'AP_CAN04:C10.5.1@2019-03#1',
        'AP_CAN04:C10.5.1@2019-03#2',
        'AP_CAN04:C10.5.1@2019-03#3',
        'AP_CAN04:C10.5.1@2019-06#1',
        'AP_CAN04:C9.1.1@2019-03#1',
      ]);
      expect((await store.listProgress({ indicator: 'AP_CAN04:C9.1.1' })).map((r) => r.id)).toEqual(['AP_CAN04:C9.1.1@2019-03#1']);
      expect(await store.listProgress({ commitment: 'CA0073' })).toHaveLength(4);
      expect(await store.listProgress({ commitment: 'CA0073', period: '2019-06' })).toHaveLength(1);
      expect(await store.listProgress({ plan: 'AP_CAN04' })).toHaveLength(5);
      expect(await store.listProgress({ plan: 'AP_CAN05' })).toHaveLength(0);
    });

    it('orders reports of one instant by their number, #10 after #9', async () => {
      const store = await create();
      await store.saveCommunity('indicator', [indicator('C10.5.1')], T0);
      await store.appendProgress(Array.from({ length: 11 }, () => report('AP_CAN04:C10.5.1', '2019-03')), T1);
      expect((await store.listProgress()).map((r) => r.id.split('#')[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    });

    it('refuses a progress batch naming an unknown indicator, recording nothing of it', async () => {
      const store = await create();
      await store.saveCommunity('indicator', [indicator('C10.5.1')], T0);
      await store.appendProgress([report('AP_CAN04:C10.5.1', '2019-03')], T1);
      const appending = store.appendProgress([report('AP_CAN04:C10.5.1', '2019-03'), report('AP_CAN04:C99.1.1', '2019-03')], T2);
      await expect(appending).rejects.toThrow(StoreError);
      await expect(store.appendProgress([report('AP_CAN04:C99.1.1', '2019-03')], T2)).rejects.toThrow(/AP_CAN04:C99\.1\.1/);
      expect((await store.listProgress()).map((r) => r.id)).toEqual(['AP_CAN04:C10.5.1@2019-03#1']);
      // The failed batch used no number.
      expect((await store.appendProgress([report('AP_CAN04:C10.5.1', '2019-03')], T2))[0]?.id).toBe('AP_CAN04:C10.5.1@2019-03#2');
      // Progress is never deleted, so neither is an indicator that has some.
      await expect(store.deleteCommunity('indicator', 'AP_CAN04:C10.5.1')).rejects.toThrow(/AP_CAN04:C10\.5\.1.*progress/);
      expect((await store.checkIntegrity()).ok).toBe(true);
    });

    it('keeps records, revisions and progress across a reopen', async () => {
      const store = await create();
      await store.saveCommunity('indicator', [indicator('C10.5.1')], T0);
      await store.saveCommunity('indicator', [{ ...indicator('C10.5.1'), leadInstitutions: ['IDRC'] }], T1);
      await store.appendProgress([report('AP_CAN04:C10.5.1', '2019-03')], T1);
      const again = await factory.reopen(store);
      open.splice(open.indexOf(store), 1, again);
      expect(await again.getCommunity('indicator', 'AP_CAN04:C10.5.1')).toMatchObject({ revision: 1, createdAt: T0, updatedAt: T1, data: { leadInstitutions: ['IDRC'] } });
      expect((await again.appendProgress([report('AP_CAN04:C10.5.1', '2019-03')], T2))[0]?.id).toBe('AP_CAN04:C10.5.1@2019-03#2');
      expect(await again.listProgress()).toHaveLength(2);
    });

    it('finds the newest finished full harvest of a source, whatever its status', async () => {
      const store = await create();
      expect(await store.lastFullJob('src-a')).toBeUndefined();
      await store.saveJob({ ...jobReport('src-a', 'j1', '2026-01-01T00:00:00Z'), status: 'succeeded' });
      await store.saveJob({ ...jobReport('src-a', 'j2', '2026-01-02T00:00:00Z'), status: 'failed' });
      await store.saveJob({ ...jobReport('src-a', 'j3', '2026-01-03T00:00:00Z'), mode: 'incremental' });
      const { finishedAt: _, ...running } = jobReport('src-a', 'j4', '2026-01-04T00:00:00Z');
      await store.saveJob({ ...running, status: 'running' });
      await store.saveJob(jobReport('src-b', 'j5', '2026-01-05T00:00:00Z'));
      expect((await store.lastFullJob('src-a'))?.id).toBe('j2');
      expect((await store.lastFullJob('src-b'))?.id).toBe('j5');
    });
  });
}
