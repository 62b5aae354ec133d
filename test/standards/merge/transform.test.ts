// The pure row transform: each rule on the values real municipal and provincial files hold, and
// each value it cannot read reported by row, column and value, then written as given.
import { describe, expect, it } from 'vitest';
import { bindMapping, checkMapping } from '../../../src/standards/merge/bind.js';
import { compileDatePattern, formatDate } from '../../../src/standards/merge/dates.js';
import { parseMapping } from '../../../src/standards/merge/mapping-file.js';
import { MappingError } from '../../../src/standards/merge/mapping-error.js';
import { mergedColumns } from '../../../src/standards/merge/merged-schema.js';
import { compileNumberFormat } from '../../../src/standards/merge/numbers.js';
import { describeMergeProblem } from '../../../src/standards/merge/problems.js';
import { transformRow } from '../../../src/standards/merge/transform.js';
import { permitSchema } from './permit-schema.js';

const jurisdiction = { code: 'CA-QC-gatineau', level: 'municipal', name: { en: 'Gatineau', fr: 'Gatineau' } };

/** Maps one record with these column rules; returns the row by field name and its problems. */
function mapRow(columns: Record<string, unknown>, header: string[], record: string[]) {
  const mapping = parseMapping({ standard: 'building-permits', jurisdiction, source: 'p.csv', columns }, 'gatineau.yaml');
  checkMapping(mapping, permitSchema, 'building-permits');
  const bound = bindMapping(mapping, permitSchema, header, 'p.csv');
  const { cells, problems } = transformRow(bound, record, 5);
  const names = mergedColumns(permitSchema);
  return { row: Object.fromEntries(names.map((n, i) => [n, cells[i]])), problems };
}

