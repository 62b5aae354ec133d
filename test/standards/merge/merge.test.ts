// mergeStandard: two jurisdictions' differently shaped files into one validated table, errors
// traced back to each jurisdiction's own rows, and nothing written over a good file on failure.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMapping } from '../../../src/standards/merge/mapping-file.js';
import { MappingError } from '../../../src/standards/merge/mapping-error.js';
import { mergeStandard, type MergeRequest } from '../../../src/standards/merge/merge.js';
import { fileOutput } from '../../../src/standards/merge/output-file.js';
import { sourceOpener } from '../../../src/standards/merge/read-source.js';
import { permitSchema } from './permit-schema.js';

const FRENCH_HEADER = 'NO_PERMIS;TYPE;STATUT;ADRESSE;EMIS;COUT';
const ENGLISH_HEADER = 'PermitNo,Kind,Status,HouseNo,Street,Issued,Value';

function setUp(french: string[], english: string[]): { dir: string; request: MergeRequest } {
  const dir = mkdtempSync(join(tmpdir(), 'federa-merge-'));
  writeFileSync(join(dir, 'gatineau.csv'), Buffer.from([FRENCH_HEADER, ...french].join('\r\n') + '\r\n', 'latin1'));
  writeFileSync(join(dir, 'ottawa.csv'), [ENGLISH_HEADER, ...english].join('\n') + '\n');
  const gatineau = parseMapping(
    {
      standard: 'building-permits',
      jurisdiction: { code: 'CA-QC-gatineau', level: 'municipal', name: { en: 'Gatineau', fr: 'Gatineau' } },
      source: 'gatineau.csv',
      encoding: 'windows-1252',
      delimiter: ';',
      columns: {
        permit_number: 'NO_PERMIS',
        permit_type: { column: 'TYPE', codes: { Construction: 'building', Démolition: 'demolition' } },
        status: { column: 'STATUT', codes: { Émis: 'issued', Refusé: 'refused' } },
        street_address: 'ADRESSE',
        issued_date: { column: 'EMIS', date: 'DD/MM/YYYY' },
        estimated_cost: { column: 'COUT', number: { decimal: ',', group: ' ' } },
      },
    },
    join(dir, 'gatineau.yaml'),
  );
  const ottawa = parseMapping(
    {
      standard: 'building-permits',
      jurisdiction: { code: 'CA-ON-ottawa', level: 'municipal', name: { en: 'Ottawa', fr: 'Ottawa' } },
      source: 'ottawa.csv',
      columns: {
        permit_number: 'PermitNo',
        permit_type: { column: 'Kind', codes: { 'New Building': 'building', Demolition: 'demolition' } },
        status: { column: 'Status', case: 'lower' },
        street_address: { concat: ['HouseNo', 'Street'] },
        issued_date: { column: 'Issued', date: 'iso' },
        estimated_cost: { column: 'Value', number: { group: ',', bare: false } },
      },
    },
    join(dir, 'ottawa.yaml'),
  );
  return {
    dir,
    request: { mappings: [gatineau, ottawa], schema: permitSchema, standard: 'building-permits', schemaName: 'building-permits', outputName: 'merged.csv', open: sourceOpener() },
  };
}

const GOOD_FRENCH = ['G-1;Construction;Émis;12 rue Laurier;03/04/2024;250 000,00', 'G-2;Démolition;Refusé;5 rue Eddy;;12 500,50'];
const GOOD_ENGLISH = ['G-1,New Building,Issued,110,Laurier Ave W,2024-05-01T10:00:00,"$1,200,000"', 'O-7,Demolition,issued,1,Elgin St,2024-06-02,"$40,000"'];

describe('mergeStandard with the validator', () => {
  it('merges a French and an English file into one valid table (the same permit number in two cities is no duplicate)', async () => {
    const { dir, request } = setUp(GOOD_FRENCH, GOOD_ENGLISH);
    const report = await mergeStandard(request, await fileOutput(join(dir, 'merged.csv')));
    expect(report.validation.errors).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.rows).toBe(4);
    expect(report.jurisdictions.map((j) => [j.jurisdiction.code, j.rowsRead, j.rowsWritten, j.problems.count])).toEqual([
      ['CA-QC-gatineau', 2, 2, 0],
      ['CA-ON-ottawa', 2, 2, 0],
    ]);
    const lines = readFileSync(join(dir, 'merged.csv'), 'utf8').trim().split('\n');
    expect(lines[1]).toBe('CA-QC-gatineau,G-1,building,,,,issued,12 rue Laurier,,,,,,2024-04-03,,250000.00,,,');
    expect(lines[3]).toBe('CA-ON-ottawa,G-1,building,,,,issued,110 Laurier Ave W,,,,,,2024-05-01,,1200000,,,');
  });

  it('traces each validation error to its jurisdiction and source row, beside the mapping problems', async () => {
    // A blank line and the other city first: merged rows and Gatineau's own rows differ.
    const french = [...GOOD_FRENCH, ';;;;;', 'G-3;Construction;Suspendu;9 rue Principale;31/02/2024;1 000,00', 'G-1;Construction;Émis;14 rue Laurier;04/04/2024;3 000,00'];
    const { dir, request } = setUp(french, GOOD_ENGLISH);
    const report = await mergeStandard({ ...request, mappings: [...request.mappings].reverse() }, await fileOutput(join(dir, 'merged.csv')));
    expect(report.valid).toBe(false);
    const gatineau = report.jurisdictions[1]!;
    expect([gatineau.rowsRead, gatineau.rowsWritten, gatineau.blankRows]).toEqual([5, 4, 1]);
    expect(gatineau.problems.listed.map((p) => [p.kind, p.rowNumber, p.field, p.value])).toEqual([
      ['unmapped-code', 5, 'status', 'Suspendu'],
      ['bad-date', 5, 'issued_date', '31/02/2024'],
    ]);
    expect(report.validation.errors.map((e) => [e.type, e.rowNumber, e.fieldName, e.jurisdiction, e.mapping, e.sourceRowNumber])).toEqual([
      ['constraint-error', 6, 'status', 'CA-QC-gatineau', 'gatineau.yaml', 5],
      ['type-error', 6, 'issued_date', 'CA-QC-gatineau', 'gatineau.yaml', 5],
      ['primary-key-error', 7, 'jurisdiction, permit_number', 'CA-QC-gatineau', 'gatineau.yaml', 6],
    ]);
  });
});

