// Query parameters of the community list routes: known names only, each value checked.
import { invalidParameter } from '../../errors.js';
import { single, type Query } from '../../search-params.js';

/** Refuses a parameter the route does not know. */
export function onlyKnown(query: Query, known: readonly string[]): void {
  for (const name of Object.keys(query)) {
    if (!known.includes(name)) {
      const list = known.join(', ') || '-';
      throw invalidParameter(name, `unknown parameter (known: ${list})`, `paramètre inconnu (connus : ${list})`);
    }
  }
}

export function oneOf<T extends string>(query: Query, name: string, values: readonly T[]): T | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) {
    throw invalidParameter(name, `must be one of ${values.join(', ')}`, `doit être l’une des valeurs ${values.join(', ')}`);
  }
  return value as T;
}

export function boolean(query: Query, name: string): boolean | undefined {
  const value = oneOf(query, name, ['true', 'false'] as const);
  return value === undefined ? undefined : value === 'true';
}

/** A value checked by `test`, described in both languages when refused. */
export function matching(query: Query, name: string, test: (value: string) => boolean, en: string, fr: string): string | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (value.length > 200 || !test(value)) throw invalidParameter(name, en, fr);
  return value;
}

/** `?lang=en|fr`, English when absent. */
export function lang(query: Query): 'en' | 'fr' {
  return oneOf(query, 'lang', ['en', 'fr'] as const) ?? 'en';
}
