// The two example mappings of examples/merge (a French and an English municipality, shaped
// differently) merge into one table of building permits.
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readMappingFile } from '../../../src/standards/merge/mapping-file.js';
import { mergedCsv, prepareMerge, type JurisdictionStats } from '../../../src/standards/merge/merger.js';
import { sourceOpener } from '../../../src/standards/merge/read-source.js';
import { permitSchema } from './permit-schema.js';

const EXAMPLES = resolve(import.meta.dirname, '../../../examples/merge');

async function mergeExamples(undeclared = false): Promise<{ rows: Record<string, string>[]; stats: JurisdictionStats[] }> {
  const mappings = ['laval.yaml', 'calgary.yaml'].map((f) => readMappingFile(resolve(EXAMPLES, f)));
  // Without the encoding and delimiter Laval declares, both are detected from the file.
  if (undeclared) for (const m of mappings) [delete m.encoding, delete m.delimiter];
  const open = sourceOpener();
  const prepared = await prepareMerge(mappings, permitSchema, 'building-permits', open);
  const stats: JurisdictionStats[] = [];
  const chunks: Uint8Array[] = [];
  for await (const chunk of mergedCsv(prepared, permitSchema, stats, { open, batchRows: 2 })) chunks.push(chunk);
  const rows = parse(Buffer.concat(chunks).toString('utf8'), { columns: true }) as Record<string, string>[];
  return { rows, stats };
}

describe('merging the example mappings', () => {
  it('detects Laval’s Windows-1252 and semicolons when the mapping does not declare them', async () => {
    const declared = await mergeExamples();
    const detected = await mergeExamples(true);
    expect(detected.rows).toEqual(declared.rows);
    expect(detected.rows.some((r) => r.work_description?.includes('’'))).toBe(true);
  });

  it('writes jurisdiction first, then the standard fields in order', async () => {
    const { rows } = await mergeExamples();
    expect(Object.keys(rows[0]!)).toEqual(['jurisdiction', ...permitSchema.fields.map((f) => f.name)]);
  });

  it('maps the French, semicolon, Windows-1252 file: codes, day-first dates, decimal commas, WKT points', async () => {
    const { rows } = await mergeExamples();
    const laval = rows.filter((r) => r.jurisdiction === 'CA-QC-laval');
    expect(laval).toHaveLength(5);
    expect(laval[0]).toMatchObject({
      permit_number: '2024-00153',
      permit_type: 'building',
      work_type: 'new',
      building_use: 'residential',
      work_description: 'Construction d’une maison unifamiliale isolée',
      status: 'issued',
      street_address: '1245 boulevard Lévesque Est',
      application_date: '2024-01-08',
      issued_date: '2024-02-22',
      estimated_cost: '485000.00',
      floor_area: '186.5',
      latitude: '45.6122',
      longitude: '-73.6418',
    });
    // A permit still under review has no issue date; `Enseigne` is a sign.
    expect(laval[2]).toMatchObject({ permit_type: 'demolition', status: 'under-review', issued_date: '', estimated_cost: '42000.00' });
    expect(laval[4]).toMatchObject({ permit_type: 'sign', estimated_cost: '8900.00' });
  });

  it('maps the English file: ISO date-times to dates, the split address joined, square feet to square metres', async () => {
    const { rows } = await mergeExamples();
    const calgary = rows.filter((r) => r.jurisdiction === 'CA-AB-calgary');
    expect(calgary.map((r) => r.permit_number)).toEqual(['BP2024-07712', 'BP2024-10055', 'BP2024-11230', 'DP2024-00981']);
    expect(calgary[0]).toMatchObject({ street_address: '1312 17 Avenue NW', application_date: '2024-04-22', issued_date: '2024-07-15', floor_area: '96', work_type: 'addition' });
    expect(calgary[1]).toMatchObject({ status: 'under-review', building_use: 'commercial', work_type: 'alteration', issued_date: '' });
    expect(calgary[3]).toMatchObject({ completed_date: '2024-05-10', permit_type: 'demolition' });
  });

  it('counts rows read, written and blank per jurisdiction, with no problem in the examples', async () => {
    const { stats } = await mergeExamples();
    expect(stats.map((s) => [s.jurisdiction.code, s.rowsRead, s.rowsWritten, s.blankRows, s.problems.count])).toEqual([
      ['CA-QC-laval', 6, 5, 1, 0],
      ['CA-AB-calgary', 4, 4, 0, 0],
    ]);
    expect(stats.map((s) => [s.firstRow, s.lastRow])).toEqual([
      [2, 6],
      [7, 10],
    ]);
  });
});
