// Every shipped example.csv is a valid file of its standard. A light check of its own (field
// names, types, categories, patterns, required and unique values, the key); the validator of
// src/standards/validate runs on the examples in its own tests.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { categoryValue } from '../../src/standards/field-text.js';
import { listStandards } from '../../src/standards/registry.js';
import type { TableField, TableSchema } from '../../src/standards/table-schema.js';

// Table Schema v2 default lexical forms.
const LEXICAL: Partial<Record<string, RegExp>> = {
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{2}:\d{2}:\d{2}$/,
  boolean: /^(true|True|TRUE|1|false|False|FALSE|0)$/,
};

/** What is wrong with one cell, or undefined. */
function cellProblem(field: TableField, value: string): string | undefined {
  const c = field.constraints ?? {};
  const lexical = LEXICAL[field.type ?? 'string'];
  if (lexical && !lexical.test(value)) return `not a ${field.type}`;
  if (field.type === 'date' && Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return 'not a calendar date';
  if (field.type === 'number' || field.type === 'integer') {
    if (c.minimum !== undefined && Number(value) < Number(c.minimum)) return `below ${c.minimum}`;
    if (c.maximum !== undefined && Number(value) > Number(c.maximum)) return `above ${c.maximum}`;
  }
  if (field.categories && !field.categories.map(categoryValue).includes(value)) return 'not one of the categories';
  // Table Schema patterns match the whole value.
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(value)) return `does not match ${c.pattern}`;
  if (c.maxLength !== undefined && [...value].length > c.maxLength) return `longer than ${c.maxLength}`;
  return undefined;
}

function problems(schema: TableSchema, csv: string): string[] {
  const [header, ...rows] = parse(csv, { relax_column_count: true }) as string[][];
  const names = schema.fields.map((f) => f.name);
  const found: string[] = [];
  if (JSON.stringify(header) !== JSON.stringify(names)) found.push(`header ${JSON.stringify(header)} is not the schema's fields ${JSON.stringify(names)}`);
  const missing = new Set((schema.missingValues ?? ['']).map((m) => (typeof m === 'string' ? m : m.value)));
  const key = typeof schema.primaryKey === 'string' ? [schema.primaryKey] : (schema.primaryKey ?? []);
  const seen = new Map<string, Set<string>>([['(primary key)', new Set()]]);
  rows.forEach((row, i) => {
    const at = `row ${i + 2}`;
    if (row.length !== names.length) found.push(`${at}: ${row.length} cells for ${names.length} fields`);
    schema.fields.forEach((field, j) => {
      const value = row[j] ?? '';
      if (missing.has(value)) {
        if (field.constraints?.required) found.push(`${at}, ${field.name}: required but missing`);
        return;
      }
      const problem = cellProblem(field, value);
      if (problem) found.push(`${at}, ${field.name}: "${value}" ${problem}`);
      if (field.constraints?.unique) {
        const values = seen.get(field.name) ?? seen.set(field.name, new Set()).get(field.name)!;
        if (values.has(value)) found.push(`${at}, ${field.name}: "${value}" is not unique`);
        values.add(value);
      }
    });
    const keyValue = JSON.stringify(key.map((k) => row[names.indexOf(k)]));
    if (seen.get('(primary key)')!.has(keyValue)) found.push(`${at}: primary key ${keyValue} repeated`);
    seen.get('(primary key)')!.add(keyValue);
  });
  return found;
}

describe('the example files', () => {
  it.each(listStandards().map((s) => [s.name, s] as const))('%s/example.csv is valid, with 5 to 10 rows', (_name, standard) => {
    const csv = readFileSync(standard.examplePath, 'utf8');
    expect(problems(standard.schema, csv)).toEqual([]);
    const rows = (parse(csv) as string[][]).length - 1;
    expect(rows).toBeGreaterThanOrEqual(5);
    expect(rows).toBeLessThanOrEqual(10);
  });

  it('the check finds a wrong type, an unknown category, a broken pattern, a missing required value and a repeated key', () => {
    const standard = listStandards().find((s) => s.name === 'building-permits')!;
    const [header, first] = readFileSync(standard.examplePath, 'utf8').split('\n');
    const cells = first!.split(',');
    const row = (changes: Record<string, string>) => {
      const copy = [...cells];
      for (const [name, value] of Object.entries(changes)) copy[standard.schema.fields.findIndex((f) => f.name === name)] = value;
      return copy.join(',');
    };
    const bad = [
      header,
      first,
      first,
      row({ permit_number: 'P-1', estimated_cost: 'lots' }),
      row({ permit_number: 'P-2', status: 'approved' }),
      row({ permit_number: 'P-3', postal_code: 'M4J4J' }),
      row({ permit_number: 'P-4', street_address: '' }),
    ].join('\n');
    expect(problems(standard.schema, bad)).toEqual([
      expect.stringMatching(/^row 3, permit_number: ".*" is not unique$/),
      expect.stringMatching(/^row 3: primary key .* repeated$/),
      'row 4, estimated_cost: "lots" not a number',
      'row 5, status: "approved" not one of the categories',
      expect.stringMatching(/^row 6, postal_code: "M4J4J" does not match /),
      'row 7, street_address: required but missing',
    ]);
  });
});
