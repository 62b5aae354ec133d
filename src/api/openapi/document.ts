// The OpenAPI 3.1 document of the whole HTTP API, served at GET /api/v1/openapi.json.
import { FEDERA_VERSION } from '../../core/version.js';
import { described, json, operation, type PathItem } from './builders.js';
import { cataloguePaths } from './catalogue-paths.js';
import { communityPaths } from './community-paths.js';
import { crosswalkPaths } from './crosswalk-paths.js';
import { componentSchemas } from './components.js';
import { standardsPaths } from './standards-paths.js';

export const OPENAPI_PATH = '/api/v1/openapi.json';

function selfPath(): Record<string, PathItem> {
  return {
    [OPENAPI_PATH]: {
      get: operation('openapi', ['meta'], 'This document', 'Ce document', { responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1.', 'OpenAPI 3.1.') } }),
    },
  };
}

let cached: Record<string, unknown> | undefined;

/** Built once: it depends on nothing but the code. */
export function openApiDocument(): Record<string, unknown> {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Federa API',
      version: FEDERA_VERSION,
      ...described(
        'Canadian open data, federated into one bilingual catalogue, and the open government community tracker. Every description is in English; its French is in `x-description-fr` (and `x-summary-fr` for summaries). Errors are `{"error": {status, code, parameter?, message: {en, fr}, issues?}}`.',
        'Les données ouvertes canadiennes fédérées en un catalogue bilingue, et le suivi de la communauté du gouvernement ouvert. Chaque description est en anglais; sa version française est dans `x-description-fr` (et `x-summary-fr` pour les résumés). Les erreurs sont `{"error": {status, code, parameter?, message: {en, fr}, issues?}}`.',
      ),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [
      { name: 'catalogue', ...described('Search and datasets.', 'Recherche et jeux de données.') },
      { name: 'sources', ...described('Portals harvested and their jobs.', 'Portails moissonnés et leurs tâches.') },
      { name: 'standards', ...described('Common data standards (schemas, CSV validation, coverage) and the metadata crosswalk.', 'Normes de données communes (schémas, validation CSV, couverture) et correspondance des métadonnées.') },
      { name: 'community', ...described('Open government commitments, progress, events and more.', 'Engagements de gouvernement ouvert, progrès, événements et plus.') },
      { name: 'meta', ...described('About the API.', 'À propos de l’API.') },
    ],
    paths: { ...cataloguePaths(), ...crosswalkPaths(), ...communityPaths(), ...standardsPaths(), ...selfPath() },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', ...described('A token from `federa tokens create` (editor or admin).', 'Un jeton de `federa tokens create` (éditeur ou administrateur).') },
      },
    },
  };
  return cached;
}
