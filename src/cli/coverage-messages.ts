// The messages of `federa standards coverage|check`, in English and French.
import type { UiLang } from '../core/langstring.js';

type Params = Record<string, string | number>;

const messages = {
  standardLine: {
    en: (p: Params) => `${p.title} (${p.name}): ${p.status}; ${p.jurisdictions} jurisdiction(s), ${p.datasets} dataset(s), ${p.files} CSV file(s): ${p.valid} valid, ${p.invalid} not valid or unreadable, ${p.unchecked} not checked`,
    fr: (p: Params) => `${p.title} (${p.name}) : ${p.status}; ${p.jurisdictions} juridiction(s), ${p.datasets} jeu(x) de données, ${p.files} fichier(s) CSV : ${p.valid} valide(s), ${p.invalid} non valide(s) ou illisible(s), ${p.unchecked} non vérifié(s)`,
  },
  jurisdictionLine: { en: (p: Params) => `  ${p.label}: ${p.status}`, fr: (p: Params) => `  ${p.label} : ${p.status}` },
  datasetLine: { en: (p: Params) => `    ${p.title} [${p.id}] found by ${p.evidence}`, fr: (p: Params) => `    ${p.title} [${p.id}] trouvé par ${p.evidence}` },
  fileLine: { en: (p: Params) => `      ${p.url}: ${p.state}`, fr: (p: Params) => `      ${p.url} : ${p.state}` },
  checked: {
    en: (p: Params) => `${p.url} (${p.standard}): ${p.status}${p.detail}`,
    fr: (p: Params) => `${p.url} (${p.standard}) : ${p.status}${p.detail}`,
  },
  checkSummary: {
    en: (p: Params) => `${p.count} file(s) checked: ${p.valid} valid, ${p.invalid} not valid, ${p.other} could not be checked`,
    fr: (p: Params) => `${p.count} fichier(s) vérifié(s) : ${p.valid} valide(s), ${p.invalid} non valide(s), ${p.other} non vérifiable(s)`,
  },
  unknownStandard: { en: (p: Params) => `--standard ${p.value}: expected one of ${p.list}`, fr: (p: Params) => `--standard ${p.value} : l’une des valeurs ${p.list} était attendue` },
  badBytes: { en: (p: Params) => `--max-mb ${p.value}: expected a whole number of megabytes (1 or more)`, fr: (p: Params) => `--max-mb ${p.value} : un nombre entier de mégaoctets (1 ou plus) était attendu` },
  errorsCount: { en: (p: Params) => ` (${p.rows} rows, ${p.errors} errors)`, fr: (p: Params) => ` (${p.rows} lignes, ${p.errors} erreurs)` },
  'status-conforms': { en: () => 'conforms', fr: () => 'conforme' },
  'status-partly': { en: () => 'partly conforms', fr: () => 'partiellement conforme' },
  'status-does-not-conform': { en: () => 'does not conform', fr: () => 'non conforme' },
  'status-unchecked': { en: () => 'not checked yet', fr: () => 'pas encore vérifié' },
  'status-no-files': { en: () => 'no CSV file', fr: () => 'aucun fichier CSV' },
  'check-valid': { en: () => 'valid', fr: () => 'valide' },
  'check-invalid': { en: () => 'not valid', fr: () => 'non valide' },
  'check-unreachable': { en: () => 'could not be fetched', fr: () => 'inaccessible' },
  'check-too-large': { en: () => 'too large to check', fr: () => 'trop gros pour être vérifié' },
  'check-not-csv': { en: () => 'not a CSV file', fr: () => 'pas un fichier CSV' },
  'check-unchecked': { en: () => 'not checked', fr: () => 'non vérifié' },
} satisfies Record<string, Record<UiLang, (p: Params) => string>>;

export type CoverageMessage = keyof typeof messages;

export function tv(lang: UiLang, key: CoverageMessage, params: Params = {}): string {
  return messages[key][lang](params);
}
