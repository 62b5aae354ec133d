// Small builders for the OpenAPI document: every description in English (`description`) with its
// French beside it (`x-description-fr`), since OpenAPI has one description field per object.
export type JsonSchema = { [key: string]: unknown };
export type Operation = { [key: string]: unknown };
export type PathItem = { [method: string]: Operation };

export function described(en: string, fr: string): { description: string; 'x-description-fr': string } {
  return { description: en, 'x-description-fr': fr };
}

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

export function param(name: string, where: 'query' | 'path' | 'header', schema: JsonSchema, en: string, fr: string, required = where === 'path'): JsonSchema {
  return { name, in: where, required, schema, ...described(en, fr) };
}

export const idParam = (name: string, en: string, fr: string) => param(name, 'path', { type: 'string' }, en, fr);

export function json(schema: JsonSchema, en: string, fr: string): JsonSchema {
  return { ...described(en, fr), content: { 'application/json': { schema } } };
}

const ERRORS: Record<number, [string, string]> = {
  400: ['Invalid parameter or body: the error names it.', 'Paramètre ou corps invalide : l’erreur le nomme.'],
  401: ['No valid bearer token (WWW-Authenticate: Bearer).', 'Aucun jeton porteur valide (WWW-Authenticate: Bearer).'],
  403: ['The token’s role may not do this.', 'Le rôle du jeton ne permet pas cette action.'],
  404: ['No such record.', 'Aucun enregistrement de ce nom.'],
  409: ['Conflict: the error says with what.', 'Conflit : l’erreur dit avec quoi.'],
  422: ['The record breaks rules: `issues` names every bad field, in English and French.', 'L’enregistrement enfreint des règles : `issues` nomme chaque champ fautif, en anglais et en français.'],
  503: ['A file or the database cannot be used: nothing was changed.', 'Un fichier ou la base de données est inutilisable : rien n’a été modifié.'],
};

/** Error responses, all of the `Error` shape. */
export function errors(...statuses: number[]): Record<string, JsonSchema> {
  return Object.fromEntries(statuses.map((s) => [String(s), json(ref('Error'), ...(ERRORS[s] ?? ['Error.', 'Erreur.']))]));
}

/** An operation: summary and description in both languages. */
export function operation(id: string, tags: string[], en: string, fr: string, rest: Operation): Operation {
  return { operationId: id, tags, summary: en, 'x-summary-fr': fr, ...rest };
}

/** Routes that need an editor or admin token. */
export const BEARER = [{ bearer: [] }];

export const listOf = (item: JsonSchema): JsonSchema => ({
  type: 'object',
  required: ['total', 'results'],
  properties: { total: { type: 'integer', minimum: 0 }, results: { type: 'array', items: item } },
});
