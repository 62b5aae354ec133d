// The messages of `federa validate`, in English and French.
import type { UiLang } from '../core/langstring.js';

type Params = Record<string, string | number>;

const messages = {
  valid: {
    en: (p: Params) => `${p.source}: valid against ${p.schema}: ${p.rows} row(s), ${p.bytes} bytes in ${p.seconds} s (${p.encoding}, delimiter ${p.delimiter})`,
    fr: (p: Params) => `${p.source} : valide selon ${p.schema} : ${p.rows} ligne(s), ${p.bytes} octets en ${p.seconds} s (${p.encoding}, séparateur ${p.delimiter})`,
  },
  invalid: {
    en: (p: Params) => `${p.source}: INVALID against ${p.schema}: ${p.errors} error(s) (${p.byType}) in ${p.rows} row(s), ${p.bytes} bytes in ${p.seconds} s (${p.encoding}, delimiter ${p.delimiter})`,
    fr: (p: Params) => `${p.source} : NON VALIDE selon ${p.schema} : ${p.errors} erreur(s) (${p.byType}) dans ${p.rows} ligne(s), ${p.bytes} octets en ${p.seconds} s (${p.encoding}, séparateur ${p.delimiter})`,
  },
  more: {
    en: (p: Params) => `… and ${p.count} more error(s) not listed (--limit-errors)`,
    fr: (p: Params) => `… et ${p.count} autre(s) erreur(s) non listée(s) (--limit-errors)`,
  },
  badLimit: { en: (p: Params) => `--limit-errors ${p.value}: expected a whole number of at least 0`, fr: (p: Params) => `--limit-errors ${p.value} : un nombre entier d’au moins 0 était attendu` },
  badMaxBytes: { en: (p: Params) => `--max-bytes ${p.value}: expected a whole number of bytes, at least 1`, fr: (p: Params) => `--max-bytes ${p.value} : un nombre entier d’octets d’au moins 1 était attendu` },
  badEncoding: { en: (p: Params) => `--encoding ${p.value}: expected utf-8 or windows-1252`, fr: (p: Params) => `--encoding ${p.value} : utf-8 ou windows-1252 était attendu` },
  badDelimiter: { en: (p: Params) => `--delimiter ${p.value}: expected one character (or "tab")`, fr: (p: Params) => `--delimiter ${p.value} : un seul caractère (ou « tab ») était attendu` },
  badSchema: { en: (p: Params) => `--schema ${p.value}: ${p.reason}`, fr: (p: Params) => `--schema ${p.value} : ${p.reason}` },
  unreadable: { en: (p: Params) => `cannot validate ${p.source}: ${p.reason}`, fr: (p: Params) => `impossible de valider ${p.source} : ${p.reason}` },
} satisfies Record<string, Record<UiLang, (p: Params) => string>>;

export type ValidateMessage = keyof typeof messages;

export function tv(lang: UiLang, key: ValidateMessage, params: Params = {}): string {
  return messages[key][lang](params);
}
