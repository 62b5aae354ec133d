// What the simulated Nova Scotia-like Socrata site publishes: its departments (and the one
// municipality it hosts), the counties its records are about, the site's categories, and the
// ways its metadata fields and licences are written.
import type { Label } from '../../../core/langstring.js';
import type { Organization } from '../../simulator/vocabulary/organizations.js';
import type { Place } from '../../simulator/vocabulary/places.js';
import { PROVINCES } from '../../simulator/vocabulary/places.js';

export const SIMULATED_DOMAIN = 'data.novascotia.example';

function department(name: string, en: string, fr: string, topics: string[], email: string, theFr: string): Organization {
  return { name, title: { en, fr }, the: { en: `the ${en}`, fr: theFr }, topics, email, level: 'provincial', region: 'CA-NS' };
}

/** Departments and agencies, most prolific first. */
export const NS_ORGANIZATIONS: readonly Organization[] = [
  department('finance-and-treasury-board', 'Department of Finance and Treasury Board', 'Ministère des Finances et du Conseil du Trésor', ['population', 'employment', 'budget', 'housing-starts', 'salaries', 'travellers', 'grants'], 'statistics@novascotia.example', 'le ministère des Finances et du Conseil du Trésor'),
  department('health-and-wellness', 'Department of Health and Wellness', 'Ministère de la Santé et du Mieux-être', ['hospital-wait-times', 'hospitals', 'vaccination', 'long-term-care', 'drinking-water'], 'dhwweb@novascotia.example', 'le ministère de la Santé et du Mieux-être'),
  department('environment-and-climate-change', 'Department of Environment and Climate Change', "Ministère de l'Environnement et du Changement climatique", ['air-quality', 'surface-water', 'drinking-water', 'greenhouse-gases', 'climate', 'species-at-risk'], 'environment@novascotia.example', "le ministère de l'Environnement et du Changement climatique"),
  department('public-works', 'Department of Public Works', 'Ministère des Travaux publics', ['road-network', 'road-collisions', 'snow-removal', 'cycling', 'ev-charging'], 'publicworks@novascotia.example', 'le ministère des Travaux publics'),
  department('natural-resources-and-renewables', 'Department of Natural Resources and Renewables', 'Ministère des Richesses naturelles et des Énergies renouvelables', ['forest-fires', 'mining', 'electricity', 'trees', 'species-at-risk', 'parks'], 'nrrinfo@novascotia.example', 'le ministère des Richesses naturelles et des Énergies renouvelables'),
  department('education-and-early-childhood-development', 'Department of Education and Early Childhood Development', "Ministère de l'Éducation et du Développement de la petite enfance", ['school-enrolment', 'schools'], 'eecd@novascotia.example', "le ministère de l'Éducation et du Développement de la petite enfance"),
  department('justice', 'Department of Justice', 'Ministère de la Justice', ['crime', 'contracts'], 'justweb@novascotia.example', 'le ministère de la Justice'),
  department('fisheries-and-aquaculture', 'Department of Fisheries and Aquaculture', 'Ministère des Pêches et de l’Aquaculture', ['fisheries', 'surface-water'], 'fishaqua@novascotia.example', 'le ministère des Pêches et de l’Aquaculture'),
  department('agriculture', 'Department of Agriculture', "Ministère de l'Agriculture", ['field-crops', 'food-inspections'], 'agriculture@novascotia.example', "le ministère de l'Agriculture"),
  department('communities-culture-tourism-and-heritage', 'Department of Communities, Culture, Tourism and Heritage', 'Ministère des Communautés, de la Culture, du Tourisme et du Patrimoine', ['heritage', 'libraries', 'travellers', 'parks'], 'ccth@novascotia.example', 'le ministère des Communautés, de la Culture, du Tourisme et du Patrimoine'),
  department('labour-skills-and-immigration', 'Department of Labour, Skills and Immigration', "Ministère du Travail, des Compétences et de l'Immigration", ['employment', 'immigration', 'salaries'], 'lsi@novascotia.example', "le ministère du Travail, des Compétences et de l'Immigration"),
  department('service-nova-scotia', 'Service Nova Scotia and Internal Services', 'Service Nouvelle-Écosse et Services internes', ['business-licences', 'contracts', 'travel-expenses', 'addresses', 'broadband'], 'snsis@novascotia.example', 'Service Nouvelle-Écosse et Services internes'),
  department('elections-nova-scotia', 'Elections Nova Scotia', 'Élections Nouvelle-Écosse', ['elections', 'polling-stations'], 'elections@novascotia.example', 'Élections Nouvelle-Écosse'),
  {
    name: 'halifax-regional-municipality',
    title: { en: 'Halifax Regional Municipality', fr: 'Municipalité régionale de Halifax' },
    the: { en: 'Halifax Regional Municipality', fr: 'la Municipalité régionale de Halifax' },
    topics: ['transit-ridership', 'transit-schedules', 'trees', 'parking', 'waste', 'building-permits', 'fire-incidents', 'service-requests'],
    email: 'opendata@halifax.example',
    level: 'municipal',
    municipality: 'Halifax',
    region: 'CA-NS',
  },
];

