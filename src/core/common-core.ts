// Federa's core elements, each with its DCAT property and the Government of Canada common core
// element(s) it answers, and the GC elements that set marks mandatory. The crosswalk and the
// completeness figures are computed from this table; the GC ids and names are checked against
// the published element set by a test.
import type { DatasetRecord, Distribution } from './dataset.js';
import type { Label, LangString } from './langstring.js';

/** What an element is read from: a mapped record, before the harvester stamps it. */
export type CoreView = Omit<DatasetRecord, 'provenance'> & { provenance: { landingPage?: string } };

export interface CoreElement {
  /** `title.en`, `distribution.url`. */
  id: string;
  label: Label;
  /** The DCAT (or DCAT-AP) property, prefixed (`dct:title`). */
  dcat: string;
  /** GC common core property ids (`14a`), see `GC_ELEMENTS`. */
  gc: readonly string[];
  level: 'dataset' | 'distribution';
  /** The element's value in a record (for distribution elements, one value per distribution). */
  value(record: CoreView): unknown;
}

/** The text of a language string in a language, human or machine-translated (`fr`, `fr-t-en`). */
export function textIn(text: LangString | undefined, lang: 'en' | 'fr'): string | undefined {
  if (text === undefined) return undefined;
  const other = lang === 'en' ? 'fr' : 'en';
  return text[lang] ?? text[`${lang}-t-${other}`];
}

function perDistribution(read: (d: Distribution) => unknown): (record: CoreView) => unknown[] {
  return (record) => record.distributions.map(read);
}

