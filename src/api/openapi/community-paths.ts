// The community tracker's routes (present when the server has a tracker, as `federa serve` does).
import { JURISDICTION_LEVELS } from '../../core/dataset.js';
import { COMMUNITY_KIND_LABELS } from '../../core/community/vocab.js';
import { EDITABLE_KINDS, type EditableKind } from '../../community/edits.js';
import { ATTENDANCES, EDUCATIONAL_LEVELS, EVENT_KINDS } from '../../community/validate/records.js';
import { KIND_PATHS } from '../routes/community/paths.js';
import { PLAIN_RECORD_KINDS } from '../routes/community/records.js';
import { BEARER, described, errors, idParam, json, listOf, operation, param, ref, type JsonSchema, type PathItem } from './builders.js';
import { inputSchemaName } from './components.js';

const TAG = ['community'];
const langParam = param('lang', 'query', { enum: ['en', 'fr'], default: 'en' }, 'Language of the feed.', 'Langue du fil.');
const commitmentId = idParam('id', 'OGP id (CA0073) or plan-qualified code (AP_CAN05:C01).', 'Identifiant du PGO (CA0073) ou code qualifié par plan (AP_CAN05:C01).');
const indicatorCode = idParam('code', 'Plan-qualified code (AP_CAN04:C10.5.1), or a bare code (C10.5.1) that one plan only uses.', 'Code qualifié par plan (AP_CAN04:C10.5.1), ou code nu (C10.5.1) qu’un seul plan utilise.');
const text = (mediaType: string, en: string, fr: string) => ({ ...described(en, fr), content: { [mediaType]: { schema: { type: 'string' } } } });

function label(kind: EditableKind): { en: string; fr: string } {
  const l = COMMUNITY_KIND_LABELS[kind];
  return { en: l.en.toLowerCase(), fr: l.fr.toLowerCase() };
}

const LIST_PARAMS: Partial<Record<EditableKind, JsonSchema[]>> = {
  event: [
    param('when', 'query', { enum: ['upcoming', 'past'] }, 'Upcoming (soonest first) or past (newest first).', 'À venir (les plus proches d’abord) ou passés (les plus récents d’abord).'),
    param('kind', 'query', { enum: [...EVENT_KINDS] }, 'Kind of event.', 'Genre d’événement.'),
    param('attendance', 'query', { enum: [...ATTENDANCES] }, 'How one attends.', 'Mode de participation.'),
    param('country', 'query', { type: 'string', pattern: '^[A-Za-z]{2}$' }, 'ISO 3166-1 alpha-2 country.', 'Pays ISO 3166-1 alpha-2.'),
    param('indicator', 'query', { type: 'string' }, 'Events counted towards this indicator id.', 'Événements comptés pour cet indicateur.'),
  ],
  declaration: [param('openGovernmentLanguage', 'query', { enum: ['true', 'false'] }, 'Whether it uses open government language.', 'S’il emploie le langage du gouvernement ouvert.')],
  'charter-adoption': [
    param('level', 'query', { enum: [...JURISDICTION_LEVELS] }, 'Level of government.', 'Ordre de gouvernement.'),
    param('region', 'query', { type: 'string' }, 'ISO 3166 code (CA, CA-ON).', 'Code ISO 3166 (CA, CA-ON).'),
  ],
  'learning-resource': [
    param('type', 'query', { type: 'string' }, 'LRMI learning resource type.', 'Type de ressource d’apprentissage LRMI.'),
    param('level', 'query', { enum: [...EDUCATIONAL_LEVELS] }, 'Educational level.', 'Niveau.'),
    param('audience', 'query', { type: 'string' }, 'Audience.', 'Public.'),
    param('language', 'query', { type: 'string' }, 'BCP 47 tag or its base language (fr finds fr-CA).', 'Étiquette BCP 47 ou sa langue de base (fr trouve fr-CA).'),
  ],
};

