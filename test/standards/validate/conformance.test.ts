// Real CSVs (Government of Canada crosswalk tables, the OGP commitments export) read with
// schemas written here: the right row counts, and the errors they really have, found by
// reading the files with Python's csv module.
import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../../../src/standards/table-schema.js';
import type { ValidationReport } from '../../../src/standards/validate/report.js';
import { validateCsv } from '../../../src/standards/validate/validate.js';
import { fixture, fixturesPresent } from '../../helpers/fixtures.js';

function validateFile(path: string, schema: TableSchema, limitErrors = 1000): Promise<ValidationReport> {
  return validateCsv(createReadStream(path, { highWaterMark: 4096 }), schema, { schemaName: 'test', sourceName: path, limitErrors });
}

const rowsOf = (report: ValidationReport, type: string, field?: string) =>
  report.errors.filter((e) => e.type === type && (field === undefined || e.fieldName === field)).map((e) => e.rowNumber);

const tables = (...parts: string[]) => fixture('canada', 'crosswalk-tables', ...parts);

describe.skipIf(!fixturesPresent)('conformance on real CSVs', () => {
  it('SHARED/Format.csv: 594 formats, valid, with dates as %Y%m%d and province codes', async () => {
    const schema: TableSchema = {
      fields: [
        { name: 'original_value', type: 'string', constraints: { required: true } },
        { name: 'real_value', type: 'string' },
        { name: 'resource_type_fr', type: 'string' },
        { name: 'resource_type_en', type: 'string', constraints: { enum: ['Dataset', 'Supporting Document', 'Web Service', 'Application'] } },
        { name: 'date_added', type: 'date', format: '%Y%m%d' },
        { name: 'province', type: 'string', constraints: { pattern: '[A-Z]{2}' } },
      ],
      primaryKey: ['original_value'],
    };
    const report = await validateFile(tables('SHARED', 'Format.csv'), schema);
    expect(report.errors).toEqual([]);
    expect(report.stats.rows).toBe(594);
    expect(report.encoding).toBe('utf-8-sig');
    expect(report.delimiter).toBe(',');
  });

  it('SHARED/GeospatialValidation.csv: French booleans, and 55 rows without their third cell', async () => {
    const schema: TableSchema = {
      fields: [
        { name: 'fgp_publish', type: 'boolean', trueValues: ['Oui', 'oui'], falseValues: ['Non', 'non'] },
        { name: 'format', type: 'string' },
        { name: 'spatial_type', type: 'string', constraints: { enum: ['a-grid', 'b-vector', 'c-textTable'] } },
      ],
      primaryKey: ['format'],
    };
    const report = await validateFile(tables('SHARED', 'GeospatialValidation.csv'), schema);
    expect(report.encoding).toBe('utf-8');
    expect(report.stats.rows).toBe(187);
    expect(report.stats.byType).toEqual({ 'missing-cell': 55 });
    expect(rowsOf(report, 'missing-cell').slice(0, 6)).toEqual([9, 19, 112, 120, 134, 135]);
    expect(rowsOf(report, 'missing-cell').at(-1)).toBe(188);
    expect(report.errors.every((e) => e.fieldNumber === 3 && e.fieldName === 'spatial_type')).toBe(true);
  });

  it('GeoDCAT/Topic_OSDP_NAP.csv: one extra cell, on the "location" row', async () => {
    const schema: TableSchema = { fields: [{ name: 'original_value', type: 'string' }, { name: 'real_value_english', type: 'string' }], primaryKey: ['original_value'] };
    const report = await validateFile(tables('GeoDCAT', 'Topic_OSDP_NAP.csv'), schema);
    expect(report.stats.rows).toBe(12);
    expect(report.errors.map((e) => [e.type, e.rowNumber, e.fieldNumber])).toEqual([['extra-cell', 9, 3]]);
  });

  it('SHARED/Mime_type.csv: semicolons inside cells do not make it a ; file', async () => {
    const schema: TableSchema = { fields: [{ name: 'mime_type', type: 'string', constraints: { unique: true } }, { name: 'format', type: 'string' }] };
    const report = await validateFile(tables('SHARED', 'Mime_type.csv'), schema);
    expect(report.delimiter).toBe(',');
    expect(report.stats.rows).toBe(21);
    expect(report.errors).toEqual([]);
  });

  it('the OGP commitments export: 558 records over CRLF and quoted line breaks, and its dates not in %m/%d/%Y', async () => {
    const date = (name: string) => ({ name, type: 'date' as const, format: '%m/%d/%Y', missingValues: ['NA'] });
    const schema: TableSchema = {
      fields: [
        { name: 'Commitment Unique Identifier', type: 'string', constraints: { pattern: '[A-Z]{2,3}\\d{4}' } },
        { name: 'Action Plan Number', type: 'integer', constraints: { minimum: 1 } },
        { name: 'Region', type: 'string', constraints: { enum: ['Europe', 'Asia and the Pacific', 'Africa and the Middle East', 'Americas'] } },
        { name: 'Year Of Submission', type: 'year' },
        { name: 'Action Plan End Year', type: 'year' },
        date('Start Date'),
        date('End Date'),
        { name: 'Anti-Corruption and Integrity', type: 'boolean' },
      ],
      fieldsMatch: 'subset',
      primaryKey: ['Commitment Unique Identifier'],
    };
    const report = await validateFile(fixture('ogp', 'ogp-commitments-sample.csv'), schema);
    expect(report.stats.rows).toBe(558);
    expect(report.stats.byType).toEqual({ 'type-error': 247 });
    const start = rowsOf(report, 'type-error', 'Start Date');
    expect(start).toHaveLength(90);
    expect(start.slice(0, 5)).toEqual([10, 11, 12, 24, 27]);
    const end = rowsOf(report, 'type-error', 'End Date');
    expect(end).toHaveLength(157);
    expect(end.slice(0, 5)).toEqual([10, 11, 20, 24, 25]);
    expect(report.errors.find((e) => e.rowNumber === 25 && e.fieldName === 'End Date')?.cell).toBe('31/12/2016');
  });
});