export const CORE_ELEMENTS: readonly CoreElement[] = [
  { id: 'identifier', label: { en: 'Identifier', fr: 'Identifiant' }, dcat: 'dct:identifier', gc: ['05'], level: 'dataset', value: (r) => r.id },
  { id: 'title.en', label: { en: 'Title (English)', fr: 'Titre (anglais)' }, dcat: 'dct:title', gc: ['14', '14a'], level: 'dataset', value: (r) => textIn(r.title, 'en') },
  { id: 'title.fr', label: { en: 'Title (French)', fr: 'Titre (français)' }, dcat: 'dct:title', gc: ['14b'], level: 'dataset', value: (r) => textIn(r.title, 'fr') },
  { id: 'description.en', label: { en: 'Description (English)', fr: 'Description (anglais)' }, dcat: 'dct:description', gc: ['32', '32a'], level: 'dataset', value: (r) => textIn(r.description, 'en') },
  { id: 'description.fr', label: { en: 'Description (French)', fr: 'Description (français)' }, dcat: 'dct:description', gc: ['32b', '33'], level: 'dataset', value: (r) => textIn(r.description, 'fr') },
  { id: 'keywords.en', label: { en: 'Keywords (English)', fr: 'Mots-clés (anglais)' }, dcat: 'dcat:keyword', gc: ['34', '34a'], level: 'dataset', value: (r) => r.keywords.en ?? r.keywords['en-t-fr'] },
  { id: 'keywords.fr', label: { en: 'Keywords (French)', fr: 'Mots-clés (français)' }, dcat: 'dcat:keyword', gc: ['34b', '35'], level: 'dataset', value: (r) => r.keywords.fr ?? r.keywords['fr-t-en'] },
  { id: 'publisher', label: { en: 'Publisher', fr: 'Éditeur' }, dcat: 'dct:publisher', gc: ['16', '16a'], level: 'dataset', value: (r) => r.publisher?.id },
  { id: 'publisher.name.en', label: { en: 'Publisher name (English)', fr: "Nom de l'éditeur (anglais)" }, dcat: 'dct:publisher/foaf:name', gc: ['17'], level: 'dataset', value: (r) => textIn(r.publisher?.name, 'en') },
  { id: 'publisher.name.fr', label: { en: 'Publisher name (French)', fr: "Nom de l'éditeur (français)" }, dcat: 'dct:publisher/foaf:name', gc: ['18'], level: 'dataset', value: (r) => textIn(r.publisher?.name, 'fr') },
  { id: 'jurisdiction', label: { en: 'Jurisdiction', fr: 'Juridiction' }, dcat: 'dct:coverage', gc: ['63'], level: 'dataset', value: (r) => r.jurisdiction },
  { id: 'subjects', label: { en: 'Subjects', fr: 'Sujets' }, dcat: 'dcat:theme', gc: ['36'], level: 'dataset', value: (r) => r.subjects },
  { id: 'licence', label: { en: 'Licence', fr: 'Licence' }, dcat: 'dct:license', gc: ['64'], level: 'dataset', value: (r) => r.licence?.id ?? r.licence?.original ?? r.licence?.url },
  { id: 'frequency', label: { en: 'Update frequency', fr: 'Fréquence de mise à jour' }, dcat: 'dct:accrualPeriodicity', gc: ['45'], level: 'dataset', value: (r) => r.frequency },
  { id: 'issued', label: { en: 'Date published', fr: 'Date de publication' }, dcat: 'dct:issued', gc: ['46'], level: 'dataset', value: (r) => r.issued },
  { id: 'modified', label: { en: 'Date modified', fr: 'Date de modification' }, dcat: 'dct:modified', gc: ['47'], level: 'dataset', value: (r) => r.modified },
  { id: 'temporal.start', label: { en: 'Time period start', fr: 'Début de la période' }, dcat: 'dct:temporal/dcat:startDate', gc: ['43'], level: 'dataset', value: (r) => r.temporal?.start },
  { id: 'temporal.end', label: { en: 'Time period end', fr: 'Fin de la période' }, dcat: 'dct:temporal/dcat:endDate', gc: ['44'], level: 'dataset', value: (r) => r.temporal?.end },
  { id: 'spatial.bbox', label: { en: 'Bounding box', fr: 'Rectangle englobant' }, dcat: 'dct:spatial/dcat:bbox', gc: ['41'], level: 'dataset', value: (r) => r.spatial?.bbox },
  { id: 'spatial.places', label: { en: 'Places', fr: 'Lieux' }, dcat: 'dct:spatial', gc: ['42'], level: 'dataset', value: (r) => r.spatial?.places },
  { id: 'contact.email', label: { en: 'Contact email', fr: 'Courriel de contact' }, dcat: 'dcat:contactPoint/vcard:hasEmail', gc: ['31'], level: 'dataset', value: (r) => r.contactPoint?.email },
  { id: 'contact.name', label: { en: 'Contact name', fr: 'Nom du contact' }, dcat: 'dcat:contactPoint/vcard:fn', gc: [], level: 'dataset', value: (r) => r.contactPoint?.name },
  { id: 'contact.url', label: { en: 'Contact page', fr: 'Page de contact' }, dcat: 'dcat:contactPoint/vcard:hasURL', gc: [], level: 'dataset', value: (r) => r.contactPoint?.url },
  { id: 'languages', label: { en: 'Languages', fr: 'Langues' }, dcat: 'dct:language', gc: [], level: 'dataset', value: (r) => r.languages },
  { id: 'accessRights', label: { en: 'Access rights', fr: "Droits d'accès" }, dcat: 'dct:accessRights', gc: [], level: 'dataset', value: (r) => r.accessRights },
  { id: 'landingPage', label: { en: 'Landing page', fr: "Page d'accueil" }, dcat: 'dcat:landingPage', gc: [], level: 'dataset', value: (r) => r.provenance.landingPage },
  { id: 'conformsTo', label: { en: 'Standards followed', fr: 'Normes suivies' }, dcat: 'dct:conformsTo', gc: [], level: 'dataset', value: (r) => r.conformsTo },
  { id: 'distribution.url', label: { en: 'Distribution URL', fr: 'URL de la distribution' }, dcat: 'dcat:accessURL', gc: ['74'], level: 'distribution', value: perDistribution((d) => d.url) },
  { id: 'distribution.title.en', label: { en: 'Distribution title (English)', fr: 'Titre de la distribution (anglais)' }, dcat: 'dct:title', gc: ['75a'], level: 'distribution', value: perDistribution((d) => textIn(d.title, 'en')) },
  { id: 'distribution.title.fr', label: { en: 'Distribution title (French)', fr: 'Titre de la distribution (français)' }, dcat: 'dct:title', gc: ['75b'], level: 'distribution', value: perDistribution((d) => textIn(d.title, 'fr')) },
  { id: 'distribution.format', label: { en: 'Distribution format', fr: 'Format de la distribution' }, dcat: 'dct:format', gc: ['70'], level: 'distribution', value: perDistribution((d) => d.format) },
  { id: 'distribution.mediaType', label: { en: 'Distribution media type', fr: 'Type de média de la distribution' }, dcat: 'dcat:mediaType', gc: [], level: 'distribution', value: perDistribution((d) => d.mediaType) },
  { id: 'distribution.size', label: { en: 'Distribution size', fr: 'Taille de la distribution' }, dcat: 'dcat:byteSize', gc: ['72'], level: 'distribution', value: perDistribution((d) => d.size) },
  { id: 'distribution.languages', label: { en: 'Distribution languages', fr: 'Langues de la distribution' }, dcat: 'dct:language', gc: ['73'], level: 'distribution', value: perDistribution((d) => d.languages) },
  { id: 'distribution.resourceType', label: { en: 'Distribution resource type', fr: 'Type de ressource de la distribution' }, dcat: 'dct:type', gc: ['69'], level: 'distribution', value: perDistribution((d) => d.resourceType) },
  { id: 'distribution.modified', label: { en: 'Distribution date modified', fr: 'Date de modification de la distribution' }, dcat: 'dct:modified', gc: [], level: 'distribution', value: perDistribution((d) => d.modified) },
  { id: 'distribution.conformsTo', label: { en: 'Distribution standards followed', fr: 'Normes suivies par la distribution' }, dcat: 'dct:conformsTo', gc: [], level: 'distribution', value: perDistribution((d) => d.conformsTo) },
];