export const NOVA_SCOTIA: Place = PROVINCES.find((p) => p.code === 'CA-NS')?.place ?? { name: { en: 'Nova Scotia', fr: 'Nouvelle-Écosse' }, in: { en: 'in Nova Scotia', fr: 'en Nouvelle-Écosse' } };

/** Nova Scotia's counties, as provincial records break their data down. */
export const NS_COUNTIES: readonly Place[] = [
  'Halifax', 'Cape Breton', 'Kings', 'Lunenburg', 'Colchester', 'Pictou', 'Hants', 'Annapolis', 'Yarmouth',
  'Cumberland', 'Antigonish', 'Inverness', 'Digby', 'Queens', 'Shelburne', 'Guysborough', 'Victoria', 'Richmond',
].map((name) => ({ name: { en: `${name} County`, fr: `comté de ${name}` }, in: { en: `in ${name} County`, fr: `dans le comté de ${name}` } }));

/** The site's categories (`domain_category`), by Government of Canada subject. */
export const CATEGORY_BY_SUBJECT: Readonly<Record<string, string>> = {
  transport: 'Transportation',
  health_and_safety: 'Health and Wellness',
  nature_and_environment: 'Environment and Energy',
  government_and_politics: 'Government Administration',
  economics_and_industry: 'Economy and Finance',
  labour: 'Labour and Employment',
  education_and_training: 'Education',
  society_and_culture: 'Population and Demographics',
  history_and_archaeology: 'Culture, Tourism and Heritage',
  agriculture: 'Fisheries and Agriculture',
  law: 'Justice and Public Safety',
  persons: 'Population and Demographics',
  information_and_communications: 'Business and Industry',
};

/** Socrata's own cross-site categories (`classification.categories`). */
export const GLOBAL_CATEGORY_BY_SUBJECT: Readonly<Record<string, string>> = {
  transport: 'transportation',
  health_and_safety: 'health',
  nature_and_environment: 'environment',
  government_and_politics: 'politics',
  economics_and_industry: 'economy',
  labour: 'economy',
  education_and_training: 'education',
  society_and_culture: 'demographics',
  history_and_archaeology: 'recreation',
  agriculture: 'environment',
  law: 'public safety',
  persons: 'demographics',
  information_and_communications: 'infrastructure',
};

/** How the site's metadata fieldsets name their fields: most records use the current fieldset,
 * older ones the Common Core fieldset Socrata shipped, a few an ad hoc one. */
export interface FieldNames {
  publisher: string;
  contactName: string;
  contactEmail: string;
  frequency: string;
  coverage: string;
  period: string;
}

export const FIELD_NAMES: readonly (readonly [FieldNames, number])[] = [
  [{ publisher: 'Dataset-Information_Department', contactName: 'Dataset-Information_Contact-Name', contactEmail: 'Dataset-Information_Contact-Email', frequency: 'Dataset-Summary_Data-Frequency', coverage: 'Dataset-Summary_Geographic-Coverage', period: 'Dataset-Summary_Time-Period' }, 70],
  [{ publisher: 'Common-Core_Publisher', contactName: 'Common-Core_Contact-Name', contactEmail: 'Common-Core_Contact-Email', frequency: 'Common-Core_Update-Frequency', coverage: 'Common-Core_Spatial', period: 'Common-Core_Temporal' }, 22],
  [{ publisher: 'Additional-Metadata_Publisher', contactName: 'Additional-Metadata_Contact', contactEmail: 'Additional-Metadata_Email', frequency: 'Additional-Metadata_Refresh-Frequency', coverage: 'Additional-Metadata_Geography', period: 'Additional-Metadata_Temporal-Coverage' }, 8],
];

export const LICENCES: readonly (readonly [string | null, number])[] = [
  ['Open Government Licence - Nova Scotia', 86],
  ['Nova Scotia Open Government Licence', 6],
  [null, 4],
  ['Creative Commons Attribution 4.0', 2],
  ['Crown Copyright, Province of Nova Scotia', 2],
];

/** Asset types and how often the site has them. */
export const ASSET_TYPES: readonly (readonly [string, number])[] = [
  ['dataset', 78],
  ['filter', 6],
  ['map', 6],
  ['chart', 4],
  ['file', 3],
  ['href', 2],
  ['story', 1],
];

export const FILE_TYPES: readonly (readonly [string, number])[] = [
  ['application/pdf', 60],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 25],
  ['application/zip', 15],
];

export const SITE_TITLE: Label = { en: 'Nova Scotia Open Data (simulated)', fr: 'Données ouvertes de la Nouvelle-Écosse (simulation)' };