/** GET lists for the kinds that have one, POST for every editable kind. */
function collection(kind: EditableKind): PathItem {
  const l = label(kind);
  const item: PathItem = {
    post: operation(`create-${kind}`, TAG, `Create a ${l.en} (editors and admins)`, `Créer : ${l.fr} (éditeurs et administrateurs)`, {
      ...described('The id is made from the record when not given. Unknown fields are refused.', 'L’identifiant est tiré de l’enregistrement s’il n’est pas donné. Les champs inconnus sont refusés.'),
      security: BEARER,
      requestBody: { required: true, content: { 'application/json': { schema: ref(inputSchemaName(kind)) } } },
      responses: { '201': json(ref('EditResult'), 'Created (Location: its URL).', 'Créé (Location : son URL).'), ...errors(400, 401, 403, 409, 422) },
    }),
  };
  const params = LIST_PARAMS[kind];
  if (params) {
    item.get = operation(`list-${kind}`, TAG, `List ${KIND_PATHS[kind]}`, `Liste : ${l.fr}`, {
      parameters: params,
      responses: { '200': json(listOf(ref(inputSchemaName(kind))), 'The matching records.', 'Les enregistrements correspondants.'), ...errors(400) },
    });
  }
  return item;
}

/** PUT and DELETE for every editable kind, GET for those with no view of their own. */
function member(kind: EditableKind): PathItem {
  const l = label(kind);
  const id = idParam('id', `The ${l.en}'s id.`, `Identifiant : ${l.fr}.`);
  const item: PathItem = {
    put: operation(`replace-${kind}`, TAG, `Replace a ${l.en} whole (editors and admins)`, `Remplacer en entier : ${l.fr} (éditeurs et administrateurs)`, {
      ...(kind === 'indicator'
        ? described('A new deadline is appended to deadlineHistory with the token’s name; a deadlineHistory sent is ignored.', 'Une nouvelle échéance est ajoutée à deadlineHistory avec le nom du jeton; un deadlineHistory envoyé est ignoré.')
        : {}),
      security: BEARER,
      parameters: [id],
      requestBody: { required: true, content: { 'application/json': { schema: ref(inputSchemaName(kind)) } } },
      responses: { '200': json(ref('EditResult'), 'Replaced (or unchanged).', 'Remplacé (ou inchangé).'), ...errors(400, 401, 403, 404, 422) },
    }),
    delete: operation(`delete-${kind}`, TAG, `Delete a ${l.en} nothing depends on (editors and admins)`, `Supprimer, si rien n’en dépend : ${l.fr} (éditeurs et administrateurs)`, {
      security: BEARER,
      parameters: [id],
      responses: { '200': json(ref('EditResult'), 'Deleted.', 'Supprimé.'), ...errors(401, 403, 404, 409) },
    }),
  };
  if ((PLAIN_RECORD_KINDS as readonly string[]).includes(kind)) {
    item.get = operation(`get-${kind}`, TAG, `One ${l.en}`, `Un(e) ${l.fr}`, {
      parameters: [id],
      responses: { '200': json({ type: 'object', ...described('The record with revision, createdAt and updatedAt.', 'L’enregistrement avec revision, createdAt et updatedAt.') }, 'The record.', 'L’enregistrement.'), ...errors(404) },
    });
  }
  return item;
}

function editPaths(): Record<string, PathItem> {
  const paths: Record<string, PathItem> = {};
  for (const kind of EDITABLE_KINDS) {
    const base = `/api/v1/community/${KIND_PATHS[kind]}`;
    const idName = kind === 'indicator' ? 'code' : 'id';
    paths[base] = collection(kind);
    paths[`${base}/{${idName}}`] = member(kind);
  }
  // The indicator's path parameter is its code, as GET names it; edits take the plan-qualified one only.
  const indicator = paths['/api/v1/community/indicators/{code}']!;
  const qualified = idParam('code', 'Plan-qualified code (AP_CAN04:C10.5.1).', 'Code qualifié par plan (AP_CAN04:C10.5.1).');
  for (const op of Object.values(indicator)) op.parameters = [qualified];
  return paths;
}

