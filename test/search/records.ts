// Small bilingual records for search tests, written to a real store.
import type { DatasetRecord, Jurisdiction } from '../../src/core/dataset.js';
import { datasetId } from '../../src/core/ids.js';
import type { LangString, LangStrings } from '../../src/core/langstring.js';

export interface RecordSpec {
  id: string;
  source?: string;
  title: LangString;
  description?: LangString;
  keywords?: LangStrings;
  jurisdiction?: Jurisdiction;
  publisher?: { id: string; en: string; fr: string };
  licence?: string;
  formats?: string[];
  subjects?: string[];
  languages?: string[];
  modified?: string;
}

export function record(spec: RecordSpec): DatasetRecord {
  const source = spec.source ?? 'canada';
  return {
    id: datasetId(source, spec.id),
    provenance: {
      sourceId: source,
      remoteId: spec.id,
      landingPage: `https://${source}.example.ca/dataset/${spec.id}`,
      harvestedAt: '2024-06-01T00:00:00.000Z',
      contentHash: `hash-${spec.id}-${JSON.stringify(spec).length}`,
      raw: { id: spec.id },
    },
    title: spec.title,
    description: spec.description ?? {},
    keywords: spec.keywords ?? {},
    ...(spec.publisher ? { publisher: { id: spec.publisher.id, name: { en: spec.publisher.en, fr: spec.publisher.fr } } } : {}),
    jurisdiction: spec.jurisdiction ?? { level: 'federal', code: 'CA' },
    subjects: spec.subjects ?? [],
    ...(spec.licence ? { licence: { id: spec.licence } } : { licence: { original: 'Some city licence' } }),
    ...(spec.modified ? { modified: spec.modified } : {}),
    languages: spec.languages ?? ['en'],
    distributions: (spec.formats ?? []).map((format, i) => ({
      id: `${spec.id}-d${i}`,
      title: { en: format },
      url: `https://${source}.example.ca/${spec.id}/${i}`,
      format,
      languages: [],
    })),
  };
}

const TC = { id: 'tc', en: 'Transport Canada', fr: 'Transports Canada' };
const HC = { id: 'hc', en: 'Health Canada', fr: 'Santé Canada' };
const LAVAL = { id: 'ville-laval', en: 'City of Laval', fr: 'Ville de Laval' };
const MSSS = { id: 'msss', en: 'Ministry of Health and Social Services', fr: 'Ministère de la Santé et des Services sociaux' };
const OTTAWA = { id: 'ottawa', en: 'City of Ottawa', fr: 'Ville d’Ottawa' };

export const CORPUS: RecordSpec[] = [
  {
    id: 'collisions',
    title: { en: 'Traffic collisions on national highways', fr: 'Collisions routières sur les autoroutes nationales' },
    description: {
      en: 'Number of road collisions reported by police, by province and year.',
      fr: 'Nombre de collisions routières signalées par la police, par province et par année.',
    },
    keywords: { en: ['Roads', 'Safety'], fr: ['Routes', 'Sécurité'] },
    publisher: TC,
    licence: 'OGL-Canada-2.0',
    formats: ['CSV', 'JSON'],
    subjects: ['transport'],
    languages: ['en', 'fr'],
    modified: '2024-03-01',
  },
  {
    id: 'hospital-beds',
    title: { en: 'Hospital beds by province', 'fr-t-en': 'Lits d’hôpitaux par province' },
    description: {
      en: 'Staffed hospital beds in each province, counted every year.',
      'fr-t-en': 'Lits d’hôpital dotés en personnel dans chaque province, comptés chaque année.',
    },
    keywords: { en: ['health', 'hospitals'], 'fr-t-en': ['santé', 'hôpitaux'] },
    publisher: HC,
    licence: 'OGL-Canada-2.0',
    formats: ['CSV'],
    subjects: ['health_and_safety'],
    languages: ['en', 'fr'],
    modified: '2023-06-01',
  },
  {
    id: 'eau-laval',
    source: 'quebec',
    title: { fr: 'Qualité de l’eau potable à Laval' },
    description: { fr: "Résultats d'analyse de l'eau potable du réseau de Laval." },
    keywords: { fr: ['eau', 'environnement'] },
    publisher: LAVAL,
    jurisdiction: { level: 'municipal', code: 'CA-QC', municipality: 'Laval' },
    licence: 'CC-BY-4.0',
    formats: ['CSV'],
    subjects: ['nature_and_environment'],
    languages: ['fr'],
    modified: '2022-01-01',
  },
  {
    id: 'hopitaux-qc',
    source: 'quebec',
    title: { fr: 'Écoles et hôpitaux du Québec' },
    description: { fr: 'Liste des hôpitaux et des écoles publiques du Québec.' },
    keywords: { fr: ['santé'] },
    publisher: MSSS,
    jurisdiction: { level: 'provincial', code: 'CA-QC' },
    licence: 'CC-BY-4.0',
    formats: ['XLSX'],
    subjects: ['health_and_safety'],
    languages: ['fr'],
    modified: '2021-05-01',
  },
  {
    id: 'snow',
    source: 'ottawa',
    title: { en: 'Snow removal routes' },
    description: { en: 'Priority routes for snow removal in winter.' },
    keywords: { en: ['winter', 'roads'] },
    publisher: OTTAWA,
    jurisdiction: { level: 'municipal', code: 'CA-ON', municipality: 'Ottawa' },
    formats: ['GEOJSON'],
    subjects: ['transport'],
    modified: '2024-01-01',
  },
  {
    id: 'bridges',
    source: 'ottawa',
    title: { en: 'Bridge inspections' },
    description: { en: 'Bridges rated < 3 & overdue inspections, as "raw" text.' },
    keywords: { en: ['bridges'] },
    publisher: OTTAWA,
    jurisdiction: { level: 'municipal', code: 'CA-ON', municipality: 'Ottawa' },
    formats: ['CSV'],
    subjects: ['transport'],
  },
  {
    id: 'bike-collisions',
    source: 'ottawa',
    title: { en: 'Collision reports for bicycles' },
    description: { en: 'Bicycle collision reports in the city.' },
    publisher: OTTAWA,
    jurisdiction: { level: 'municipal', code: 'CA-ON', municipality: 'Ottawa' },
    licence: 'OGL-Canada-2.0',
    formats: ['CSV', 'PDF'],
    subjects: ['transport'],
    modified: '2020-02-02',
  },
  {
    id: 'inuktitut',
    source: 'nunavut',
    title: { und: 'ᐃᓄᒃᑎᑐᑦ ᑐᑭᓯᒋᐊᕐᕕᒃ', en: 'Inuktitut glossary' },
    description: { en: 'Terms in Inuktitut syllabics.' },
    jurisdiction: { level: 'territorial', code: 'CA-NU' },
    licence: 'OGL-Canada-2.0',
    formats: ['CSV'],
    subjects: ['society_and_culture'],
    languages: ['iu', 'en'],
    modified: '2019-09-09',
  },
];
