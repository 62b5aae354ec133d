// The 19 Government of Canada subjects (open.canada.ca `canada_subject`) and the ways portals
// name them: codes, legacy two-letter codes, labels in either language, provincial topics,
// CKAN group names and the EU data themes.
import type { Label } from './langstring.js';
import { PROVINCIAL_TOPICS } from './vocab-data/subject-topics.js';
import { KeyIndex, foldKey } from './vocab-key.js';

export interface Subject {
  id: string;
  label: Label;
}

interface SubjectEntry extends Subject {
  /** The two-letter code open.canada.ca used before the current ids. */
  legacyCode: string;
}

const SUBJECT_ENTRIES: readonly SubjectEntry[] = [
  { id: 'arts_music_literature', legacyCode: 'AA', label: { en: 'Arts, Music, Literature', fr: 'Arts, musique, littérature' } },
  { id: 'agriculture', legacyCode: 'AG', label: { en: 'Agriculture', fr: 'Agriculture' } },
  { id: 'economics_and_industry', legacyCode: 'EC', label: { en: 'Economics and Industry', fr: 'Économie et industrie' } },
  { id: 'education_and_training', legacyCode: 'ET', label: { en: 'Education and Training', fr: 'Éducation et formation' } },
  { id: 'form_descriptors', legacyCode: 'FM', label: { en: 'Form Descriptors', fr: 'Format' } },
  { id: 'government_and_politics', legacyCode: 'GV', label: { en: 'Government and Politics', fr: 'Gouvernement et vie politique' } },
  { id: 'health_and_safety', legacyCode: 'HE', label: { en: 'Health and Safety', fr: 'Santé et sécurité' } },
  { id: 'history_and_archaeology', legacyCode: 'HI', label: { en: 'History and Archaeology', fr: 'Histoire et archéologie' } },
  { id: 'information_and_communications', legacyCode: 'IN', label: { en: 'Information and Communications', fr: 'Information et communication' } },
  { id: 'labour', legacyCode: 'LB', label: { en: 'Labour', fr: 'Travail et emploi' } },
  { id: 'language_and_linguistics', legacyCode: 'LN', label: { en: 'Language and Linguistics', fr: 'Langue et linguistique' } },
  { id: 'law', legacyCode: 'LW', label: { en: 'Law', fr: 'Droit' } },
  { id: 'military', legacyCode: 'MI', label: { en: 'Military', fr: 'Histoire et science militaire' } },
  { id: 'nature_and_environment', legacyCode: 'NE', label: { en: 'Nature and Environment', fr: 'Nature et environnement' } },
  { id: 'persons', legacyCode: 'PE', label: { en: 'Persons', fr: 'Personnes' } },
  { id: 'processes', legacyCode: 'PR', label: { en: 'Processes', fr: 'Liens et fonctions' } },
  { id: 'society_and_culture', legacyCode: 'SO', label: { en: 'Society and Culture', fr: 'Société et culture' } },
  { id: 'science_and_technology', legacyCode: 'ST', label: { en: 'Science and Technology', fr: 'Sciences et technologie' } },
  { id: 'transport', legacyCode: 'TR', label: { en: 'Transport', fr: 'Transport' } },
];

export const SUBJECTS: readonly Subject[] = SUBJECT_ENTRIES.map(({ id, label }) => ({ id, label }));

/** DCAT-AP data themes (`http://publications.europa.eu/resource/authority/data-theme/ECON`), mapped
 * the way the crosswalk maps the provincial topics of the same meaning. */
const EU_DATA_THEMES: Readonly<Record<string, string>> = {
  AGRI: 'agriculture',
  ECON: 'economics_and_industry',
  EDUC: 'education_and_training',
  ENER: 'nature_and_environment',
  ENVI: 'nature_and_environment',
  GOVE: 'government_and_politics',
  HEAL: 'health_and_safety',
  INTR: 'government_and_politics',
  JUST: 'law',
  REGI: 'society_and_culture',
  SOCI: 'society_and_culture',
  TECH: 'science_and_technology',
  TRAN: 'transport',
};

const byId = new Map(SUBJECTS.map((s) => [s.id, s]));

const index = new KeyIndex<string>();
for (const s of SUBJECT_ENTRIES) {
  index.add(foldKey(s.id), s.id);
  index.add(foldKey(s.label.en), s.id);
  index.add(foldKey(s.label.fr), s.id);
}
for (const [id, topics] of Object.entries(PROVINCIAL_TOPICS)) {
  for (const topic of topics) index.add(foldKey(topic), id);
}
// Legacy codes last: a two-letter key must never shadow a real word.
for (const s of SUBJECT_ENTRIES) index.add(foldKey(s.legacyCode), s.id);

export function subjectById(id: string): Subject | undefined {
  return byId.get(id);
}

/** The subject one value names, or undefined. */
export function subjectOf(value: string): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const theme = /\/data-theme\/([A-Z_]+)\/?$/i.exec(text);
  if (theme?.[1]) return EU_DATA_THEMES[theme[1].toUpperCase()];
  return index.get(foldKey(text));
}

/** Maps subject codes, provincial topics (English or French, any case) and group names onto subject ids,
 * deduplicated, order kept; values it cannot map are dropped. */
export function normalizeSubjects(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const id = subjectOf(value);
    if (id !== undefined && !out.includes(id)) out.push(id);
  }
  return out;
}
