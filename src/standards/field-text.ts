// The text of a schema, its fields and their categories in the reader's language: French from
// the `fr` extension, English (the standard's own properties) when French is missing.
import type { UiLang } from '../core/langstring.js';
import type { CategoryObject, TableField, TableSchema } from './table-schema.js';

type Category = NonNullable<TableField['categories']>[number];

export function schemaTitle(schema: TableSchema, lang: UiLang): string | undefined {
  return (lang === 'fr' ? schema.fr?.title : undefined) ?? schema.title;
}

export function schemaDescription(schema: TableSchema, lang: UiLang): string | undefined {
  return (lang === 'fr' ? schema.fr?.description : undefined) ?? schema.description;
}

/** The field's title, or its name when it has none. */
export function fieldTitle(field: TableField, lang: UiLang): string {
  return (lang === 'fr' ? field.fr?.title : undefined) ?? field.title ?? field.name;
}

export function fieldDescription(field: TableField, lang: UiLang): string | undefined {
  return (lang === 'fr' ? field.fr?.description : undefined) ?? field.description;
}

/** The value a category stands for in the data. */
export function categoryValue(category: Category): string {
  return String(isObject(category) ? category.value : category);
}

/** The category's label, or its value when it has none. */
export function categoryLabel(category: Category, lang: UiLang): string {
  if (!isObject(category)) return String(category);
  return (lang === 'fr' ? category.fr?.label : undefined) ?? category.label ?? String(category.value);
}

function isObject(category: Category): category is CategoryObject {
  return typeof category === 'object' && category !== null;
}
