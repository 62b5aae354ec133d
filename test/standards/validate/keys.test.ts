// Primary and unique keys over many rows, kept as fingerprints in typed arrays.
import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../../../src/standards/table-schema.js';
import { FingerprintSet } from '../../../src/standards/validate/keys.js';
import { validateText } from './helpers.js';

describe('keys over many rows', () => {
  it('finds exactly the duplicated composite keys among 200,000 rows, naming the first row of each', async () => {
    const lines = ['region,number,label'];
    const duplicates = new Map<number, number>(); // row → first row
    for (let i = 0; i < 200_000; i++) {
      const row = i + 2;
      if (i > 0 && i % 40_000 === 0) {
        const copied = i - 12_345;
        lines.push(`R${copied % 7},${copied},copy`);
        duplicates.set(row, copied + 2);
      } else lines.push(`R${i % 7},${i},item ${i}`);
    }
    const schema: TableSchema = { fields: [{ name: 'region', type: 'string' }, { name: 'number', type: 'integer' }, { name: 'label', type: 'string' }], primaryKey: ['region', 'number'] };
    const report = await validateText(`${lines.join('\n')}\n`, schema, { chunk: 65_536 });
    expect(report.stats.rows).toBe(200_000);
    expect(report.errors.map((e) => [e.type, e.rowNumber, e.note])).toEqual([...duplicates].map(([row, first]) => ['primary-key-error', row, `duplicate of row ${first}`]));
  });

  it('keeps a million distinct keys without a false duplicate in at most 32 bytes each', () => {
    const set = new FingerprintSet();
    let clashes = 0;
    for (let i = 1; i <= 1_000_000; i++) if (set.add(`key-${i}`, i) !== 0) clashes++;
    expect(clashes).toBe(0);
    expect(set.size).toBe(1_000_000);
    expect(set.bytes / set.size).toBeLessThanOrEqual(32);
    expect(set.add('key-777', 5)).toBe(777);
  });
});