export function communityPaths(): Record<string, PathItem> {
  const paths = editPaths();
  paths['/api/v1/community/plans']!.get = operation('listPlans', TAG, 'Action plans with counts and statuses', 'Plans d’action avec comptes et statuts', {
    responses: { '200': json(listOf(ref('PlanSummary')), 'Every plan.', 'Chaque plan.') },
  });
  paths['/api/v1/community/plans/{id}']!.get = operation('getPlan', TAG, 'One action plan and its commitments', 'Un plan d’action et ses engagements', {
    parameters: [idParam('id', 'Plan id (AP_CAN04).', 'Identifiant du plan (AP_CAN04).')],
    responses: { '200': json(ref('PlanOverview'), 'The plan.', 'Le plan.'), ...errors(404) },
  });
  paths['/api/v1/community/commitments/{id}']!.get = operation('getCommitment', TAG, 'A commitment with milestones, indicators, progress and IRM assessments', 'Un engagement avec jalons, indicateurs, progrès et évaluations du MEI', {
    parameters: [commitmentId],
    responses: { '200': json(ref('CommitmentView'), 'The commitment.', 'L’engagement.'), ...errors(400, 404) },
  });
  paths['/api/v1/community/indicators/{code}']!.get = operation('getIndicator', TAG, 'An indicator with its targets, computed actuals and whether they are met', 'Un indicateur avec ses cibles, ses valeurs réelles calculées et leur atteinte', {
    parameters: [indicatorCode],
    responses: { '200': json(ref('IndicatorView'), 'The indicator.', 'L’indicateur.'), ...errors(404, 409) },
  });
  return {
    ...paths,
    '/api/v1/community/commitments/{id}/feed.atom': {
      get: operation('commitmentFeed', TAG, 'A commitment’s progress reports as Atom', 'Les rapports d’étape d’un engagement en Atom', {
        ...described('Links to the commitment’s web page in the feed’s language. Ids and links use FEDERA_PUBLIC_URL, else the Host header.', 'Renvoie à la page Web de l’engagement dans la langue du fil. Les identifiants et les liens utilisent FEDERA_PUBLIC_URL, sinon l’en-tête Host.'),
        parameters: [commitmentId, langParam],
        responses: { '200': text('application/atom+xml', 'The feed, newest first.', 'Le fil, le plus récent d’abord.'), ...errors(400, 404) },
      }),
    },
    '/api/v1/community/indicators/{code}/progress': {
      get: operation('listProgress', TAG, 'An indicator’s progress reports, oldest first', 'Les rapports d’étape d’un indicateur, du plus ancien au plus récent', {
        parameters: [indicatorCode],
        responses: { '200': json({ type: 'object', properties: { indicator: { type: 'string' }, total: { type: 'integer' }, results: { type: 'array', items: ref('ProgressReport') } } }, 'The history.', 'L’historique.'), ...errors(404, 409) },
      }),
      post: operation('postProgress', TAG, 'Report progress (editors and admins)', 'Rendre compte des progrès (éditeurs et administrateurs)', {
        ...described('Progress in both languages; challenges in both when the status is NS or LP; evidence links http(s) only; the period one of the plan’s. Recorded as `api:<token name>`.', 'Progrès dans les deux langues; défis dans les deux si le statut est NS ou LP; liens de preuve http(s) seulement; période parmi celles du plan. Enregistré comme `api:<nom du jeton>`.'),
        security: BEARER,
        parameters: [indicatorCode],
        requestBody: { required: true, content: { 'application/json': { schema: ref('ProgressSubmission') } } },
        responses: { '201': json(ref('ProgressReport'), 'Stored.', 'Enregistré.'), ...errors(400, 401, 403, 404, 409, 422) },
      }),
    },
    '/api/v1/community/due': {
      get: operation('dueList', TAG, 'Indicators whose report for the current period is missing', 'Indicateurs dont le rapport de la période en cours manque', {
        responses: { '200': json(listOf(ref('DuePlan')), 'By plan; total counts indicators.', 'Par plan; total compte les indicateurs.') },
      }),
    },
    '/events.ics': {
      get: operation('eventsCalendar', TAG, 'Every community event as iCalendar', 'Tous les événements de la communauté en iCalendar', {
        ...described('UIDs are `<event id>@<host>`, the host from FEDERA_PUBLIC_URL, else the Host header.', 'Les UID sont `<identifiant>@<hôte>`, l’hôte venant de FEDERA_PUBLIC_URL, sinon de l’en-tête Host.'),
        parameters: [langParam],
        responses: { '200': text('text/calendar', 'The calendar.', 'Le calendrier.'), ...errors(400) },
      }),
    },
  };
}
