// The catalogue's routes: search, datasets, sources, jobs, completion, harvests and source edits.
import { FILTER_KEYS, SORTS } from '../../search/types.js';
import { BEARER, described, errors, idParam, json, listOf, operation, param, ref, type PathItem } from './builders.js';

const lang = (required: boolean) => param('lang', 'query', { enum: ['en', 'fr'] }, 'Language of titles, snippets and analysis.', 'Langue des titres, des extraits et de l’analyse.', required);

const filterParams = FILTER_KEYS.map((key) =>
  param(key, 'query', { type: 'array', items: { type: 'string' } }, `Filter on ${key}; repeatable (values are ORed).`, `Filtre sur ${key}; répétable (valeurs combinées par OU).`),
);

export function cataloguePaths(): Record<string, PathItem> {
  return {
    '/health': {
      get: operation('health', ['catalogue'], 'Service health', 'État du service', {
        responses: { '200': json(ref('Health'), 'Up, with the dataset count.', 'En service, avec le nombre de jeux de données.'), '503': json(ref('Health'), 'The catalogue cannot be read.', 'Le catalogue ne peut pas être lu.') },
      }),
    },
    '/api/v1/datasets': {
      get: operation('searchDatasets', ['catalogue'], 'Search the catalogue', 'Chercher dans le catalogue', {
        ...described('Words must all match; "phrases", -exclusions and OR. Facets are counted with the other filters applied.', 'Tous les mots doivent correspondre; « phrases », -exclusions et OR. Les facettes sont comptées avec les autres filtres appliqués.'),
        parameters: [
          param('q', 'query', { type: 'string', maxLength: 1000 }, 'The query.', 'La requête.'),
          lang(false),
          param('sort', 'query', { enum: [...SORTS] }, 'Order of the results.', 'Ordre des résultats.'),
          param('page', 'query', { type: 'integer', minimum: 1, maximum: 10000 }, 'Page, from 1.', 'Page, à partir de 1.'),
          param('size', 'query', { type: 'integer', minimum: 0, maximum: 100 }, 'Results per page (0: counts and facets only).', 'Résultats par page (0 : comptes et facettes seulement).'),
          param('modifiedFrom', 'query', { type: 'string' }, 'Modified on or after this ISO 8601 date.', 'Modifiés à partir de cette date ISO 8601.'),
          param('modifiedTo', 'query', { type: 'string' }, 'Modified on or before this ISO 8601 date.', 'Modifiés jusqu’à cette date ISO 8601.'),
          ...filterParams,
        ],
        responses: { '200': json(ref('SearchResponse'), 'Results and facets.', 'Résultats et facettes.'), ...errors(400) },
      }),
    },
    '/api/v1/datasets/{id}': {
      get: operation('getDataset', ['catalogue'], 'One dataset', 'Un jeu de données', {
        parameters: [idParam('id', 'Dataset id (`<source>:<remote id>`).', 'Identifiant du jeu de données (`<source>:<identifiant distant>`).')],
        responses: { '200': json(ref('Dataset'), 'The record.', 'L’enregistrement.'), ...errors(404) },
      }),
    },
    '/api/v1/suggest': {
      get: operation('suggest', ['catalogue'], 'Completion for a search box', 'Complétion pour une boîte de recherche', {
        parameters: [
          param('q', 'query', { type: 'string' }, 'The text typed so far.', 'Le texte tapé jusqu’ici.', true),
          lang(true),
          param('limit', 'query', { type: 'integer', minimum: 1, maximum: 10 }, 'At most this many suggestions.', 'Au plus ce nombre de suggestions.'),
        ],
        responses: { '200': json(ref('Suggestions'), 'Titles and keywords, most used first.', 'Titres et mots-clés, les plus utilisés d’abord.'), ...errors(400) },
      }),
    },
    '/api/v1/sources': {
      get: operation('listSources', ['sources'], 'Sources', 'Sources', { responses: { '200': json(listOf(ref('Source')), 'Every source with its last job.', 'Chaque source avec sa dernière tâche.') } }),
    },
    '/api/v1/sources/{id}': {
      get: operation('getSource', ['sources'], 'One source', 'Une source', {
        parameters: [idParam('id', 'Source id.', 'Identifiant de la source.')],
        responses: { '200': json(ref('Source'), 'The source.', 'La source.'), ...errors(404) },
      }),
      put: operation('putSource', ['sources'], 'Add or replace a source (admins)', 'Ajouter ou remplacer une source (administrateurs)', {
        security: BEARER,
        parameters: [idParam('id', 'Source id.', 'Identifiant de la source.')],
        requestBody: { required: true, content: { 'application/json': { schema: ref('SourceEntry') } } },
        responses: { '200': json(ref('SourceChange'), 'Replaced.', 'Remplacée.'), '201': json(ref('SourceChange'), 'Added.', 'Ajoutée.'), ...errors(400, 401, 403, 503) },
      }),
      patch: operation('patchSource', ['sources'], 'Switch a source on or off, or change its schedule or priority (admins)', 'Activer ou désactiver une source, ou changer son horaire ou sa priorité (administrateurs)', {
        security: BEARER,
        parameters: [idParam('id', 'Source id.', 'Identifiant de la source.')],
        requestBody: { required: true, content: { 'application/json': { schema: ref('SourcePatch') } } },
        responses: { '200': json(ref('SourceChange'), 'Changed.', 'Modifiée.'), ...errors(400, 401, 403, 404, 503) },
      }),
      delete: operation('disableSource', ['sources'], 'Disable a source, keeping its records (admins)', 'Désactiver une source en gardant ses enregistrements (administrateurs)', {
        security: BEARER,
        parameters: [idParam('id', 'Source id.', 'Identifiant de la source.')],
        responses: { '200': json(ref('SourceChange'), 'Disabled.', 'Désactivée.'), ...errors(401, 403, 404, 503) },
      }),
    },
    '/api/v1/sources/{id}/jobs': {
      get: operation('listJobs', ['sources'], 'Job reports of a source, newest first', 'Rapports de tâches d’une source, les plus récents d’abord', {
        parameters: [idParam('id', 'Source id.', 'Identifiant de la source.'), param('limit', 'query', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'At most this many jobs.', 'Au plus ce nombre de tâches.')],
        responses: { '200': json(listOf(ref('Job')), 'The jobs.', 'Les tâches.'), ...errors(400, 404) },
      }),
    },
    '/api/v1/sources/{id}/harvest': {
      post: operation('startHarvest', ['sources'], 'Start a harvest (editors and admins)', 'Lancer un moissonnage (éditeurs et administrateurs)', {
        security: BEARER,
        parameters: [idParam('id', 'Source id.', 'Identifiant de la source.')],
        requestBody: { required: false, content: { 'application/json': { schema: { type: 'object', additionalProperties: false, properties: { mode: { enum: ['incremental', 'full'] } } } } } },
        responses: { '202': json(ref('HarvestStarted'), 'Started: the job to follow.', 'Lancé : la tâche à suivre.'), ...errors(400, 401, 403, 404, 409) },
      }),
    },
    '/api/v1/jobs/{id}': {
      get: operation('getJob', ['sources'], 'One job report with its problems', 'Un rapport de tâche avec ses problèmes', {
        parameters: [idParam('id', 'Job id.', 'Identifiant de la tâche.')],
        responses: { '200': json(ref('Job'), 'The report.', 'Le rapport.'), ...errors(404) },
      }),
    },
  };
}
