// The merged table's schema: the jurisdiction column first and required, keys per jurisdiction.
import { describe, expect, it } from 'vitest';
import { mergedColumns, mergedSchema } from '../../../src/standards/merge/merged-schema.js';
import type { TableSchema } from '../../../src/standards/table-schema.js';

const schema: TableSchema = {
  fields: [
    { name: 'id', type: 'string', constraints: { required: true, unique: true } },
    { name: 'year', type: 'year' },
    { name: 'code', type: 'string', constraints: { unique: true, maxLength: 5 } },
  ],
  primaryKey: 'id',
  uniqueKeys: [['year', 'code']],
};

describe('mergedSchema', () => {
  it('puts a required jurisdiction field first, with French text', () => {
    const merged = mergedSchema(schema);
    expect(merged.fields.map((f) => f.name)).toEqual(['jurisdiction', 'id', 'year', 'code']);
    expect(merged.fields[0]).toMatchObject({ type: 'string', constraints: { required: true }, fr: { title: 'Administration' } });
    expect(mergedColumns(schema)).toEqual(['jurisdiction', 'id', 'year', 'code']);
  });

  it('prefixes the primary key and unique keys with jurisdiction, and makes unique fields unique per jurisdiction', () => {
    const merged = mergedSchema(schema);
    expect(merged.primaryKey).toEqual(['jurisdiction', 'id']);
    // id is the primary key: not listed again as a unique key.
    expect(merged.uniqueKeys).toEqual([
      ['jurisdiction', 'year', 'code'],
      ['jurisdiction', 'code'],
    ]);
    expect(merged.fields.find((f) => f.name === 'code')?.constraints).toEqual({ maxLength: 5 });
    expect(schema.fields[2]?.constraints?.unique).toBe(true);
  });

  it('keeps a standard’s own jurisdiction field, moved first and required', () => {
    const own: TableSchema = { fields: [{ name: 'id' }, { name: 'jurisdiction', title: 'Province', type: 'string' }], primaryKey: ['jurisdiction', 'id'] };
    const merged = mergedSchema(own);
    expect(merged.fields.map((f) => [f.name, f.title])).toEqual([
      ['jurisdiction', 'Province'],
      ['id', undefined],
    ]);
    expect(merged.fields[0]?.constraints?.required).toBe(true);
    expect(merged.primaryKey).toEqual(['jurisdiction', 'id']);
    expect(mergedColumns(own)).toEqual(['jurisdiction', 'id']);
  });
});
