// Mapping files: what a data team writes by hand is read, and every mistake is named by file and key.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMapping } from '../../../src/standards/merge/bind.js';
import { parseMapping, readMappingFile } from '../../../src/standards/merge/mapping-file.js';
import { MappingError } from '../../../src/standards/merge/mapping-error.js';
import { permitSchema } from './permit-schema.js';

const base = {
  standard: 'building-permits',
  jurisdiction: { code: 'CA-ON-toronto', level: 'municipal', name: { en: 'Toronto', fr: 'Toronto' } },
  source: 'permits.csv',
};

function mappingError(fn: () => unknown): MappingError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MappingError) return error;
    throw error;
  }
  throw new Error('no MappingError thrown');
}

describe('reading a mapping', () => {
  it('reads shorthand columns and rules, with the source resolved beside the mapping file', () => {
    const m = parseMapping(
      {
        ...base,
        encoding: 'windows-1252',
        delimiter: ';',
        columns: {
          permit_number: 'PERMIT_NUM',
          issued_date: { column: 'ISSUED', date: 'DD/MM/YYYY' },
          permit_type: { column: 'TYPE', codes: { 'Nouvelle construction': 'building', 1: 'demolition' }, default: 'other' },
          estimated_cost: { column: 'COUT', number: { decimal: ',', group: ' ' } },
          street_address: { concat: ['NO', 'RUE'] },
          status: { value: 'issued' },
        },
      },
      '/data/toronto/toronto.yaml',
    );
    expect(m.file).toBe('toronto.yaml');
    expect(m.source).toBe('/data/toronto/permits.csv');
    expect(m.encoding).toBe('windows-1252');
    expect(m.delimiter).toBe(';');
    expect(m.columns.get('permit_number')).toEqual({ source: { column: 'PERMIT_NUM' }, trim: true, shorthand: true });
    expect(m.columns.get('permit_type')?.codes?.get('1')).toBe('demolition');
    expect(m.columns.get('estimated_cost')?.number).toEqual({ decimal: ',', group: ' ', bare: true });
    expect(m.columns.get('street_address')?.source).toEqual({ concat: ['NO', 'RUE'], separator: ' ' });
    expect(m.columns.get('status')?.source).toEqual({ value: 'issued' });
  });

  it('keeps an http(s) source as a URL and leaves an undeclared encoding and delimiter to detection', () => {
    const m = parseMapping({ ...base, source: 'https://example.ca/permits.csv', columns: { permit_number: 'N' } }, 'x.yaml');
    expect(m.source).toBe('https://example.ca/permits.csv');
    expect([m.encoding, m.delimiter, m.skipLines]).toEqual([undefined, undefined, 0]);
  });

  it('takes a jurisdiction code with accented parts, and refuses one that does not start with a country', () => {
    const lévis = { ...base, jurisdiction: { ...base.jurisdiction, code: 'CA-QC-lévis' }, columns: { permit_number: 'N' } };
    expect(parseMapping(lévis, 'levis.yaml').jurisdiction.code).toBe('CA-QC-lévis');
    const error = mappingError(() => parseMapping({ ...lévis, jurisdiction: { ...lévis.jurisdiction, code: 'Lévis' } }, 'levis.yaml'));
    expect(error.keyPath).toBe('jurisdiction.code');
  });

  it.each([
    ['an unknown key', { ...base, columns: { permit_number: { column: 'N', colour: 'red' } } }, 'columns.permit_number'],
    ['a bad jurisdiction level', { ...base, jurisdiction: { ...base.jurisdiction, level: 'city' }, columns: { permit_number: 'N' } }, 'jurisdiction.level'],
    ['a two-character delimiter', { ...base, delimiter: ';;', columns: { permit_number: 'N' } }, 'delimiter'],
    ['no source', { ...base, source: undefined, columns: { permit_number: 'N' } }, 'source'],
    ['column and value both', { ...base, columns: { status: { column: 'S', value: 'issued' } } }, 'columns.status'],
    ['neither column, concat nor value', { ...base, columns: { status: { codes: { A: 'issued' } } } }, 'columns.status'],
    ['a bad regular expression', { ...base, columns: { permit_number: { column: 'N', extract: '([0-9]+' } } }, 'columns.permit_number.extract'],
    ['a date pattern with no token', { ...base, columns: { issued_date: { column: 'D', date: '[today]' } } }, 'columns.issued_date.date'],
    ['date and number both', { ...base, columns: { issued_date: { column: 'D', date: 'iso', number: true } } }, 'columns.issued_date'],
    ['a default without codes', { ...base, columns: { status: { column: 'S', default: 'issued' } } }, 'columns.status.default'],
    ['no columns', { ...base, columns: {} }, 'columns'],
  ])('names the file and the key path for %s', (_what, data, key) => {
    const error = mappingError(() => parseMapping(data, '/m/toronto.yaml'));
    expect(error.file).toBe('toronto.yaml');
    expect(error.keyPath).toBe(key);
    expect(error.message.startsWith(`toronto.yaml: ${key}: `)).toBe(true);
    expect(error.localized('fr').startsWith(`toronto.yaml : ${key} : `)).toBe(true);
    expect(error.text.fr).not.toBe(error.text.en);
  });

  it('names the line of a YAML syntax error, and a file that cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'federa-mapping-'));
    writeFileSync(join(dir, 'bad.yaml'), 'standard: building-permits\ncolumns: { a: [1, 2 }\n');
    const syntax = mappingError(() => readMappingFile(join(dir, 'bad.yaml')));
    expect(syntax.message).toMatch(/^bad\.yaml: 2:\d+: invalid YAML/);
    const missing = mappingError(() => readMappingFile(join(dir, 'absent.yaml')));
    expect(missing.message).toBe('absent.yaml: cannot read the file (ENOENT)');
  });
});

describe('checking a mapping against the standard', () => {
  const check = (columns: Record<string, unknown>, standard = 'building-permits') => mappingError(() => checkMapping(parseMapping({ ...base, columns }, 't.yaml'), permitSchema, standard));

  it('accepts a mapping whose fields, patterns and codes fit', () => {
    const m = parseMapping({ ...base, columns: { permit_number: 'N', issued_date: { column: 'D', date: 'DD/MM/YYYY' }, status: { column: 'S', codes: { Émis: 'issued' } } } }, 't.yaml');
    expect(() => checkMapping(m, permitSchema, 'building-permits')).not.toThrow();
  });

  it('refuses another standard, an unknown field, the jurisdiction column', () => {
    expect(check({ permit_number: 'N' }, 'food-inspections').keyPath).toBe('standard');
    const unknown = check({ permit_no: 'N' });
    expect(unknown.keyPath).toBe('columns.permit_no');
    expect(unknown.message).toContain('no field permit_no');
    expect(check({ jurisdiction: 'CITY' }).keyPath).toBe('columns.jurisdiction');
  });

  it('refuses a date pattern that lacks what the field needs', () => {
    const error = check({ issued_date: { column: 'D', date: 'MM/YYYY' } });
    expect(error.keyPath).toBe('columns.issued_date.date');
    expect(error.message).toContain('lacks DD');
  });

  it('refuses a code, default or constant that is not one of the field’s values', () => {
    expect(check({ status: { column: 'S', codes: { Émis: 'granted' } } }).keyPath).toBe('columns.status.codes.Émis');
    expect(check({ permit_type: { column: 'T', codes: { A: 'building' }, default: 'misc' } }).keyPath).toBe('columns.permit_type.default');
    expect(check({ status: { value: 'done' } }).keyPath).toBe('columns.status.value');
  });
});
