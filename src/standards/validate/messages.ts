// The sentence of each error, in English and French.
import type { UiLang } from '../../core/langstring.js';
import type { ValidationError } from './report.js';

type Fields = Omit<ValidationError, 'message'>;

/** The rule in French: the note is kept in English in the report (it names schema terms). */
export function frenchNote(note: string): string {
  return note
    .replace(/^type is /, 'le type est ')
    .replace(/^duplicate of row (\d+)/, 'doublon de la ligne $1')
    .replace(/^duplicate of column (\d+)/, 'doublon de la colonne $1')
    .replace(/^required$/, 'obligatoire (required)')
    .replace(/^(\w+) is /, '$1 vaut ')
    .replace(/\(format /, '(format ');
}

function where(e: Fields, lang: UiLang): string {
  const row = e.rowNumber !== undefined ? (lang === 'fr' ? `ligne ${e.rowNumber}` : `row ${e.rowNumber}`) : '';
  const column = e.fieldNumber !== undefined ? `${lang === 'fr' ? 'colonne' : 'column'} ${e.fieldNumber}${e.fieldName !== undefined ? ` (${e.fieldName})` : ''}` : '';
  const text = [row, column].filter(Boolean).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const q = (s: string | undefined, lang: UiLang) => (lang === 'fr' ? `« ${s ?? ''} »` : `"${s ?? ''}"`);

export function errorMessage(e: Fields, lang: UiLang): string {
  const at = where(e, lang);
  const rule = lang === 'fr' ? frenchNote(e.note) : e.note;
  const en = lang === 'en';
  const sep = en ? ': ' : ' : ';
  switch (e.type) {
    case 'encoding-error':
      return en ? `${at}: bytes that are not valid UTF-8 (read as U+FFFD)` : `${at} : des octets qui ne sont pas de l’UTF-8 valide (lus comme U+FFFD)`;
    case 'source-error':
    case 'schema-error':
      return en ? `The file cannot be read: ${e.note}` : `Le fichier ne peut être lu : ${e.note}`;
    case 'blank-label':
      return en ? `${at}: the label is blank` : `${at} : l’en-tête est vide`;
    case 'duplicate-label':
      return en ? `${at}: the label ${q(e.cell, lang)} is a ${e.note}` : `${at} : l’en-tête ${q(e.cell, lang)} est un ${rule}`;
    case 'missing-label':
      return en ? `${at}: the label is missing (the file has fewer columns than the schema)` : `${at} : l’en-tête manque (le fichier a moins de colonnes que le schéma)`;
    case 'extra-label':
      return en ? `${at}: the label ${q(e.cell, lang)} is not in the schema` : `${at} : l’en-tête ${q(e.cell, lang)} n’est pas dans le schéma`;
    case 'incorrect-label':
      return en ? `${at}: the label ${q(e.cell, lang)} should be ${q(e.fieldName, lang)}` : `${at} : l’en-tête ${q(e.cell, lang)} devrait être ${q(e.fieldName, lang)}`;
    case 'blank-row':
      return en ? `${at}: the row is blank` : `${at} : la ligne est vide`;
    case 'missing-cell':
      return en ? `${at}: the cell is missing (the row is shorter than the header)` : `${at} : la cellule manque (la ligne est plus courte que l’en-tête)`;
    case 'extra-cell':
      return en ? `${at}: an extra cell ${q(e.cell, lang)} (the row is longer than the header)` : `${at} : une cellule en trop ${q(e.cell, lang)} (la ligne est plus longue que l’en-tête)`;
    case 'type-error':
      return en ? `${at}: ${q(e.cell, lang)} is not of the field's type (${rule})` : `${at} : ${q(e.cell, lang)} n’est pas du type du champ (${rule})`;
    case 'constraint-error':
      return en ? `${at}: ${q(e.cell, lang)} breaks a constraint (${rule})` : `${at} : ${q(e.cell, lang)} enfreint une contrainte (${rule})`;
    case 'unique-error':
      return en ? `${at}: ${q(e.cell, lang)} must be unique (${rule})` : `${at} : ${q(e.cell, lang)} doit être unique (${rule})`;
    case 'primary-key-error':
      return en ? `${at}: the primary key ${q(e.cell, lang)} is a ${rule}` : `${at} : la clé primaire ${q(e.cell, lang)} est un ${rule}`;
    default:
      return `${at}${sep}${rule}`;
  }
}
