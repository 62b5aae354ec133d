// The registry of shipped standards, and the text of a schema in the reader's language.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryLabel, categoryValue, fieldDescription, fieldTitle, schemaDescription, schemaTitle } from '../../src/standards/field-text.js';
import { getStandard, listStandards, resolveSchema, SchemaError, shippedSchema } from '../../src/standards/registry.js';
import type { TableField, TableSchema } from '../../src/standards/table-schema.js';

const NAMES = ['procurement-contracts', 'grants-contributions', 'building-permits', 'food-inspections', 'traffic-collisions'];

describe('listStandards', () => {
  it('lists the five standards by name, loaded once', () => {
    expect(listStandards().map((s) => s.name)).toEqual(NAMES);
    expect(listStandards()).toBe(listStandards());
  });

  it.each(NAMES)('%s has its title, description and guide in both languages, keywords and files', (name) => {
    const s = getStandard(name)!;
    for (const text of [s.title, s.description, s.guide]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.fr.trim()).not.toBe('');
      expect(text.fr).not.toBe(text.en);
    }
    expect(s.title).toEqual({ en: s.schema.title, fr: s.schema.fr?.title });
    for (const guide of [s.guide.en, s.guide.fr]) {
      expect(guide).toContain(`federa validate`);
      expect(guide).toContain(`--schema ${name}`);
      expect(guide).toContain('federa standards merge');
    }
    expect(s.keywords.en.length).toBeGreaterThan(0);
    expect(s.keywords.fr.length).toBeGreaterThan(0);
    // The keywords find titles: the standard's own title in each language holds one of them.
    expect(s.keywords.en.some((k) => s.title.en.toLowerCase().includes(k.toLowerCase()))).toBe(true);
    expect(s.keywords.fr.some((k) => s.title.fr.toLowerCase().includes(k.toLowerCase()))).toBe(true);
    expect(existsSync(s.schemaPath)).toBe(true);
    expect(existsSync(s.examplePath)).toBe(true);
  });

  it('knows no other name, and resolveSchema gives a standard’s schema by its name', () => {
    expect(getStandard('parking-tickets')).toBeUndefined();
    const resolved = resolveSchema('food-inspections');
    expect(resolved.standard?.name).toBe('food-inspections');
    expect(resolved.schema).toBe(getStandard('food-inspections')!.schema);
  });
});

describe('field-text', () => {
  const schema: TableSchema = {
    title: 'Permits',
    description: 'Issued permits',
    fr: { title: 'Permis' },
    fields: [],
  };
  const full: TableField = { name: 'status', title: 'Status', description: 'Where it stands', fr: { title: 'État', description: 'Où il en est' } };
  const bare: TableField = { name: 'ward' };

  it('gives French from fr and English otherwise, falling back to English where French is missing', () => {
    expect(schemaTitle(schema, 'fr')).toBe('Permis');
    expect(schemaTitle(schema, 'en')).toBe('Permits');
    expect(schemaDescription(schema, 'fr')).toBe('Issued permits');
    expect(fieldTitle(full, 'fr')).toBe('État');
    expect(fieldTitle(full, 'en')).toBe('Status');
    expect(fieldDescription(full, 'fr')).toBe('Où il en est');
    expect(fieldDescription(full, 'en')).toBe('Where it stands');
  });

  it('falls back to the field name for a title, and gives no description when there is none', () => {
    expect(fieldTitle(bare, 'fr')).toBe('ward');
    expect(fieldTitle(bare, 'en')).toBe('ward');
    expect(fieldDescription(bare, 'fr')).toBeUndefined();
  });

  it('labels categories given as objects, strings or numbers', () => {
    const labelled = { value: 'issued', label: 'Issued', fr: { label: 'Délivré' } };
    expect(categoryLabel(labelled, 'fr')).toBe('Délivré');
    expect(categoryLabel(labelled, 'en')).toBe('Issued');
    expect(categoryLabel({ value: 'issued', label: 'Issued' }, 'fr')).toBe('Issued');
    expect(categoryLabel({ value: 3 }, 'en')).toBe('3');
    expect(categoryLabel('refused', 'fr')).toBe('refused');
    expect([labelled, 'refused', 4].map(categoryValue)).toEqual(['issued', 'refused', '4']);
  });

  it('reads the shipped schemas in French', () => {
    const status = getStandard('building-permits')!.schema.fields.find((f) => f.name === 'status')!;
    expect(fieldTitle(status, 'fr')).toBe('État');
    expect(status.categories!.map((c) => categoryLabel(c, 'fr'))).toContain('Délivré');
  });
});

describe('a broken shipped schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'federa-standard-'));
  const good = JSON.parse(readFileSync(getStandard('traffic-collisions')!.schemaPath, 'utf8')) as TableSchema;
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('is reported with its file and what is wrong', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['not-json.json', '{"fields": [', /not valid JSON/],
      ['no-fields.json', JSON.stringify({ ...good, fields: [] }), /"fields" must be a non-empty list/],
      ['no-french.json', JSON.stringify({ ...good, fr: { title: 'Collisions' } }), /"title" and "description" in English and in "fr"/],
      ['bad-key.json', JSON.stringify({ ...good, primaryKey: ['event_id'] }), /"primaryKey" names "event_id", which is not a field/],
    ];
    for (const [name, text, problem] of cases) {
      const path = write(name, text);
      const error = (() => {
        try {
          shippedSchema(path);
        } catch (e) {
          return e;
        }
      })();
      expect(error, name).toBeInstanceOf(SchemaError);
      expect((error as SchemaError).where).toBe(path);
      expect((error as SchemaError).message).toContain(path);
      expect((error as SchemaError).message).toMatch(problem);
    }
    expect(() => shippedSchema(join(dir, 'absent.json'))).toThrow(SchemaError);
    expect(shippedSchema(write('good.json', JSON.stringify(good))).fields).toHaveLength(good.fields.length);
  });
});
