// Each Frictionless error type, with the rows and columns it names.
import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../../../src/standards/table-schema.js';
import { brief, validateText } from './helpers.js';

const schema: TableSchema = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'name', type: 'string', constraints: { required: true, maxLength: 10 } },
    { name: 'amount', type: 'number', constraints: { minimum: 0 } },
    { name: 'kind', type: 'string', constraints: { enum: ['A', 'B'] } },
  ],
  primaryKey: ['id'],
};

describe('validateCsv: errors with their rows', () => {
  it('finds nothing wrong in a valid file and counts its rows', async () => {
    const report = await validateText('id,name,amount,kind\n1,Ann,1.5,A\n2,Bob,0,B\n', schema);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.stats.rows).toBe(2);
    expect(report.encoding).toBe('utf-8');
    expect(report.delimiter).toBe(',');
  });

  it('reports type, constraint and primary key errors on the rows that have them', async () => {
    const csv = ['id,name,amount,kind', '1,Ann,1.5,A', 'x,Bob,2,B', '3,,-4,C', '1,Averylongname,2,A'].join('\n');
    const report = await validateText(csv, schema);
    expect(report.valid).toBe(false);
    expect(brief(report)).toEqual([
      'type-error@3:1',
      'constraint-error@4:2',
      'constraint-error@4:3',
      'constraint-error@4:4',
      'constraint-error@5:2',
      'primary-key-error@5:1',
    ]);
    const [typeError, required, minimum, enumError, maxLength, pk] = report.errors;
    expect(typeError).toMatchObject({ fieldName: 'id', cell: 'x', note: 'type is integer' });
    expect(required!.note).toBe('required');
    expect(minimum!.note).toBe('minimum is 0');
    expect(enumError!.note).toBe('enum is ["A","B"]');
    expect(maxLength!.note).toBe('maxLength is 10');
    expect(pk).toMatchObject({ cell: '1', note: 'duplicate of row 2' });
    expect(pk!.message).toBe('Row 5, column 1 (id): the primary key "1" is a duplicate of row 2');
    expect(report.stats.byType).toEqual({ 'type-error': 1, 'constraint-error': 4, 'primary-key-error': 1 });
  });

  it('reports blank rows, missing and extra cells', async () => {
    const csv = 'id,name,amount,kind\n1,Ann,1,A\n\n2,Bob\n,,,\n3,Cy,1,B,extra\n';
    const report = await validateText(csv, schema);
    expect(brief(report)).toEqual(['blank-row@3:-', 'missing-cell@4:3', 'missing-cell@4:4', 'blank-row@5:-', 'extra-cell@6:5']);
    expect(report.errors[1]!.fieldName).toBe('amount');
    expect(report.errors[4]!.cell).toBe('extra');
  });

  it('reports label errors: blank, duplicate, incorrect, missing and extra', async () => {
    const wrong = await validateText('id,,amount,amount,more\n1,a,1,A,x\n', { ...schema, primaryKey: undefined });
    expect(brief(wrong)).toEqual(['blank-label@1:2', 'duplicate-label@1:4', 'incorrect-label@1:4', 'extra-label@1:5']);
    expect(wrong.errors[2]).toMatchObject({ cell: 'amount', fieldName: 'kind' });
    const short = await validateText('id,name\n1,a\n', schema);
    expect(brief(short)).toEqual(['missing-label@1:3', 'missing-label@1:4']);
    expect(short.errors.map((e) => e.fieldName)).toEqual(['amount', 'kind']);
  });

  it('exact matching: the names of the schema in its order; cells checked by name when every label is a field name', async () => {
    const csv = 'name,id,amount,kind\nAnn,1,2,A\n';
    const exact = await validateText(csv, schema);
    expect(brief(exact)).toEqual(['incorrect-label@1:1', 'incorrect-label@1:2']);
    expect(exact.errors[0]).toMatchObject({ cell: 'name', fieldName: 'id' });
    // A column left out: one missing-label, not a type error on every later cell.
    const leftOut = await validateText('id,name,kind\n1,Ann,A\nx,Bob,B\n1,Cy,C\n', schema);
    expect(brief(leftOut)).toEqual(['missing-label@1:3', 'type-error@3:1', 'constraint-error@4:3', 'primary-key-error@4:1']);
    expect(leftOut.errors[2]).toMatchObject({ fieldName: 'kind', cell: 'C' });
    // An unknown label: by position, as Frictionless does.
    const unknown = await validateText('id,nom,amount,kind\n1,Ann,2,A\n', schema);
    expect(brief(unknown)).toEqual(['incorrect-label@1:2']);
    const equal = await validateText(csv, { ...schema, fieldsMatch: 'equal' });
    expect(equal.errors).toEqual([]);
    const subset = await validateText('kind,id,name,amount,other\nA,1,Ann,2,x\n', { ...schema, fieldsMatch: 'subset' });
    expect(subset.errors).toEqual([]);
    const missing = await validateText('kind,id\nA,1\n', { ...schema, fieldsMatch: 'equal' });
    expect(brief(missing)).toEqual(['missing-label@1:2', 'missing-label@1:3']);
  });

  it('reports unique constraints and unique keys with the row first holding the value', async () => {
    const s: TableSchema = {
      fields: [
        { name: 'code', type: 'string', constraints: { unique: true } },
        { name: 'year', type: 'year' },
        { name: 'region', type: 'string' },
      ],
      uniqueKeys: [['year', 'region']],
    };
    const report = await validateText('code,year,region\na,2020,N\nb,2021,N\na,2020,S\nc,2021,N\n', s);
    expect(brief(report)).toEqual(['unique-error@4:1', 'unique-error@5:2']);
    expect(report.errors[0]!.note).toBe('duplicate of row 2');
    expect(report.errors[1]).toMatchObject({ fieldName: 'year, region', cell: '2021, N', note: 'duplicate of row 3' });
  });

  it('reports a duplicate once when the unique field is the whole primary key', async () => {
    const s: TableSchema = { fields: [{ name: 'id', type: 'string', constraints: { unique: true } }, { name: 'n', type: 'integer', constraints: { unique: true } }], primaryKey: ['id'] };
    const report = await validateText('id,n\na,1\nb,2\na,1\n', s);
    expect(brief(report)).toEqual(['unique-error@4:2', 'primary-key-error@4:1']);
  });

  it('compares lists of long integers as keys', async () => {
    const s: TableSchema = { fields: [{ name: 'ids', type: 'list', itemType: 'integer', delimiter: ';', constraints: { unique: true } }] };
    const report = await validateText('ids\n12345678901234567890;1\n12345678901234567891;1\n12345678901234567890;1\n', s);
    expect(brief(report)).toEqual(['unique-error@4:1']);
  });

  it('treats schema-level and field-level missing values as empty', async () => {
    const s: TableSchema = {
      fields: [
        { name: 'id', type: 'integer', constraints: { required: true } },
        { name: 'n', type: 'number', missingValues: ['-'] },
      ],
      missingValues: ['', 'NA'],
    };
    const report = await validateText('id,n\nNA,-\n2,NA\n3,\n', s);
    // NA is missing for id (required); for n only "-" is, so NA and "" are not numbers.
    expect(brief(report)).toEqual(['constraint-error@2:1', 'type-error@3:2', 'type-error@4:2']);
  });

  it('counts every error but lists only limitErrors', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `x${i},a,1,A`).join('\n');
    const report = await validateText(`id,name,amount,kind\n${rows}\n`, schema, { limitErrors: 5 });
    expect(report.errors).toHaveLength(5);
    expect(report.stats.errors).toBe(50);
    expect(report.stats.byType['type-error']).toBe(50);
    expect(report.truncated).toBe(true);
    expect(report.errors.map((e) => e.rowNumber)).toEqual([2, 3, 4, 5, 6]);
  });

  it('writes the messages in French when asked', async () => {
    const report = await validateText('id,name,amount,kind\nx,Ann,1,C\n', schema, { lang: 'fr' });
    expect(report.errors[0]!.message).toBe('Ligne 2, colonne 1 (id) : « x » n’est pas du type du champ (le type est integer)');
    expect(report.errors[1]!.message).toContain('enfreint une contrainte (enum vaut ["A","B"])');
  });

  it('says an empty file has no header', async () => {
    const report = await validateText('', schema);
    expect(report.valid).toBe(false);
    expect(brief(report)).toEqual(['source-error@-:-']);
  });

  it('stops on a quote left open instead of holding the rest of the file', async () => {
    const { CsvParser } = await import('../../../src/standards/validate/csv-parser.js');
    const parser = new CsvParser(',', { row: () => {}, invalidBytes: () => {} }, 100);
    expect(() => parser.feed(`a,b\n1,"${'x'.repeat(200)}`)).toThrow(/row 2 is longer than 100 characters/);
  });
});
