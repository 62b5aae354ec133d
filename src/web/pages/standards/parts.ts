// Pieces the standards' pages share: bilingual text of a schema, its fields and its categories.
import type { UiLang } from '../../../core/langstring.js';
import { categoryLabel, categoryValue } from '../../../standards/field-text.js';
import type { TableField } from '../../../standards/table-schema.js';
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

/** A category as the page lists it: its value, and its label when it says more. */
export function categoryText(lang: UiLang, category: NonNullable<TableField['categories']>[number]): string {
  const value = categoryValue(category);
  const label = categoryLabel(category, lang);
  return label !== value ? `${value} (${label})` : value;
}