export function coreElement(id: string): CoreElement | undefined {
  return CORE_ELEMENTS.find((e) => e.id === id);
}

/** True when a value says something: not absent, not blank, not an empty list or object. */
export function carries(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.some(carries);
  if (typeof value === 'object') return Object.values(value).some(carries);
  return true;
}

/** Whether a record carries an element; a distribution element needs every distribution to. */
export function recordCarries(element: CoreElement, record: CoreView): boolean {
  if (element.level === 'dataset') return carries(element.value(record));
  const values = element.value(record) as unknown[];
  return values.length > 0 && values.every(carries);
}

export interface GcElement {
  /** Property ID in the GC set (`14a`). */
  id: string;
  /** Its CKAN API property name (`title_translated.en`). */
  property: string;
  label: Label;
  mandatory: boolean;
  /** Set for rows the GC set lists as a provincial or duplicate variant of another id. */
  variantOf?: string;
}

function gc(id: string, property: string, en: string, fr: string, mandatory: boolean, variantOf?: string): GcElement {
  return { id, property, label: { en, fr }, mandatory, ...(variantOf !== undefined ? { variantOf } : {}) };
}

/** Every mandatory row of the GC common core element set, and the optional ones Federa answers. */
export const GC_ELEMENTS: readonly GcElement[] = [
  gc('01', 'type', 'Catalogue Type', 'Type de catalogue', true),
  gc('03', 'generated-3', 'Metadata Scheme', 'Métadonnées schéma anglais', true),
  gc('04', 'generated-4', 'Metadata Scheme Version', 'Métadonnées schéma version', true),
  gc('05', 'id', 'Metadata Record Identifier', "Identifiant l'enregistrement de métadonnées", true),
  gc('06', 'metadata_contact', 'Metadata Contact (English)', 'Contact métadonnée (anglais)', true),
  gc('07', 'metadata_contact-fr', 'Metadata Contact (French)', 'Contact métadonnée (français)', true),
  gc('08', 'source_metadata_date_created', 'Source Metadata Record Date Stamp', "Timbre dateur de l'enregistrement source", true),
  gc('08a', 'source_metadata_date_created-primary', 'Source Metadata Record Date Stamp', "Timbre dateur de l'enregistrement source", true, '08'),
  gc('08b', 'source_metadata_date_created-alt', 'Source Metadata Record Date Stamp', "Timbre dateur de l'enregistrement source", true, '08'),
  gc('09', 'locale', 'Locale', 'Lieu', true),
  gc('12', 'file_id', 'File Identifier', 'Identifiant métadonnées', true),
  gc('13', 'short_key', 'Short Key', 'Identifiant court', true),
  gc('14', 'title_translated', 'Title (English)', 'Titre (anglais)', true),
  gc('14a', 'title_translated.en', 'Title (English)', 'Titre (anglais)', true, '14'),
  gc('14b', 'title_translated.fr-t-en', 'Title (French)', 'Titre (français)', true),
  gc('16', 'owner_org', 'Publisher - Current Organization Name', 'Éditeur - organisation titre actuel', true),
  gc('16a', 'owner_org-primary', 'Publisher - Current Organization Name', 'Éditeur - organisation titre actuel', true, '16'),
  gc('16b', 'owner_org-alternate', 'Publisher - Current Organization Name', 'Éditeur - organisation titre actuel', true, '16'),
  gc('17', 'org_title_at_publication', 'Publisher - Organization Name at Publication (English)', 'Éditeur - organisation titre lors de la publication (anglais)', true),
  gc('18', 'org_title_at_publication.fr', 'Publisher - Organization Name at Publication (French)', 'Éditeur - organisation titre lors de la publication (français)', true),
  gc('26', 'responsible_role', 'Role', 'Rôle', true),
  gc('29', 'contact_information', 'Contact Information (English)', 'Information contact (anglais)', true),
  gc('30', 'contact_information.fr', 'Contact Information (French)', 'Information contact (français)', true),
  gc('31', 'maintainer_email', 'Contact Email', 'Adresse électronique du contact', true),
  gc('32', 'notes_translated', 'Description (English)', 'Description (anglais)', true),
  gc('32a', 'notes_translated.en', 'Description (English)', 'Description (anglais)', true, '32'),
  gc('32b', 'notes_translated.fr-t-en', 'Description (French)', 'Description (français)', true),
  gc('32ccc', 'notes_translated', 'Description (English)', 'Description (anglais)', true, '32'),
  gc('33', 'notes_translated.fr-t-en', 'Description (French)', 'Description (français)', true, '32b'),
  gc('34', 'keywords', 'Keywords (English)', 'Mots clés (anglais)', true),
  gc('34a', 'keywords.en', 'Keywords (English)', 'Mots clés (anglais)', true, '34'),
  gc('34b', 'keywords.fr-t-en', 'Keywords (French)', 'Mots clés (français)', true),
  gc('35', 'keywords.fr-t-en', 'Keywords (French)', 'Mots clés (français)', true, '34b'),
  gc('36', 'subject', 'Subject', 'Sujet', true),
  gc('37', 'topic_category', 'Topic Category', 'Catégorie thématique', true),
  gc('41', 'spatial', 'Spatial', 'Spatial', false),
  gc('42', 'geographic_region', 'Geographic Region Name', 'Nom de la région géographique', false),
  gc('43', 'time_period_coverage_start', 'Time Period Coverage Start Date', 'Date de début de la période couverte', false),
  gc('44', 'time_period_coverage_end', 'Time Period Coverage End Date', 'Date de fin de la période couverte', false),
  gc('45', 'frequency', 'Maintenance and Update Frequency', 'Fréquence mise à jour', true),
  gc('46', 'date_published', 'Date Published', 'Date de publication', false),
  gc('47', 'date_modified', 'Date Modified', 'Date de modification', false),
  gc('48', 'portal_release_date', 'Date Released', 'Date de sortie', true),
  gc('56', 'reference_system_information', 'Reference System Information', 'Information système référence', true),
  gc('57', 'distributor', 'Distributor (English)', 'Distributeur (anglais)', true),
  gc('58', 'distributor.fr', 'Distributor (French) - orgName', 'Distributeur (français) - orgName', true),
  gc('59', 'status', 'Status', 'État', true),
  gc('62', 'spatial_representation_type', 'Spatial Representation Type', 'Type représentation spatiale', true),
  gc('63', 'jurisdiction', 'Jurisdiction', 'Juridiction', true),
  gc('63p', 'jurisdiction', 'Jurisdiction', 'Juridiction', true, '63'),
  gc('63m', 'jurisdiction', 'Jurisdiction', 'Juridiction', true, '63'),
  gc('64', 'license_id', 'Licence', 'Licence', true),
  gc('64ab', 'license_id', 'Licence', 'Licence', true, '64'),
  gc('64bc', 'license_id', 'Licence', 'Licence', true, '64'),
  gc('64qc', 'license_id', 'Licence', 'Licence', true, '64'),
  gc('66', 'name_translated', 'Title (English)', 'Titre (anglais)', true, '14'),
  gc('66a', 'name_translated.en', 'Title (English)', 'Titre (anglais)', true, '14'),
  gc('66b', 'name_translated.fr-t-en', 'Title (French)', 'Titre (français)', true, '14b'),
  gc('67', 'name_translated.fr-t-en', 'Title (French)', 'Titre (français)', true, '14b'),
  gc('69-70-73', '69-70-73-description', 'description-hack', 'description-hack', true, '69'),
  gc('69', 'resource_type', 'Resource Type', 'Type de ressource', true),
  gc('70', 'format', 'Format', 'Format', true),
  gc('72', 'size', 'Size', 'Taille', false),
  gc('73', 'language', 'Language', 'Langue', true),
  gc('74', 'url', 'Download URL', 'URL de téléchargement', true),
  gc('75a', 'name.en-t-fr', 'Title (English)', 'Titre (anglais)', false),
  gc('75b', 'name.fr-t-en', 'Title (French)', 'Titre (français)', false),
];

export function gcElement(id: string): GcElement | undefined {
  return GC_ELEMENTS.find((e) => e.id === id);
}

/** The GC mandatory elements a compliance check counts (variants count as their main element). */
export function gcMandatory(): GcElement[] {
  return GC_ELEMENTS.filter((e) => e.mandatory && e.variantOf === undefined);
}

/** The Federa elements answering a GC element. */
export function elementsAnswering(gcId: string): CoreElement[] {
  return CORE_ELEMENTS.filter((e) => e.gc.includes(gcId));
}
