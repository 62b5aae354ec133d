// Pieces the standards' pages share: bilingual text of a schema, its fields and its categories.
import type { UiLang } from '../../../core/langstring.js';
import type { CategoryObject, TableField, TableSchema } from '../../../standards/table-schema.js';
import { megabytes } from '../../../standards/byte-limit.js';
import type { WebDeps } from '../../server.js';

export const DEFAULT_UPLOAD_BYTES = 10_000_000;

export function uploadLimit(deps: WebDeps): number {
  return deps.standards?.maxUploadBytes ?? DEFAULT_UPLOAD_BYTES;
}

export function uploadLimitText(lang: UiLang, deps: WebDeps): string {
  const text = megabytes(uploadLimit(deps));
  return lang === 'fr' ? text.replace('MB', 'Mo') : text;
}

/** French from the `fr` extension, English otherwise (and when French is missing). */
export function localized(lang: UiLang, en: string | undefined, fr: string | undefined): string {
  return (lang === 'fr' ? (fr ?? en) : en) ?? '';
}

export function fieldTitle(lang: UiLang, field: TableField): string {
  return localized(lang, field.title, field.fr?.title) || field.name;
}

export function fieldDescription(lang: UiLang, field: TableField): string {
  return localized(lang, field.description, field.fr?.description);
}

export function categoryText(lang: UiLang, category: string | number | CategoryObject): string {
  if (typeof category !== 'object') return String(category);
  const label = localized(lang, category.label, category.fr?.label);
  return label && label !== String(category.value) ? `${category.value} (${label})` : String(category.value);
}

export function primaryKeyOf(schema: TableSchema): string[] {
  const key = schema.primaryKey;
  return key === undefined ? [] : typeof key === 'string' ? [key] : key;
}