describe('transformRow', () => {
  it('fills jurisdiction, trims, leaves unmapped fields blank', () => {
    const { row, problems } = mapRow({ permit_number: 'NO' }, ['NO', 'X'], ['  A-1 ', 'ignored']);
    expect(row.jurisdiction).toBe('CA-QC-gatineau');
    expect(row.permit_number).toBe('A-1');
    expect(row.status).toBe('');
    expect(problems).toEqual([]);
  });

  it('maps codes, lets the field’s own values through, and applies a default', () => {
    const columns = { status: { column: 'S', codes: { Émis: 'issued', 'En analyse': 'under-review' } }, permit_type: { column: 'T', codes: { Construction: 'building' }, default: 'other' } };
    expect(mapRow(columns, ['S', 'T'], ['Émis', 'Piscine']).row).toMatchObject({ status: 'issued', permit_type: 'other' });
    expect(mapRow(columns, ['S', 'T'], ['completed', 'Construction']).row).toMatchObject({ status: 'completed', permit_type: 'building' });
  });

  it('reports a code with no mapping by row, column and value, and writes it as given', () => {
    const { row, problems } = mapRow({ status: { column: 'STATUT', codes: { Émis: 'issued' } } }, ['STATUT'], ['Suspendu']);
    expect(row.status).toBe('Suspendu');
    expect(problems).toEqual([
      { kind: 'unmapped-code', mapping: 'gatineau.yaml', jurisdiction: 'CA-QC-gatineau', rowNumber: 5, field: 'status', column: 'STATUT', value: 'Suspendu', expected: 'Émis' },
    ]);
    expect(describeMergeProblem(problems[0]!, 'en')).toBe('gatineau.yaml: row 5, column STATUT (status): "Suspendu" is not in the mapping\'s codes (Émis); written as given');
    expect(describeMergeProblem(problems[0]!, 'fr')).toBe('gatineau.yaml : ligne 5, colonne STATUT (status) : « Suspendu » n’est pas dans les codes de la correspondance (Émis); écrit tel quel');
  });

  it('joins split columns, skipping blank parts', () => {
    const columns = { street_address: { concat: ['NO', 'RUE', 'APP'], separator: ' ' } };
    expect(mapRow(columns, ['NO', 'RUE', 'APP'], ['12', 'rue Laurier', '']).row.street_address).toBe('12 rue Laurier');
  });

  it('writes constants, ifEmpty for blank cells, and changes case', () => {
    const columns = { status: { value: 'issued' }, postal_code: { column: 'CP', case: 'upper' }, work_type: { column: 'W', ifEmpty: 'other' } };
    expect(mapRow(columns, ['CP', 'W'], ['j8x 3y9', '  ']).row).toMatchObject({ status: 'issued', postal_code: 'J8X 3Y9', work_type: 'other' });
  });

  it('extracts with a regular expression, and reports a value that does not match', () => {
    const columns = { ward: { column: 'DISTRICT', extract: 'District (\\d+)' } };
    expect(mapRow(columns, ['DISTRICT'], ['District 7 - Aylmer']).row.ward).toBe('7');
    const { row, problems } = mapRow(columns, ['DISTRICT'], ['Aylmer']);
    expect(row.ward).toBe('Aylmer');
    expect(problems.map((p) => [p.kind, p.value, p.expected])).toEqual([['no-match', 'Aylmer', '/District (\\d+)/']]);
  });

  it('splits one date-time column into a date field, and reports a date that is not one', () => {
    const columns = { issued_date: { column: 'EMIS', date: 'DD/MM/YYYY HH:mm' }, application_date: { column: 'DEMANDE', date: 'DD/MM/YYYY' } };
    const ok = mapRow(columns, ['EMIS', 'DEMANDE'], ['03/04/2024 14:05', '29/02/2024']);
    expect(ok.row).toMatchObject({ issued_date: '2024-04-03', application_date: '2024-02-29' });
    const bad = mapRow(columns, ['EMIS', 'DEMANDE'], ['2024-04-03 14:05', '29/02/2023']);
    expect(bad.row).toMatchObject({ issued_date: '2024-04-03 14:05', application_date: '29/02/2023' });
    expect(bad.problems.map((p) => [p.kind, p.field, p.value])).toEqual([
      ['bad-date', 'application_date', '29/02/2023'],
      ['bad-date', 'issued_date', '2024-04-03 14:05'],
    ]);
  });

  it('reads decimal commas and space groups, and reports what is not a number', () => {
    const columns = { estimated_cost: { column: 'COUT', number: { decimal: ',', group: ' ' } }, floor_area: { column: 'SUP', number: { decimal: ',' } } };
    expect(mapRow(columns, ['COUT', 'SUP'], ['1\u00a0250\u202f000,50', '48,0']).row).toMatchObject({ estimated_cost: '1250000.50', floor_area: '48.0' });
    const { row, problems } = mapRow(columns, ['COUT', 'SUP'], ['environ 5000', '1.5']);
    expect(row).toMatchObject({ estimated_cost: 'environ 5000', floor_area: '1.5' });
    expect(problems.map((p) => [p.kind, p.field])).toEqual([
      ['bad-number', 'estimated_cost'],
      ['bad-number', 'floor_area'],
    ]);
  });

  it('writes an integer field’s whole numbers without a fraction, and leaves a real fraction for validation', () => {
    const columns = { dwelling_units_created: { column: 'LOG', number: { decimal: ',' } } };
    expect(mapRow(columns, ['LOG'], ['12,00']).row.dwelling_units_created).toBe('12');
    expect(mapRow(columns, ['LOG'], ['1,5']).row.dwelling_units_created).toBe('1.5');
  });

  it('takes latitude and longitude from one WKT point, and reports projected coordinates', () => {
    const columns = { latitude: { column: 'GEOM', point: 'lat' }, longitude: { column: 'GEOM', point: 'lon' } };
    expect(mapRow(columns, ['GEOM'], ['POINT (-75.7139 45.4765)']).row).toMatchObject({ latitude: '45.4765', longitude: '-75.7139' });
    expect(mapRow(columns, ['GEOM'], ['SRID=4326;POINT(-75.7 45.4)']).row).toMatchObject({ latitude: '45.4' });
    const { problems } = mapRow(columns, ['GEOM'], ['POINT (367512.2 5034110.8)']);
    expect(problems.map((p) => [p.kind, p.expected])).toEqual([
      ['bad-point', 'not-lon-lat'],
      ['bad-point', 'not-lon-lat'],
    ]);
    expect(mapRow(columns, ['GEOM'], ['45.4, -75.7']).problems[0]?.expected).toBe('not-wkt');
  });

  it('reports rows shorter or longer than the header', () => {
    expect(mapRow({ permit_number: 'B' }, ['A', 'B', 'C'], ['1', '2']).problems.map((p) => [p.kind, p.value, p.expected])).toEqual([['missing-cells', '2', '3']]);
    expect(mapRow({ permit_number: 'B' }, ['A', 'B'], ['1', '2', '3']).problems.map((p) => p.kind)).toEqual(['extra-cells']);
  });

  it('finds a column whose header differs only in case and spaces, and names a missing one', () => {
    expect(mapRow({ permit_number: 'permit_num' }, [' PERMIT_NUM '], ['9']).row.permit_number).toBe('9');
    let error: unknown;
    try {
      mapRow({ permit_number: 'NO', street_address: { concat: ['NO', 'RUE'] } }, ['NO', 'ADRESSE'], ['1', 'x']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MappingError);
    expect((error as MappingError).message).toBe('gatineau.yaml: columns.street_address.concat[1]: no column RUE in p.csv (its columns: NO, ADRESSE)');
  });
});

describe('date patterns', () => {
  it.each([
    ['DD/MM/YYYY', '05/11/2024', 'date', '2024-11-05'],
    ['M/D/YYYY h:mm A', '11/5/2024 3:07 PM', 'datetime', '2024-11-05T15:07:00'],
    ['M/D/YYYY h:mm A', '11/5/2024 12:30 AM', 'time', '00:30:00'],
    ['D MMMM YYYY', '5 novembre 2024', 'date', '2024-11-05'],
    ['D MMM YYYY', '15 févr. 2024', 'date', '2024-02-15'],
    ['MMMM D, YYYY', 'August 1, 2023', 'date', '2023-08-01'],
    ['DD MMMM YYYY [à] HH[h]mm', '05 août 2024 à 14h30', 'datetime', '2024-08-05T14:30:00'],
    ['iso', '2024-03-11T09:00:00-06:00', 'date', '2024-03-11'],
    ['iso', '2024-03-11T09:00:00Z', 'time', '09:00:00'],
    ['iso', '2024-03-11', 'string', '2024-03-11'],
    ['YYYYMMDD', '20240311', 'yearmonth', '2024-03'],
  ])('%s reads %s as %s %s', (pattern, text, type, expected) => {
    const parts = compileDatePattern(pattern).parse(text);
    expect(parts).toBeDefined();
    expect(formatDate(parts!, type as 'date')).toBe(expected);
  });

  it.each([
    ['DD/MM/YYYY', '31/04/2024'],
    ['DD/MM/YYYY', '2024-04-01'],
    ['HH:mm', '24:00'],
    ['D MMMM YYYY', '5 brumaire 2024'],
    ['iso', '2024-13-01'],
  ])('%s refuses %s', (pattern, text) => {
    expect(compileDatePattern(pattern).parse(text)).toBeUndefined();
  });
});

describe('number formats', () => {
  it.each([
    [{ decimal: '.', group: ',', bare: false }, '$1,234.50', '1234.50'],
    [{ decimal: '.', group: ',', bare: false }, '-$5', '-5'],
    [{ decimal: ',', group: ' ', bare: false }, '1 234,5 $', '1234.5'],
    [{ decimal: ',', group: '.', bare: true }, '1.234,5', '1234.5'],
    [{ decimal: '.', group: '', bare: true }, '+.5', '0.5'],
    [{ decimal: '.', group: '', bare: true, multiply: 0.09290304, decimals: 1 }, '1033', '96'],
  ])('%o reads %s as %s', (format, text, expected) => {
    expect(compileNumberFormat(format)(text)).toBe(expected);
  });

  it.each([
    [{ decimal: '.', group: '', bare: true }, '1,234'],
    [{ decimal: ',', group: ' ', bare: true }, '1 234.5'],
    [{ decimal: '.', group: ',', bare: true }, '$12'],
    [{ decimal: '.', group: '', bare: true }, '-'],
  ])('%o refuses %s', (format, text) => {
    expect(compileNumberFormat(format)(text)).toBeUndefined();
  });
});
