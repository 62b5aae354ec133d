import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/community/import/detect-format.js';
import { writeProgressCsv } from '../../src/community/import/progress-csv.js';
import { fixture, fixturesPresent } from '../helpers/fixtures.js';

describe('detectFormat', () => {
  it('reads the content before the name', () => {
    const progress = writeProgressCsv([]);
    expect(detectFormat('data.csv', progress)).toBe('progress-csv');
    expect(detectFormat('ogp.csv', new TextEncoder().encode(progress))).toBe('progress-csv');
    expect(detectFormat('x.txt', 'Commitment Unique Identifier,Code,Action Plan ID\nCA0073,CAN,AP_CAN04\n')).toBe('ogp-csv');
    expect(detectFormat('plan.txt', 'dataset_type: nap9\nresources:\n- fields:\n  - datastore_id: indicators\n')).toBe('nap-yaml');
  });

  it('falls back on the name, and says nothing when neither tells', () => {
    expect(detectFormat('canada-nap7.yaml', '')).toBe('nap-yaml');
    expect(detectFormat('ogp-commitments.csv', 'a,b\n')).toBe('ogp-csv');
    expect(detectFormat('nap6-progress.csv', 'a,b\n')).toBe('progress-csv');
    expect(detectFormat('notes.csv', 'a,b\n')).toBeUndefined();
    expect(detectFormat('readme.md', '# hello')).toBeUndefined();
  });
});

describe.skipIf(!fixturesPresent)('detectFormat on the fixtures', () => {
  it.each([
    ['canada-nap5.yaml', 'nap-yaml'],
    ['canada-nap6.yaml', 'nap-yaml'],
    ['ogp-commitments-sample.csv', 'ogp-csv'],
  ])('%s is %s, whatever its name', (file, format) => {
    expect(detectFormat('upload', readFileSync(fixture('ogp', file)))).toBe(format);
  });
  it('does not take the consultations file for a tracker', () => {
    expect(detectFormat('upload', readFileSync(fixture('ogp', 'canada-consultations.yaml')))).toBeUndefined();
  });
});
