import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { applyImport } from '../../src/community/import/apply.js';
import { seedCommunity } from '../../src/community/seed/apply.js';
import { importNapYaml } from '../../src/community/import/nap-yaml.js';
import { importOgpCsv } from '../../src/community/import/ogp-csv.js';
import { importProgressCsv, writeProgressCsv } from '../../src/community/import/progress-csv.js';
import type { CommunityKind, NewProgressReport } from '../../src/core/community/types.js';
import type { CommunityStore } from '../../src/store/community.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { fixture, fixturesPresent } from '../helpers/fixtures.js';
import { stubDocument } from '../store/stub-document.js';

const nap = (deadline: string) => `dataset_type: nap4
title: 4th National Action Plan on Open Government Tracker
resources:
- fields:
  - datastore_id: reporting_period
    choices: {2019-01: 2019-01, 2019-04: 2019-04}
  - datastore_id: commitments
    choices:
      C10: {en: Open Government Community, fr: Communauté du gouvernement ouvert}
  - datastore_id: milestones
    choices:
      C10.5: {en: Federated search, fr: Recherche fédérée}
  - datastore_id: indicators
    choices:
      C10.5.1:
        en: Two more provinces
        fr: Deux autres provinces
        deadline: {en: "${deadline}"}
        lead_dept: tbs-sct
      C10.5.2:
        en: Two municipalities
        fr: Deux municipalités
        deadline: {en: May 2020}
        lead_dept: tbs-sct
`;

const report = (status: NewProgressReport['status'], en: string): NewProgressReport => ({
  indicator: 'AP_CAN04:C10.5.1',
  period: '2019-04',
  status,
  progress: { en, fr: `${en} (fr)` },
  evidence: {},
  challenges: status === 'LP' ? { en: 'time', fr: 'temps' } : {},
  recordedBy: 'import:p.csv',
});

const opened: SqliteStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});
const open = (): CommunityStore => {
  const store = SqliteStore.open({ path: ':memory:', buildDocument: stubDocument });
  opened.push(store);
  return store;
};

