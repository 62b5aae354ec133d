// What went wrong with a row while mapping it: reported, and the cell written as given so that
// validation flags it too.
import type { UiLang } from '../../core/langstring.js';

export type MergeProblemKind = 'unmapped-code' | 'bad-date' | 'bad-number' | 'bad-point' | 'no-match' | 'missing-cells' | 'extra-cells';

export interface MergeProblem {
  kind: MergeProblemKind;
  /** The mapping file's name. */
  mapping: string;
  jurisdiction: string;
  /** Row in the jurisdiction's own file as Frictionless counts (its header is row 1). */
  rowNumber: number;
  /** The standard field, and the source column(s) it comes from (absent for row problems). */
  field?: string;
  column?: string;
  value?: string;
  /** What was expected, as the mapping says it: the date pattern, the number format, the codes;
   * for points `not-wkt` or `not-lon-lat`. */
  expected?: string;
}

type Describe = (p: MergeProblem) => string;

const at: Record<UiLang, Describe> = {
  en: (p) => `${p.mapping}: row ${p.rowNumber}${p.column ? `, column ${p.column} (${p.field})` : ''}`,
  fr: (p) => `${p.mapping} : ligne ${p.rowNumber}${p.column ? `, colonne ${p.column} (${p.field})` : ''}`,
};

const what: Record<MergeProblemKind, Record<UiLang, Describe>> = {
  'unmapped-code': {
    en: (p) => `"${p.value}" is not in the mapping's codes (${p.expected}); written as given`,
    fr: (p) => `« ${p.value} » n’est pas dans les codes de la correspondance (${p.expected}); écrit tel quel`,
  },
  'bad-date': {
    en: (p) => `"${p.value}" is not a date as ${p.expected}; written as given`,
    fr: (p) => `« ${p.value} » n’est pas une date selon ${p.expected}; écrit tel quel`,
  },
  'bad-number': {
    en: (p) => `"${p.value}" is not a number written ${p.expected}; written as given`,
    fr: (p) => `« ${p.value} » n’est pas un nombre écrit ${p.expected}; écrit tel quel`,
  },
  'bad-point': {
    en: (p) => `"${p.value}" is not ${p.expected === 'not-lon-lat' ? 'in degrees of longitude and latitude (projected coordinates?)' : 'a WKT POINT(longitude latitude)'}; written as given`,
    fr: (p) => `« ${p.value} » n’est pas ${p.expected === 'not-lon-lat' ? 'en degrés de longitude et de latitude (coordonnées projetées?)' : 'un POINT WKT (longitude latitude)'}; écrit tel quel`,
  },
  'no-match': {
    en: (p) => `"${p.value}" does not match extract ${p.expected}; written as given`,
    fr: (p) => `« ${p.value} » ne correspond pas à extract ${p.expected}; écrit tel quel`,
  },
  'missing-cells': {
    en: (p) => `${p.value} cell(s) where the header has ${p.expected}; the missing ones are blank`,
    fr: (p) => `${p.value} cellule(s) alors que l’en-tête en a ${p.expected}; celles qui manquent sont vides`,
  },
  'extra-cells': {
    en: (p) => `${p.value} cell(s) where the header has ${p.expected}; the extra ones are left out`,
    fr: (p) => `${p.value} cellule(s) alors que l’en-tête en a ${p.expected}; celles en trop sont laissées de côté`,
  },
};

export function describeMergeProblem(p: MergeProblem, lang: UiLang): string {
  return `${at[lang](p)}${lang === 'fr' ? ' : ' : ': '}${what[p.kind][lang](p)}`;
}
