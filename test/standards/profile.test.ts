// The shipped schemas are Frictionless Table Schema v2 (checked against the official profile,
// read in place) and bilingual to the last category label.
import { existsSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { listStandards } from '../../src/standards/registry.js';
import type { TableSchema } from '../../src/standards/table-schema.js';
import { fixture } from '../helpers/fixtures.js';

const PROFILE = fixture('standards/frictionless-2.0/tableschema.json');
const profilePresent = existsSync(PROFILE);
if (!profilePresent) console.warn(`skipped: ${PROFILE} not found (set FEDERA_FIXTURES); the schemas were not checked against the Table Schema v2 profile`);

function profileValidator(): ValidateFunction {
  // The profile carries documentation keywords (propertyOrder, context) that strict mode rejects.
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: under NodeNext its default import is typed as the module, not the plugin.
  (addFormatsModule as unknown as (a: Ajv) => Ajv)(ajv);
  return ajv.compile(JSON.parse(readFileSync(PROFILE, 'utf8')) as object);
}

const copy = (schema: TableSchema): TableSchema => structuredClone(schema);

describe.skipIf(!profilePresent)('the five schemas against the Table Schema v2 profile', () => {
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = profileValidator();
  });

  it.each(listStandards().map((s) => [s.name, s.schema] as const))('%s is valid', (_name, schema) => {
    const valid = validate(schema);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
    expect(schema.$schema).toBe('https://datapackage.org/profiles/2.0/tableschema.json');
  });

  it('rejects a schema with an unknown type, a numeric category or a malformed key (the check can fail)', () => {
    const schema = listStandards()[0]!.schema;
    const badType = copy(schema);
    badType.fields[0]!.type = 'text' as never;
    const badCategory = copy(schema);
    badCategory.fields.find((f) => f.categories)!.categories = [{ value: 1 } as never];
    const badKey = copy(schema);
    badKey.primaryKey = 5 as never;
    for (const bad of [badType, badCategory, badKey]) expect(validate(bad)).toBe(false);
  });
});

describe('the five schemas are complete in English and French', () => {
  it.each(listStandards().map((s) => [s.name, s.schema] as const))('%s', (name, schema) => {
    expect(schema.title && schema.description && schema.fr?.title && schema.fr.description, `${name}: schema title/description`).toBeTruthy();
    const names = schema.fields.map((f) => f.name);
    expect(new Set(names).size, `${name}: field names are unique`).toBe(names.length);
    for (const field of schema.fields) {
      const where = `${name}.${field.name}`;
      expect(field.name, where).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(field.type, `${where}: type`).toBeTruthy();
      for (const text of [field.title, field.description, field.fr?.title, field.fr?.description]) expect(text?.trim(), `${where}: title and description in both languages`).toBeTruthy();
      expect(field.fr!.description, `${where}: the French description is not the English one`).not.toBe(field.description);
      if (field.type === 'date') expect(field.format, `${where}: date format`).toBe('default');
      for (const category of field.categories ?? []) {
        expect(typeof category, `${where}: categories are objects with labels`).toBe('object');
        const c = category as { value: unknown; label?: string; fr?: { label?: string } };
        expect(c.label && c.fr?.label, `${where}=${String(c.value)}: label in both languages`).toBeTruthy();
      }
    }
    const key = typeof schema.primaryKey === 'string' ? [schema.primaryKey] : (schema.primaryKey ?? []);
    expect(key.length, `${name}: a primary key`).toBeGreaterThan(0);
    for (const k of key) expect(schema.fields.find((f) => f.name === k)?.constraints?.required, `${name}: key field ${k} is required`).toBe(true);
    expect(schema.missingValues, `${name}: missing values`).toContain('');
    expect(names, `${name}: the merged table adds the jurisdiction column itself`).not.toContain('jurisdiction');
  });
});