describe('mergeStandard when it cannot merge', () => {
  it('names the mapping and the missing column before writing, and leaves an existing output as it was', async () => {
    const { dir, request } = setUp(GOOD_FRENCH, GOOD_ENGLISH);
    writeFileSync(join(dir, 'ottawa.csv'), 'PermitNo,Kind,Status,Street,Issued,Value\n');
    writeFileSync(join(dir, 'merged.csv'), 'the good table of yesterday\n');
    const error = await mergeStandard(request, await fileOutput(join(dir, 'merged.csv'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MappingError);
    expect((error as MappingError).message).toBe('ottawa.yaml: columns.street_address.concat[0]: no column HouseNo in ottawa.csv (its columns: PermitNo, Kind, Status, Street, Issued, Value)');
    expect(readFileSync(join(dir, 'merged.csv'), 'utf8')).toBe('the good table of yesterday\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names a source that is missing or not UTF-8 as declared', async () => {
    const { dir, request } = setUp(GOOD_FRENCH, GOOD_ENGLISH);
    const wrongEncoding = { ...request.mappings[0]!, encoding: 'utf-8' as const };
    const error = await mergeStandard({ ...request, mappings: [wrongEncoding] }, await fileOutput(join(dir, 'merged.csv'))).catch((e: unknown) => e);
    expect((error as MappingError).message).toMatch(/^gatineau\.yaml: source: gatineau\.csv is not UTF-8 .*encoding: windows-1252/);
    const absent = { ...request.mappings[1]!, source: join(dir, 'nowhere.csv') };
    const missing = await mergeStandard({ ...request, mappings: [absent] }, await fileOutput(join(dir, 'merged.csv'))).catch((e: unknown) => e);
    expect((missing as MappingError).message).toBe('ottawa.yaml: source: cannot read nowhere.csv (ENOENT)');
    expect(existsSync(join(dir, 'merged.csv'))).toBe(false);
  });

  it('names a source that is not a readable CSV, with its line', async () => {
    const { dir, request } = setUp(GOOD_FRENCH, [...GOOD_ENGLISH, 'O-8,Demolition,issued,2,"Elgin St,2024-06-02,"$1"']);
    const error = await mergeStandard(request, await fileOutput(join(dir, 'merged.csv'))).catch((e: unknown) => e);
    expect((error as MappingError).message).toMatch(/^ottawa\.yaml: source: ottawa\.csv is not a readable CSV: .*line 4/);
    expect(existsSync(join(dir, 'merged.csv'))).toBe(false);
  });

  it('refuses mappings for different standards when the schema is given as a file', async () => {
    const { dir, request } = setUp(GOOD_FRENCH, GOOD_ENGLISH);
    const other = { ...request.mappings[1]!, standard: 'food-inspections' };
    const { standard: _named, ...fromFile } = request;
    const error = await mergeStandard({ ...fromFile, mappings: [request.mappings[0]!, other] }, await fileOutput(join(dir, 'merged.csv'))).catch((e: unknown) => e);
    expect((error as MappingError).message).toBe('ottawa.yaml: standard: "food-inspections" where building-permits is merged');
  });

  it('discards the output when validation fails midway', async () => {
    const { dir, request } = setUp(GOOD_FRENCH, GOOD_ENGLISH);
    writeFileSync(join(dir, 'merged.csv'), 'kept\n');
    const failing = async (input: AsyncIterable<Uint8Array>) => {
      for await (const _chunk of input) throw new Error('validator broke');
      throw new Error('no input');
    };
    const error = await mergeStandard(request, await fileOutput(join(dir, 'merged.csv')), failing).catch((e: unknown) => e);
    expect((error as Error).message).toBe('validator broke');
    expect(readFileSync(join(dir, 'merged.csv'), 'utf8')).toBe('kept\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
