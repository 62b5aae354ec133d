import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/community/import/import-file.js';
import { writeProgressCsv } from '../../src/community/import/progress-csv.js';

describe('importFile', () => {
  it('sends each file to its importer', () => {
    const csv = writeProgressCsv([{ indicator: 'AP_CAN06:C01.1.1', period: '2025-12', status: 'C', progress: { en: 'done', fr: 'fait' }, evidence: {}, challenges: {}, recordedBy: 'import:p.csv' }]);
    const progress = importFile('p.csv', new TextEncoder().encode(csv));
    expect(progress.format).toBe('progress-csv');
    expect(progress.progress).toHaveLength(1);
    const yaml = importFile('x.yaml', 'dataset_type: nap3\nresources:\n- fields:\n  - datastore_id: indicators\n    choices: {}\n');
    expect(yaml.format).toBe('nap-yaml');
    expect(yaml.problems[0]!.reason.en).toContain('reporting_period');
  });

  it('reports a file of no known format in both languages', () => {
    const result = importFile('notes.txt', 'hello');
    expect(result.format).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'notes.txt' });
    expect(result.problems[0]!.reason.fr).toContain('format inconnu');
  });
});
