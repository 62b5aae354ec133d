// CommunityEditor over a real SQLite store: ids, references, replacements, deadline history and
// deletions refused while something depends on the record.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommunityEditor } from '../../src/community/edits.js';
import { withDeadlineHistory } from '../../src/community/indicators/deadline-history.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { stubDocument } from '../store/stub-document.js';
import { indicator, plan } from './records.js';

let store: SqliteStore;
let editor: CommunityEditor;
let clock: number;
beforeEach(async () => {
  store = SqliteStore.open({ path: ':memory:', buildDocument: stubDocument });
  clock = Date.parse('2026-03-01T00:00:00Z');
  editor = new CommunityEditor(store, () => new Date((clock += 1000)));
  await store.saveCommunity('plan', [plan('AP_CAN05', { periods: ['2022-06'] })], '2026-01-01T00:00:00Z');
});
afterEach(() => store.close());

const COMMITMENT = { plan: 'AP_CAN05', code: 'C01', title: { en: 'Open data' } };
const MILESTONE = { plan: 'AP_CAN05', commitment: 'AP_CAN05:C01', code: 'C01.1', title: { en: 'Milestone' } };
const deadline = (due: string) => ({ precision: 'day', due, text: { en: due } });
const INDICATOR = { plan: 'AP_CAN05', commitment: 'AP_CAN05:C01', code: 'C01.1.1', text: { en: 'Indicator' }, deadline: deadline('2023-12-31') };

describe('CommunityEditor', () => {
  it('creates records under their deterministic ids and refuses a second create of one', async () => {
    expect(await editor.create('commitment', COMMITMENT, 'test')).toMatchObject({ status: 'created', record: { id: 'AP_CAN05:C01', revision: 0 } });
    expect(await editor.create('commitment', COMMITMENT, 'test')).toEqual({ status: 'exists', id: 'AP_CAN05:C01' });
  });

  it('refuses records whose plan, commitment, milestone or indicators do not exist, naming the field', async () => {
    const outcome = await editor.create('indicator', INDICATOR, 'test');
    expect(outcome.status === 'invalid' && outcome.errors.map((e) => e.field)).toEqual(['commitment', 'milestone']);
    const event = await editor.create('event', { kind: 'workshop', title: { en: 'W' }, start: '2022-05-01', timeZone: 'UTC', attendance: 'online', indicators: ['AP_CAN05:C09.9.9'] }, 'test');
    expect(event.status === 'invalid' && event.errors.map((e) => [e.field, e.fr.includes('AP_CAN05:C09.9.9')])).toEqual([['indicators[0]', true]]);
    expect(await store.countCommunity('indicator')).toBe(0);
  });

  it('keeps a deadline history that grows only when the deadline changes, stamped with who changed it', async () => {
    await editor.create('commitment', COMMITMENT, 'test');
    await editor.create('milestone', MILESTONE, 'test');
    await editor.create('indicator', INDICATOR, 'api:first');
    const unchanged = await editor.replace('indicator', 'AP_CAN05:C01.1.1', { ...INDICATOR, text: { en: 'Reworded' } }, 'api:second');
    expect(unchanged.status === 'replaced' && unchanged.record.data.deadlineHistory.map((c) => [c.deadline.due, c.by])).toEqual([['2023-12-31', 'api:first']]);
    const moved = await editor.replace('indicator', 'AP_CAN05:C01.1.1', { ...INDICATOR, deadline: deadline('2024-06-30') }, 'api:third');
    expect(moved.status === 'replaced' && moved.record.data.deadlineHistory.map((c) => [c.deadline.due, c.by])).toEqual([
      ['2023-12-31', 'api:first'],
      ['2024-06-30', 'api:third'],
    ]);
    expect(await editor.replace('indicator', 'AP_CAN05:C01.1.9', INDICATOR, 'x')).toEqual({ status: 'missing', id: 'AP_CAN05:C01.1.9' });
  });

  it('deletes only what nothing depends on: children, then progress reports, block it', async () => {
    await editor.create('commitment', COMMITMENT, 'test');
    await editor.create('milestone', MILESTONE, 'test');
    await editor.create('indicator', INDICATOR, 'test');
    expect(await editor.delete('plan', 'AP_CAN05')).toMatchObject({ status: 'in-use', dependents: [{ kind: 'commitment', ids: ['AP_CAN05:C01'] }, { kind: 'milestone' }, { kind: 'indicator' }] });
    await store.appendProgress([{ indicator: 'AP_CAN05:C01.1.1', period: '2022-06', status: 'SP', progress: { en: 'x', fr: 'x' }, evidence: {}, challenges: {}, recordedBy: 'test' }], '2026-01-01T00:00:00Z');
    expect(await editor.delete('indicator', 'AP_CAN05:C01.1.1')).toEqual({ status: 'in-use', dependents: [{ kind: 'progress', ids: ['AP_CAN05:C01.1.1@2022-06#1'] }] });
    expect(await editor.delete('declaration', 'none')).toEqual({ status: 'missing' });
    await editor.create('declaration', { title: { en: 'D' }, date: '2022', openGovernmentLanguage: false }, 'test');
    expect(await editor.delete('declaration', 'd-2022')).toEqual({ status: 'deleted' });
  });
});

describe('withDeadlineHistory', () => {
  it('starts the history of a new indicator and ignores a history the input carries', () => {
    const forged = indicator('AP_CAN05:C01.1.1', { deadlineHistory: [{ deadline: { precision: 'ongoing', text: {} }, at: '1999-01-01T00:00:00Z', by: 'forged' }] });
    const started = withDeadlineHistory(undefined, forged, '2026-01-01T00:00:00Z', 'api:x');
    expect(started.deadlineHistory).toEqual([{ deadline: forged.deadline, at: '2026-01-01T00:00:00Z', by: 'api:x' }]);
  });
});
