// What the community routes answer when a request cannot be carried out, and who made a change.
import type { FieldError } from '../../../community/validate/records.js';
import type { StoredToken } from '../../../store/store.js';
import { ApiError } from '../../errors.js';

/** 422 with every bad field, each in English and French. */
export function invalidRecord(errors: readonly FieldError[]): ApiError {
  const list = (lang: 'en' | 'fr') => errors.map((e) => e[lang]).join('; ');
  return new ApiError(
    422,
    'invalid_record',
    { en: `the record was not saved: ${list('en')}`, fr: `l’enregistrement n’a pas été sauvegardé : ${list('fr')}` },
    errors[0]?.field,
    {},
    errors.map((e) => ({ field: e.field, message: { en: e.en, fr: e.fr } })),
  );
}

export function conflict(code: string, en: string, fr: string): ApiError {
  return new ApiError(409, code, { en, fr });
}

/** `api:<token name>`, or its id when it has no name: what progress reports and deadline changes record. */
export function actor(token: StoredToken): string {
  return `api:${token.name ?? token.id}`;
}