describe('applyImport (sqlite store on :memory:)', () => {
  it('saves parents before children, and a second import of the same file changes nothing', async () => {
    const store = open();
    const calls: CommunityKind[] = [];
    const save = store.saveCommunity.bind(store);
    store.saveCommunity = (kind, records, at) => (calls.push(kind), save(kind, records, at));
    const result = importNapYaml(nap('May 2019'), 'nap4.yaml');
    const first = await applyImport(store, result, '2026-01-01T00:00:00.000Z', 'import:nap4.yaml');
    expect(calls).toEqual(['plan', 'commitment', 'milestone', 'indicator']);
    expect(first.saved.indicator!.created).toHaveLength(2);
    const stored = await store.getCommunity('indicator', 'AP_CAN04:C10.5.1');
    expect(stored!.data.deadlineHistory).toEqual([{ deadline: stored!.data.deadline, at: '2026-01-01T00:00:00.000Z', by: 'import:nap4.yaml' }]);

    const again = await applyImport(store, importNapYaml(nap('May 2019'), 'nap4.yaml'), '2026-02-01T00:00:00.000Z', 'import:nap4.yaml');
    for (const kind of ['plan', 'commitment', 'milestone', 'indicator'] as const) {
      expect(again.saved[kind]!.created.concat(again.saved[kind]!.updated)).toEqual([]);
    }
    expect((await store.getCommunity('indicator', 'AP_CAN04:C10.5.1'))!.revision).toBe(0);
  });

  it('appends to the deadline history only when the deadline changed', async () => {
    const store = open();
    await applyImport(store, importNapYaml(nap('May 2019'), 'nap4.yaml'), '2026-01-01T00:00:00.000Z', 'import:nap4.yaml');
    const outcome = await applyImport(store, importNapYaml(nap('By December 2019'), 'nap4b.yaml'), '2026-03-01T00:00:00.000Z', 'import:nap4b.yaml');
    expect(outcome.saved.indicator).toMatchObject({ updated: ['AP_CAN04:C10.5.1'], unchanged: ['AP_CAN04:C10.5.2'] });
    const stored = (await store.getCommunity('indicator', 'AP_CAN04:C10.5.1'))!;
    expect(stored.revision).toBe(1);
    expect(stored.data.deadline.due).toBe('2019-12-31');
    expect(stored.data.deadlineHistory.map((h) => [h.deadline.due, h.by])).toEqual([['2019-05-31', 'import:nap4.yaml'], ['2019-12-31', 'import:nap4b.yaml']]);
  });

  it('keeps targets set in the store when the import brings none', async () => {
    const store = open();
    await applyImport(store, importNapYaml(nap('May 2019'), 'nap4.yaml'), '2026-01-01T00:00:00.000Z', 'seed');
    const stored = (await store.getCommunity('indicator', 'AP_CAN04:C10.5.1'))!.data;
    await store.saveCommunity('indicator', [{ ...stored, targets: [{ label: { en: 'provinces' }, target: 2 }] }], '2026-01-02T00:00:00.000Z');
    await applyImport(store, importNapYaml(nap('May 2019'), 'nap4.yaml'), '2026-01-03T00:00:00.000Z', 'import:nap4.yaml');
    expect((await store.getCommunity('indicator', 'AP_CAN04:C10.5.1'))!.data.targets).toHaveLength(1);
  });

  it('updates a seeded commitment rather than adding a twin: CA0073 is AP_CAN04 C10, whatever the tracker calls it', async () => {
    const store = open();
    await seedCommunity(store, '2026-01-01T00:00:00.000Z');
    const before = (await store.getCommunity('commitment', 'CA0073'))!.data;
    const seededIndicator = (await store.getCommunity('indicator', 'AP_CAN04:C10.5.1'))!.data;
    await applyImport(store, importNapYaml(nap('By December 2019'), 'nap4.yaml'), '2026-02-01T00:00:00.000Z', 'import:nap4.yaml');
    expect(await store.getCommunity('commitment', 'AP_CAN04:C10')).toBeUndefined();
    const after = (await store.getCommunity('commitment', 'CA0073'))!.data;
    // What the tracker says wins; what it leaves out (OGP id, page, policy areas) stays.
    expect(after).toMatchObject({ ogpId: 'CA0073', url: before.url, policyAreas: before.policyAreas, code: 'C10' });
    expect((await store.getCommunity('milestone', 'AP_CAN04:C10.5'))!.data.commitment).toBe('CA0073');
    const indicator = (await store.getCommunity('indicator', 'AP_CAN04:C10.5.1'))!.data;
    expect(indicator).toMatchObject({ commitment: 'CA0073', text: { en: 'Two more provinces' }, targets: seededIndicator.targets });
    expect(indicator.deadlineHistory.map((h) => [h.deadline.due, h.by])).toEqual([['2020-05-31', 'seed'], ['2019-12-31', 'import:nap4.yaml']]);
    expect((await store.getCommunity('indicator', 'AP_CAN04:C10.5.2'))!.data.commitment).toBe('CA0073');
  });

  it('appends progress once: identical rows are skipped, changed rows appended, unknown indicators reported', async () => {
    const store = open();
    await applyImport(store, importNapYaml(nap('May 2019'), 'nap4.yaml'), '2026-01-01T00:00:00.000Z', 'seed');
    const csv = writeProgressCsv([report('LP', 'started'), { ...report('NS', 'NIL'), indicator: 'AP_CAN04:C10.5.2', challenges: { en: 'x', fr: 'y' } }]);
    const first = await applyImport(store, importProgressCsv(csv, 'p.csv'), '2026-01-05T00:00:00.000Z', 'import:p.csv');
    expect(first.progress).toEqual({ appended: 2, unchanged: 0 });
    const again = await applyImport(store, importProgressCsv(csv, 'p.csv'), '2026-01-06T00:00:00.000Z', 'import:p.csv');
    expect(again.progress).toEqual({ appended: 0, unchanged: 2 });

    const changed = importProgressCsv(writeProgressCsv([report('SP', 'done'), report('SP', 'done'), { ...report('SP', 'x'), indicator: 'AP_CAN04:C99.1.1' }]), 'q.csv');
    const third = await applyImport(store, changed, '2026-01-07T00:00:00.000Z', 'import:q.csv');
    expect(third.progress).toEqual({ appended: 1, unchanged: 1 });
    expect(third.problems).toMatchObject([{ file: 'import:q.csv', value: 'AP_CAN04:C99.1.1' }]);
    const rows = await store.listProgress({ indicator: 'AP_CAN04:C10.5.1' });
    expect(rows.map((r) => [r.id, r.status])).toEqual([['AP_CAN04:C10.5.1@2019-04#1', 'LP'], ['AP_CAN04:C10.5.1@2019-04#2', 'SP']]);
  });
});

describe.skipIf(!fixturesPresent)('applyImport on the real files', () => {
  it('imports the OGP sheet and both NAP trackers, and a second pass changes nothing', async () => {
    const store = open();
    const files = [
      ['ogp-commitments-sample.csv', (text: string, name: string) => importOgpCsv(text, name)],
      ['canada-nap5.yaml', importNapYaml],
      ['canada-nap6.yaml', importNapYaml],
    ] as const;
    for (const pass of [1, 2]) {
      for (const [name, read] of files) {
        const outcome = await applyImport(store, read(readFileSync(fixture('ogp', name), 'utf8'), name), `2026-01-0${pass}T00:00:00.000Z`, `import:${name}`);
        const changed = Object.values(outcome.saved).flatMap((s) => [...s.created, ...s.updated]);
        if (pass === 1) expect(changed.length).toBeGreaterThan(0);
        else expect(changed).toEqual([]);
      }
    }
    expect(await store.countCommunity('indicator', { where: { field: 'plan', value: 'AP_CAN06' } })).toBeGreaterThan(50);
    expect((await store.getCommunity('commitment', 'CA0066'))!.data.plan).toBe('AP_CAN04');
  });
});
