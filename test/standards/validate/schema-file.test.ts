// Checking Table Schema documents: each problem named with its JSON path and the file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SchemaError } from '../../../src/standards/registry.js';
import { checkSchema, readSchemaFile, schemaErrorFrench } from '../../../src/standards/schema-file.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problem(json: unknown): string {
  try {
    checkSchema(json, 'my.json');
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).where).toBe('my.json');
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('checkSchema', () => {
  it('accepts a v2 schema and a v1 one (primaryKey as a string)', () => {
    const v2 = { $schema: 'https://datapackage.org/profiles/2.0/tableschema.json', fields: [{ name: 'id', type: 'integer' }], primaryKey: ['id'] };
    expect(checkSchema(v2, 'a').fields).toHaveLength(1);
    expect(checkSchema({ fields: [{ name: 'id' }, { name: 'x', type: 'date', format: '%d/%m/%Y' }], primaryKey: 'id' }, 'b').primaryKey).toBe('id');
  });

  it('names the JSON path of the first problem', () => {
    expect(problem([])).toBe('my.json: (root) must be a JSON object');
    expect(problem({})).toBe('my.json: fields must be an array');
    expect(problem({ fields: [{ name: 'a' }, { type: 'string' }] })).toBe('my.json: fields[1].name must be a non-empty string');
    expect(problem({ fields: [{ name: 'a' }, { name: 'a' }] })).toBe('my.json: fields[1].name repeats the name "a"');
    expect(problem({ fields: [{ name: 'a', type: 'text' }] })).toMatch(/^my\.json: fields\[0\]\.type unknown type "text"/);
    expect(problem({ fields: [{ name: 'a', type: 'string', format: 'phone' }] })).toMatch(/fields\[0\]\.format unknown string format "phone"/);
    expect(problem({ fields: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd', type: 'integer', constraints: { minimum: true } }] })).toBe(
      'my.json: fields[3].constraints.minimum must be a number',
    );
    expect(problem({ fields: [{ name: 'a', type: 'integer', constraints: { maximum: 'ten' } }] })).toBe('my.json: fields[0].constraints.maximum must be a number');
    expect(problem({ fields: [{ name: 'a', type: 'date', constraints: { minimum: '01/02/2020' } }] })).toBe("my.json: fields[0].constraints.minimum must be a date in the field's format");
    expect(checkSchema({ fields: [{ name: 'a', type: 'date', format: '%d/%m/%Y', constraints: { minimum: '01/02/2020' } }] }, 'x').fields).toHaveLength(1);
    expect(problem({ fields: [{ name: 'a', type: 'string', constraints: { minimum: 1 } }] })).toBe('my.json: fields[0].constraints.minimum does not apply to type string');
    expect(problem({ fields: [{ name: 'a', constraints: { pattern: '([a-z' } }] })).toMatch(/fields\[0\]\.constraints\.pattern is not a valid regular expression/);
    expect(problem({ fields: [{ name: 'a', constraints: { maxLength: -1 } }] })).toBe('my.json: fields[0].constraints.maxLength must be a non-negative integer');
    expect(problem({ fields: [{ name: 'a', constraints: { enum: [] } }] })).toBe('my.json: fields[0].constraints.enum must be a non-empty array');
    expect(problem({ fields: [{ name: 'a', categories: [{ label: 'x' }] }] })).toBe('my.json: fields[0].categories[0].value must be a string or a number');
    expect(problem({ fields: [{ name: 'a' }], primaryKey: ['a', 'b'] })).toBe('my.json: primaryKey[1] names no field: "b"');
    expect(problem({ fields: [{ name: 'a' }], primaryKey: 'z' })).toBe('my.json: primaryKey names no field: "z"');
    expect(problem({ fields: [{ name: 'a' }], uniqueKeys: [['a'], ['q']] })).toBe('my.json: uniqueKeys[1][0] names no field: "q"');
    expect(problem({ fields: [{ name: 'a' }], fieldsMatch: 'loose' })).toMatch(/^my\.json: fieldsMatch must be one of exact/);
  });
});

describe('schema problems in French', () => {
  it('says each problem in French too', () => {
    const frenchOf = (json: unknown) => {
      try {
        checkSchema(json, 'f.json');
      } catch (error) {
        return schemaErrorFrench(error as SchemaError);
      }
      throw new Error('accepted');
    };
    expect(frenchOf({ fields: [{ name: 'a' }], primaryKey: ['b'] })).toBe('f.json : primaryKey[0] ne nomme aucun champ : « b »');
    expect(frenchOf({ fields: [{ name: 'a', type: 'text' }] })).toMatch(/^f\.json : fields\[0\]\.type type inconnu « text » \(l’un de string, /);
    expect(frenchOf({ fields: [{ name: 'a', type: 'date', constraints: { minimum: 'x' } }] })).toBe('f.json : fields[0].constraints.minimum doit être une valeur date dans le format du champ');
    expect(frenchOf({})).toBe('f.json : fields doit être un tableau');
  });
});

describe('readSchemaFile', () => {
  it('reads a file and names it in its errors', () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ fields: [{ name: 'a', type: 'string' }] }));
    expect(readSchemaFile(good).fields[0]!.name).toBe('a');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "fields": [');
    expect(() => readSchemaFile(bad)).toThrow(new RegExp(`^${bad.replace(/[.]/g, '\\.')}: not JSON`));
    expect(() => readSchemaFile(join(dir, 'none.json'))).toThrow(/none\.json: cannot read the schema \(no such file\)/);
  });
});
