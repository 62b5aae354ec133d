import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { columnsOf, exportProgress, exportRecords, flattenRecord } from '../../src/community/export/table.js';
import type { Commitment, Indicator, ProgressReport } from '../../src/core/community/types.js';

const indicator: Indicator = {
  id: 'AP_CAN04:C10.5.1',
  plan: 'AP_CAN04',
  commitment: 'CA0073',
  milestone: 'AP_CAN04:C10.5',
  code: 'C10.5.1',
  text: { en: 'Extend search to "2" provinces, then more', fr: 'Étendre la recherche à 2 provinces' },
  deadline: { precision: 'month', from: '2019-05-01', due: '2019-05-31', text: { en: 'May 2019' } },
  deadlineHistory: [{ deadline: { precision: 'month', from: '2019-05-01', due: '2019-05-31', text: { en: 'May 2019' } }, at: '2026-01-01T00:00:00.000Z', by: 'seed' }],
  leadInstitutions: ['tbs-sct', 'statcan'],
  supportingInstitutions: [],
  targets: [{ label: { en: 'provinces' }, target: 2, count: { of: 'sources', levels: ['provincial'] } }],
};

describe('table export', () => {
  it('flattens bilingual fields, nested objects, lists and lists of objects', () => {
    const row = flattenRecord(indicator);
    expect(row).toMatchObject({
      id: 'AP_CAN04:C10.5.1',
      text_en: indicator.text.en,
      text_fr: indicator.text.fr,
      deadline_precision: 'month',
      deadline_due: '2019-05-31',
      deadline_text_en: 'May 2019',
      leadInstitutions: 'tbs-sct; statcan',
      supportingInstitutions: '',
    });
    expect(row.deadline_text_fr).toBeUndefined();
    expect(JSON.parse(row.targets!)).toEqual(indicator.targets);
    expect(JSON.parse(row.deadlineHistory!)).toEqual(indicator.deadlineHistory);
  });

  it('writes CSV that a CSV reader reads back cell for cell, id first', () => {
    const other: Indicator = { ...indicator, id: 'AP_CAN04:C10.5.2', code: 'C10.5.2', deadline: { precision: 'ongoing', text: { fr: 'En cours' } } };
    const csv = exportRecords('indicator', [indicator, other], 'csv');
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!)[0]).toBe('id');
    expect(rows[0]!.text_en).toBe(indicator.text.en);
    expect(rows[1]!.deadline_due).toBe('');
    expect(rows[1]!.deadline_text_fr).toBe('En cours');
    expect(columnsOf([flattenRecord(indicator), flattenRecord(other)])).toEqual(Object.keys(rows[0]!));
  });

  it('exports JSON losslessly', () => {
    const commitment: Commitment = { id: 'CA0073', ogpId: 'CA0073', plan: 'AP_CAN04', title: { en: 'Open Government Community' }, text: {}, leadInstitutions: ['TBS'], supportingInstitutions: [], policyAreas: ['Open Data'], ogpValues: ['access-to-information'] };
    expect(JSON.parse(exportRecords('commitment', [commitment], 'json'))).toEqual([commitment]);
  });

  it('exports progress reports with both languages in their own columns', () => {
    const report: ProgressReport = { id: 'AP_CAN04:C10.5.1@2019-06#1', indicator: 'AP_CAN04:C10.5.1', period: '2019-06', status: 'LP', progress: { en: '- one\n- two', fr: '- un\n- deux' }, evidence: {}, challenges: { en: 'Funding; time', fr: 'Financement' }, recordedAt: '2026-01-01T00:00:00.000Z', recordedBy: 'import:p.csv' };
    const [row] = parse(exportProgress([report], 'csv'), { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ id: report.id, status: 'LP', progress_en: '- one\n- two', progress_fr: '- un\n- deux', challenges_en: 'Funding; time', recordedBy: 'import:p.csv' });
    expect(JSON.parse(exportProgress([report], 'json'))).toEqual([report]);
  });
});
