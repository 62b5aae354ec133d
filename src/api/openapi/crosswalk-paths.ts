// The published metadata crosswalk and completeness.
import { CROSSWALK_CSV_COLUMNS } from '../../standards/crosswalk/csv.js';
import { described, json, operation, type PathItem } from './builders.js';

const crosswalkSchema = {
  type: 'object',
  required: ['stamp', 'elements', 'notCarried', 'kinds', 'sources', 'completeness'],
  properties: {
    stamp: { type: 'string' },
    elements: { type: 'array', items: { type: 'object' } },
    notCarried: { type: 'array', items: { type: 'object' } },
    kinds: { type: 'array', items: { type: 'object' } },
    sources: { type: 'array', items: { type: 'object' } },
    completeness: { type: 'object' },
  },
};

export function crosswalkPaths(): Record<string, PathItem> {
  return {
    '/api/v1/crosswalk': {
      get: operation('getCrosswalk', ['standards'], 'The metadata crosswalk and completeness', 'La correspondance des métadonnées et leur complétude', {
        ...described(
          'Derived from the mapping code: per portal kind (from sample records) and per configured source (from a sample of its stored records), each source field with the core elements it feeds, their DCAT property and GC common core ids; completeness per source and jurisdiction.',
          'Dérivée du code de correspondance : par type de portail (à partir d’enregistrements d’exemple) et par source configurée (à partir d’un échantillon de ses enregistrements), chaque champ source avec les éléments du noyau qu’il alimente, leur propriété DCAT et leurs identifiants du noyau commun du GC; complétude par source et par juridiction.',
        ),
        responses: { '200': json(crosswalkSchema, 'The crosswalk.', 'La correspondance.') },
      }),
    },
    '/api/v1/crosswalk.csv': {
      get: operation('getCrosswalkCsv', ['standards'], 'The metadata crosswalk as CSV', 'La correspondance des métadonnées en CSV', {
        responses: {
          '200': {
            ...described(`One row per kind or source, source field, core element and GC element; columns: ${CROSSWALK_CSV_COLUMNS.join(', ')}.`, `Une ligne par type ou source, champ source, élément du noyau et élément du GC; colonnes : ${CROSSWALK_CSV_COLUMNS.join(', ')}.`),
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
        },
      }),
    },
  };
}
