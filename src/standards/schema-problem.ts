// A schema problem, in English and French.
// registry.ts imports schema-file.ts, which imports this: SchemaError is only used when a check
// fails, after all three have loaded (a subclass could not be declared here for the same reason).
import { SchemaError } from './registry.js';

/** A SchemaError with its sentence in French too (`schemaErrorFrench`). */
export function problem(where: string, message: string, messageFr: string): SchemaError {
  return Object.assign(new SchemaError(where, message), { messageFr });
}

/** The French sentence of a SchemaError raised here, when it has one. */
export function schemaErrorFrench(error: SchemaError): string | undefined {
  const fr = (error as SchemaError & { messageFr?: unknown }).messageFr;
  return typeof fr === 'string' ? fr : undefined;
}

// The problems' words in French, in the order to try (longer phrases first).
const FRENCH: Array<[RegExp, string]> = [
  [/^must be a JSON object$/, 'doit être un objet JSON'],
  [/^must be an object$/, 'doit être un objet'],
  [/^must be an array of strings \(or of \{value, label\}\)$/, 'doit être un tableau de chaînes (ou de {value, label})'],
  [/^must be an array of strings$/, 'doit être un tableau de chaînes'],
  [/^must be an array of keys$/, 'doit être un tableau de clés'],
  [/^must be an array$/, 'doit être un tableau'],
  [/^must be a non-empty array$/, 'doit être un tableau non vide'],
  [/^must be a non-empty string$/, 'doit être une chaîne non vide'],
  [/^must be a string, number or boolean$/, 'doit être une chaîne, un nombre ou un booléen'],
  [/^must be a string or a number$/, 'doit être une chaîne ou un nombre'],
  [/^must be a string$/, 'doit être une chaîne'],
  [/^must be true or false$/, 'doit valoir true ou false'],
  [/^must be a non-negative integer$/, 'doit être un entier positif ou nul'],
  [/^must be a number$/, 'doit être un nombre'],
  [/^must be a (\w+) in the field's format$/, 'doit être une valeur $1 dans le format du champ'],
  [/^must be a field name or a non-empty array of field names$/, 'doit être un nom de champ ou un tableau non vide de noms de champs'],
  [/^must be one of (.*)$/, 'doit être l’une des valeurs $1'],
  [/^unknown type "(.*)" \(one of (.*)\)$/, 'type inconnu « $1 » (l’un de $2)'],
  [/^unknown (\w+) format "(.*)" \(one of (.*)\)$/, 'format $1 inconnu « $2 » (l’un de $3)'],
  [/^does not apply to type (\w+)$/, 'ne s’applique pas au type $1'],
  [/^is not a valid regular expression: (.*)$/, 'n’est pas une expression régulière valide : $1'],
  [/^names no field: "(.*)"$/, 'ne nomme aucun champ : « $1 »'],
  [/^repeats the name "(.*)"$/, 'répète le nom « $1 »'],
];

/** The French of an English problem (`must be an array` → `doit être un tableau`). */
export function french(problem: string): string {
  for (const [re, fr] of FRENCH) if (re.test(problem)) return problem.replace(re, fr);
  return problem;
}
