// The data standards' operations: schemas, CSV validation and coverage.
import { described, errors, idParam, json, listOf, operation, param, ref, type JsonSchema, type PathItem } from './builders.js';

const str = { type: 'string' };
const int = { type: 'integer', minimum: 0 };
const nameParam = idParam('name', 'Standard name (`building-permits`).', 'Nom de la norme (`building-permits`).');

const standardSummary: JsonSchema = {
  type: 'object',
  required: ['name', 'title', 'description', 'fields', 'primaryKey', 'links'],
  properties: {
    name: str,
    title: ref('Label'),
    description: ref('Label'),
    fields: int,
    primaryKey: { type: 'array', items: str },
    links: { type: 'object', properties: { schema: str, example: str, page: ref('Label') } },
  },
};

const validationError: JsonSchema = {
  type: 'object',
  required: ['type', 'note', 'message'],
  properties: {
    type: { type: 'string', ...described('Frictionless error type (`type-error`, `missing-label`, `primary-key-error`...).', 'Type d’erreur Frictionless (`type-error`, `missing-label`, `primary-key-error`...).') },
    rowNumber: int,
    fieldNumber: int,
    fieldName: str,
    cell: str,
    note: { type: 'string', ...described('The rule broken.', 'La règle enfreinte.') },
    message: str,
  },
};

const validationReport: JsonSchema = {
  type: 'object',
  required: ['valid', 'schema', 'source', 'encoding', 'delimiter', 'stats', 'errors', 'truncated'],
  properties: {
    valid: { type: 'boolean' },
    schema: str,
    source: str,
    encoding: { enum: ['utf-8', 'utf-8-sig', 'windows-1252'] },
    delimiter: str,
    stats: {
      type: 'object',
      properties: { rows: int, bytes: int, errors: int, seconds: { type: 'number' }, byType: { type: 'object', additionalProperties: int } },
    },
    errors: { type: 'array', items: validationError },
    truncated: { type: 'boolean' },
  },
};

const coverage: JsonSchema = {
  type: 'object',
  required: ['name', 'title', 'status', 'counts', 'jurisdictions'],
  properties: {
    name: str,
    title: ref('Label'),
    status: { enum: ['conforms', 'partly', 'does-not-conform', 'unchecked', 'no-files'] },
    counts: { type: 'object', additionalProperties: int },
    jurisdictions: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
  ...described(
    'For each jurisdiction: the datasets of the standard’s kind (found by conformsTo, title or keyword), their CSV files and the last check of each.',
    'Pour chaque juridiction : les jeux de données du genre de la norme (trouvés par conformsTo, titre ou mot-clé), leurs fichiers CSV et la dernière vérification de chacun.',
  ),
};

export function standardsPaths(): Record<string, PathItem> {
  return {
    '/api/v1/standards': {
      get: operation('listStandards', ['standards'], 'The data standards (Table Schemas)', 'Les normes de données (Table Schemas)', {
        responses: { '200': json(listOf(standardSummary), 'Every standard.', 'Chaque norme.') },
      }),
    },
    '/api/v1/standards/coverage': {
      get: operation('standardsCoverage', ['standards'], 'Which jurisdictions publish each standard’s data, and whether it conforms', 'Quelles juridictions publient les données de chaque norme, et si elles sont conformes', {
        responses: { '200': json(listOf(coverage), 'Coverage of every standard.', 'Couverture de chaque norme.') },
      }),
    },
    '/api/v1/standards/{name}': {
      get: operation('getStandard', ['standards'], 'One standard, with its schema and guide', 'Une norme, avec son schéma et son guide', {
        parameters: [nameParam],
        responses: { '200': json({ type: 'object', additionalProperties: true }, 'The standard.', 'La norme.'), ...errors(404) },
      }),
    },
    '/api/v1/standards/{name}/schema.json': {
      get: operation('getStandardSchema', ['standards'], 'The standard’s Frictionless Table Schema (v2)', 'Le Table Schema Frictionless (v2) de la norme', {
        parameters: [nameParam],
        responses: { '200': json({ type: 'object', additionalProperties: true }, 'Table Schema v2, French in `fr`.', 'Table Schema v2, le français dans `fr`.'), ...errors(404) },
      }),
    },
    '/api/v1/standards/{name}/example.csv': {
      get: operation('getStandardExample', ['standards'], 'A valid example file', 'Un fichier d’exemple valide', {
        parameters: [nameParam],
        responses: { '200': { ...described('CSV.', 'CSV.'), content: { 'text/csv': { schema: str } } }, ...errors(404) },
      }),
    },
    '/api/v1/validate': {
      post: operation('validateCsv', ['standards'], 'Validate a CSV against a standard', 'Valider un CSV selon une norme', {
        parameters: [
          param('schema', 'query', str, 'Standard name.', 'Nom de la norme.', true),
          param('lang', 'query', { enum: ['en', 'fr'], default: 'en' }, 'Language of the messages.', 'Langue des messages.'),
          param('limitErrors', 'query', { type: 'integer', minimum: 0, maximum: 100000, default: 1000 }, 'Errors listed (all are counted).', 'Erreurs listées (toutes sont comptées).'),
        ],
        requestBody: { required: true, content: { 'text/csv': { schema: str } }, ...described('The CSV (UTF-8 with or without BOM, or Windows-1252; delimiter detected), at most 50 MB.', 'Le CSV (UTF-8 avec ou sans BOM, ou Windows-1252; séparateur détecté), 50 Mo au plus.') },
        responses: {
          '200': json(validationReport, 'The report: `valid` says whether the file conforms.', 'Le rapport : `valid` dit si le fichier est conforme.'),
          ...errors(400),
          '413': json(ref('Error'), 'The body is over the limit.', 'Le corps dépasse la limite.'),
        },
      }),
    },
  };
}
