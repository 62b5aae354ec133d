// The document's component schemas. Community record bodies come from the very zod schemas that
// validate them (so the document cannot drift from what is accepted); the rest is written here.
import { z } from 'zod';
import { COMMUNITY_KINDS } from '../../core/community/types.js';
import { FILTER_KEYS, SORTS } from '../../search/types.js';
import { RECORD_SCHEMAS } from '../../community/validate/records.js';
import { PROGRESS_SUBMISSION_SCHEMA } from '../../community/validate/progress.js';
import { described, ref, type JsonSchema } from './builders.js';

const str = { type: 'string' };
const int = { type: 'integer' };
const label: JsonSchema = { type: 'object', required: ['en', 'fr'], properties: { en: str, fr: str } };
const biText: JsonSchema = { type: 'object', properties: { en: str, fr: str }, ...described('Text in English and/or French.', 'Texte en anglais et/ou en français.') };

/** `EventInput`, `CharterAdoptionInput`... */
export function inputSchemaName(kind: string): string {
  return `${kind.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}Input`;
}

function fromZod(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function recordInputs(): Record<string, JsonSchema> {
  return Object.fromEntries(COMMUNITY_KINDS.map((kind) => [inputSchemaName(kind), fromZod(RECORD_SCHEMAS[kind])]));
}

const looseObject = (en: string, fr: string): JsonSchema => ({ type: 'object', additionalProperties: true, ...described(en, fr) });

export function componentSchemas(): Record<string, JsonSchema> {
  return {
    Label: label,
    BiText: biText,
    Error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['status', 'code', 'message'],
          properties: {
            status: int,
            code: str,
            parameter: { type: 'string', ...described('The parameter or field at fault.', 'Le paramètre ou le champ fautif.') },
            message: ref('Label'),
            issues: { type: 'array', items: { type: 'object', required: ['field', 'message'], properties: { field: str, message: ref('Label') } } },
            candidates: { type: 'array', items: str, ...described('For an ambiguous indicator code: the plan-qualified codes to choose from.', 'Pour un code d’indicateur ambigu : les codes qualifiés par plan parmi lesquels choisir.') },
          },
        },
      },
    },
    Health: {
      type: 'object',
      required: ['status', 'version'],
      properties: { status: { enum: ['ok', 'unavailable'] }, version: str, datasets: int, harvesting: { type: 'array', items: str }, error: ref('Label') },
    },
    SearchResponse: {
      type: 'object',
      required: ['total', 'page', 'size', 'results', 'facets'],
      properties: {
        total: int,
        page: int,
        size: int,
        results: { type: 'array', items: looseObject('A hit: title and snippet in the requested language, alsoAvailableFrom.', 'Un résultat : titre et extrait dans la langue demandée, alsoAvailableFrom.') },
        facets: {
          type: 'object',
          additionalProperties: { type: 'array', items: { type: 'object', properties: { value: str, label: ref('Label'), count: int } } },
        },
      },
      ...described(`Sorts: ${SORTS.join(', ')}. Filters: ${FILTER_KEYS.join(', ')}.`, `Tris : ${SORTS.join(', ')}. Filtres : ${FILTER_KEYS.join(', ')}.`),
    },
    Dataset: looseObject('The whole core record with its provenance, state and cluster of copies.', 'L’enregistrement commun complet, avec sa provenance, son état et sa grappe de copies.'),
    Source: looseObject('A source with its settings, dataset count and last job.', 'Une source avec ses paramètres, son nombre de jeux de données et sa dernière tâche.'),
    Job: looseObject('A harvest job report: status, times, counts, problems.', 'Un rapport de tâche de moissonnage : état, heures, comptes, problèmes.'),
    Suggestions: {
      type: 'object',
      required: ['q', 'lang', 'suggestions'],
      properties: { q: str, lang: { enum: ['en', 'fr'] }, suggestions: { type: 'array', items: { type: 'object', properties: { text: str, count: int } } } },
    },
    SourceEntry: looseObject('One sources.yaml entry as JSON (see the configuration section of the README).', 'Une entrée de sources.yaml en JSON (voir la section configuration du README).'),
    SourcePatch: {
      type: 'object',
      additionalProperties: false,
      properties: { enabled: { type: 'boolean' }, schedule: looseObject('incremental and full durations, or "manual".', 'Durées incremental et full, ou « manual ».'), priority: int },
    },
    SourceChange: { type: 'object', properties: { source: str, status: str, enabled: { type: 'boolean' }, href: str } },
    HarvestStarted: { type: 'object', properties: { source: str, mode: { enum: ['incremental', 'full'] }, job: str, href: str } },
    ...recordInputs(),
    ProgressSubmission: fromZod(PROGRESS_SUBMISSION_SCHEMA),
    ProgressReport: {
      type: 'object',
      required: ['id', 'indicator', 'period', 'status', 'progress', 'evidence', 'challenges', 'recordedAt', 'recordedBy'],
      properties: {
        id: { type: 'string', ...described('`<indicator>@<period>#<n>`.', '`<indicator>@<period>#<n>`.') },
        indicator: str,
        period: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
        status: { enum: ['NS', 'LP', 'SP', 'C'] },
        progress: ref('BiText'),
        evidence: ref('BiText'),
        challenges: ref('BiText'),
        recordedAt: { type: 'string', format: 'date-time' },
        recordedBy: { type: 'string', ...described('`api:<token name>`, `web:…`, `import:<file>`.', '`api:<nom du jeton>`, `web:…`, `import:<fichier>`.') },
      },
    },
    StatusCounts: looseObject('Indicators by latest status (NS, LP, SP, C, none).', 'Indicateurs par dernier statut (NS, LP, SP, C, aucun).'),
    PlanSummary: { type: 'object', properties: { plan: ref('PlanInput'), commitments: int, indicators: int, statuses: ref('StatusCounts') } },
    PlanOverview: {
      type: 'object',
      properties: {
        plan: ref('PlanInput'),
        commitments: int,
        indicators: int,
        statuses: ref('StatusCounts'),
        commitmentList: { type: 'array', items: { type: 'object', properties: { commitment: ref('CommitmentInput'), statuses: ref('StatusCounts') } } },
      },
    },
    IndicatorStatus: { type: 'object', properties: { indicator: ref('IndicatorInput'), latest: ref('ProgressReport'), overdue: { type: 'boolean' } } },
    CommitmentView: {
      type: 'object',
      properties: {
        commitment: ref('CommitmentInput'),
        plan: ref('PlanInput'),
        milestones: { type: 'array', items: ref('MilestoneInput') },
        indicators: { type: 'array', items: ref('IndicatorStatus') },
        statuses: ref('StatusCounts'),
        history: { type: 'array', items: ref('ProgressReport') },
        evidence: { type: 'array', items: { type: 'object', properties: { indicator: str, period: str, evidence: ref('BiText') } } },
        irm: { type: 'array', items: ref('IrmInput') },
      },
    },
    IndicatorView: {
      type: 'object',
      properties: {
        indicator: ref('IndicatorInput'),
        latest: ref('ProgressReport'),
        overdue: { type: 'boolean' },
        met: { type: 'boolean', ...described('Every target met (absent when some actual cannot be computed).', 'Toutes les cibles atteintes (absent si une valeur réelle ne peut être calculée).') },
        targets: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              label: ref('BiText'),
              baseline: { type: 'number' },
              target: { type: 'number' },
              unit: ref('BiText'),
              count: looseObject('What the actual counts.', 'Ce que compte la valeur réelle.'),
              actual: { type: 'number', ...described('Computed from Federa’s records, never typed in.', 'Calculée à partir des enregistrements de Federa, jamais saisie.') },
              met: { type: 'boolean' },
              records: { type: 'array', items: { type: 'object', properties: { kind: str, id: str, label: ref('BiText') } } },
            },
          },
        },
        history: { type: 'array', items: ref('ProgressReport') },
      },
    },
    DuePlan: {
      type: 'object',
      properties: { plan: str, cadence: { enum: ['quarterly', 'semi-annual'] }, period: str, indicators: { type: 'array', items: { type: 'object', properties: { indicator: ref('IndicatorInput'), latest: ref('ProgressReport') } } } },
    },
    EditResult: {
      type: 'object',
      required: ['status', 'kind', 'id'],
      properties: { status: { enum: ['created', 'replaced', 'unchanged', 'deleted'] }, kind: str, id: str, revision: int, href: str, record: { type: 'object' } },
    },
  };
}
