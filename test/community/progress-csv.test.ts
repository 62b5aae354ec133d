import { describe, expect, it } from 'vitest';
import { importProgressCsv, writeProgressCsv } from '../../src/community/import/progress-csv.js';
import type { NewProgressReport } from '../../src/core/community/types.js';

const HEADER = 'plan,reporting_period,commitments,milestones,indicators,status,progress_en,progress_fr,evidence_en,evidence_fr,challenges_en,challenges_fr';

const reports: NewProgressReport[] = [
  {
    indicator: 'AP_CAN06:C01.1.1',
    period: '2025-12',
    status: 'SP',
    progress: { en: '- Materials drafted\n- Call for proposals, "soon"', fr: '- Matériel rédigé\n- Appel à propositions' },
    evidence: { en: 'Posted at [link](https://example.org/a,b)', fr: 'Publié sur [lien](https://example.org/a,b)' },
    challenges: {},
    recordedBy: 'import:p.csv',
  },
  {
    indicator: 'AP_CAN05:C03.2.1',
    period: '2024-06',
    status: 'LP',
    progress: { en: 'NIL', fr: 'NUL' },
    evidence: {},
    challenges: { en: 'Change of funding; été', fr: 'Changement de financement' },
    recordedBy: 'import:p.csv',
  },
];

describe('progress CSV', () => {
  it('reads back exactly what it wrote (quotes, commas, line breaks, accents)', () => {
    const written = writeProgressCsv(reports);
    expect(written.startsWith('\uFEFF')).toBe(true);
    const read = importProgressCsv(written, 'p.csv');
    expect(read.problems).toEqual([]);
    expect(read.progress).toEqual(reports);
    expect(importProgressCsv(new TextEncoder().encode(written), 'p.csv').progress).toEqual(reports);
  });

  it('reads Windows-1252 bytes and full-text choices, with a default plan', () => {
    const text = 'reporting_period,commitments,milestones,indicators,status,progress_en,progress_fr,evidence_en,evidence_fr,challenges_en,challenges_fr\r\n' +
      '2026-06,C01: Climat,C01.1: Jalon,C01.1.2: Fournir,Progrès important,Done,Réalisé en été,,,,\r\n';
    const bytes = Uint8Array.from([...text].map((ch) => ({ 'è': 0xe8, 'é': 0xe9 })[ch] ?? ch.charCodeAt(0)));
    const read = importProgressCsv(bytes, 'win.csv', { plan: 'AP_CAN06' });
    expect(read.problems).toEqual([]);
    expect(read.progress[0]).toMatchObject({ indicator: 'AP_CAN06:C01.1.2', status: 'SP', progress: { en: 'Done', fr: 'Réalisé en été' } });
  });

  it('reports each bad row with row, column, value and reason in both languages, and keeps the good ones', () => {
    const csv = [
      HEADER,
      'AP_CAN06,2025-12,C01,C01.1,C01.1.1,XX,a,b,,,,',
      'AP_CAN06,2025-13,C01,C01.1,C01.1.1,SP,a,b,,,,',
      'AP_CAN06,2025-12,C01,C01.1,C01.1.1,SP,,b,,,,',
      'AP_CAN06,2025-12,C01,C01.1,C01.1.1,NS,a,b,,,,défi',
      'AP_CAN06,2025-12,C01,C01.1,C01.1.1,C,a,b,,,,',
      'AP_CAN06,2025-12,C02,C01.1,C01.1.1,C,a,b,,,,',
    ].join('\n');
    const read = importProgressCsv(csv, 'bad.csv');
    expect(read.progress.map((p) => p.status)).toEqual(['C']);
    expect(read.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, 'status', 'XX'],
      [3, 'reporting_period', '2025-13'],
      [4, 'progress_en', ''],
      [5, 'challenges_en', ''],
      [7, 'commitments', 'C02'],
    ]);
    for (const p of read.problems) {
      expect(p.file).toBe('bad.csv');
      expect(p.reason.en).toBeTruthy();
      expect(p.reason.fr).toBeTruthy();
    }
  });

  it('names the columns missing from the header', () => {
    const read = importProgressCsv('plan,reporting_period,indicators\nAP_CAN06,2025-12,C01.1.1\n', 'h.csv');
    expect(read.progress).toEqual([]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ row: 1 });
    expect(read.problems[0]!.column).toContain('status');
    expect(read.problems[0]!.column).toContain('challenges_fr');
  });
});

describe('progress CSV without rows', () => {
  it('says that a file with only a header holds no rows', () => {
    const read = importProgressCsv(writeProgressCsv([]), 'empty.csv');
    expect(read.progress).toEqual([]);
    expect(read.problems).toMatchObject([{ file: 'empty.csv', row: 2, reason: { en: 'no data rows after the header' } }]);
  });
});
