// The pure mapping of one ISO 19139 record (HNAP or not) onto the core record.
import type { DatasetRecord, Jurisdiction } from '../../core/dataset.js';
import { normalizeFrequency } from '../../core/frequencies.js';
import { datasetId } from '../../core/ids.js';
import type { LangString } from '../../core/langstring.js';
import { untaggedLanguage } from '../common/lang.js';
import type { SourceSettings } from '../settings.js';
import type { MapResult } from '../source.js';
import { accessRightsOf, licenceOf } from './iso/constraints.js';
import { citationDates, dateStampOf } from './iso/dates.js';
import { distributionsOf } from './iso/distributions.js';
import { boundingBox, temporalCoverage } from './iso/extent.js';
import { keywordGroups, keywordLists, placeKeywords, subjectKeywords } from './iso/keywords.js';
import { languageOf, textLanguages } from './iso/language.js';
import { contactPointOf, governmentJurisdiction, partiesOf, publisherOf, publishingParty } from './iso/parties.js';
import { langStringOf, oneLine, paragraphs } from './iso/texts.js';
import { subjectsOfTopics } from './iso/topics.js';
import { codeOf, firstPart, propertyText } from './iso/values.js';
import { landingPageOf } from './landing-page.js';
import { ISO_RECORDS } from './response.js';
import { allAt, at, child, type XmlElement } from './xml/tree.js';

export interface CswMapContext {
  settings: SourceSettings;
  /** Template of the record's page on the geoportal, `{id}` standing for the file identifier. */
  recordUrl?: string;
}

function isXmlElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}

export function fileIdentifierOf(record: XmlElement): string | undefined {
  return propertyText(child(record, 'gmd:fileIdentifier'));
}

/** The resource's identification: `gmd:MD_DataIdentification`, `srv:SV_ServiceIdentification`... */
export function identificationOf(record: XmlElement): XmlElement | undefined {
  return child(record, 'gmd:identificationInfo')?.children?.[0];
}

// HNAP's MD_ScopeCode register, for the codes seen without a readable text.
const HNAP_SCOPES: Readonly<Record<string, string>> = { RI_622: 'dataset', RI_623: 'series', RI_624: 'service', RI_625: 'model', RI_626: 'tile' };

/** `dataset`, `series`, `service`... */
export function hierarchyLevelOf(record: XmlElement): string | undefined {
  const { value, text } = codeOf(child(record, 'gmd:hierarchyLevel'));
  const name = value !== undefined && !/^RI_\d+$/.test(value) ? value : (text ?? (value !== undefined ? HNAP_SCOPES[value] : undefined));
  return name?.trim();
}

function frequencyOf(identification: XmlElement | undefined): string | undefined {
  const info = at(identification, 'gmd:resourceMaintenance', 'gmd:MD_MaintenanceInformation');
  const { value, text } = codeOf(child(info, 'gmd:maintenanceAndUpdateFrequency'));
  const userDefined = propertyText(at(info, 'gmd:userDefinedMaintenanceFrequency'));
  return normalizeFrequency(userDefined) ?? normalizeFrequency(value) ?? normalizeFrequency(text);
}

function topicCategories(identification: XmlElement | undefined): string[] {
  const out: string[] = [];
  for (const topic of allAt(identification, 'gmd:topicCategory')) {
    const code = firstPart(propertyText(child(topic, 'gmd:MD_TopicCategoryCode')) ?? propertyText(topic));
    if (code !== undefined) out.push(code);
  }
  return out;
}

/** Why a record is left out by the source's `filters` (`hierarchyLevel`, `topicCategory`). */
function filterRejection(filters: Record<string, string[]>, values: Record<string, string[]>): string | undefined {
  for (const [field, allowed] of Object.entries(filters)) {
    if (allowed.length === 0) continue;
    const have = values[field];
    if (have === undefined) continue;
    const wanted = allowed.map((a) => a.toLowerCase());
    if (!have.some((v) => wanted.includes(v.toLowerCase()))) {
      return `${field}: ${have.length === 0 ? '(none)' : have.join(', ')} is not ${allowed.join(' or ')}`;
    }
  }
  return undefined;
}

function anyText(value: LangString): boolean {
  return Object.keys(value).length > 0;
}

export function mapCswRecord(raw: unknown, context: CswMapContext): MapResult {
  if (!isXmlElement(raw)) return { kind: 'problem', reason: 'the record is not an XML element tree' };
  if (!ISO_RECORDS.has(raw.name)) return { kind: 'problem', reason: `the record is a <${raw.name}>, not an ISO 19139 gmd:MD_Metadata` };
  const remoteId = fileIdentifierOf(raw);
  if (remoteId === undefined) return { kind: 'problem', reason: 'the record has no gmd:fileIdentifier: it cannot be identified' };
  const { settings } = context;
  const identification = identificationOf(raw);
  if (identification === undefined) return { kind: 'problem', reason: `record "${remoteId}" has no gmd:identificationInfo` };

  const level = hierarchyLevelOf(raw);
  const topics = topicCategories(identification);
  const rejection = filterRejection(settings.filters, { hierarchyLevel: level === undefined ? [] : [level], topicCategory: topics });
  if (rejection !== undefined) return { kind: 'skip', reason: rejection };

  const languages = textLanguages(raw, untaggedLanguage(settings.primaryLanguage));
  const citation = at(identification, 'gmd:citation', 'gmd:CI_Citation');
  let title = langStringOf(child(citation, 'gmd:title'), languages, oneLine);
  if (!anyText(title)) title = langStringOf(child(citation, 'gmd:alternateTitle'), languages, oneLine);
  if (!anyText(title)) title = { und: remoteId };
  const description = langStringOf(child(identification, 'gmd:abstract'), languages, paragraphs);

  const groups = keywordGroups(identification, languages);
  const parties = partiesOf(raw, identification, languages);
  const party = publishingParty(parties);
  const publisher = publisherOf(party, languages.main) ?? settings.publisher;
  const configured: Jurisdiction | undefined = publisher !== undefined ? settings.organizationJurisdictions[publisher.id] : undefined;
  const jurisdiction = configured ?? governmentJurisdiction(party) ?? settings.jurisdiction;
  const licence = licenceOf(identification, languages);
  const frequency = frequencyOf(identification);
  const dates = citationDates(citation);
  const stamp = dateStampOf(raw);
  const issued = dates.publication ?? dates.creation;
  const modified = dates.revision ?? stamp?.date;
  const temporal = temporalCoverage(identification);
  const bbox = boundingBox(identification);
  const places = placeKeywords(groups, languages.main);
  const contact = contactPointOf(parties);
  const accessRights = accessRightsOf(identification, languages);
  const distributions = distributionsOf(raw, identification, languages);
  const declared: string[] = [];
  for (const property of allAt(identification, 'gmd:language')) {
    const lang = languageOf(property);
    if (lang !== undefined && !declared.includes(lang)) declared.push(lang);
  }
  const dataLanguages = declared.length > 0 ? declared : [...new Set(distributions.flatMap((d) => d.languages))];
  const landingPage = landingPageOf(context.recordUrl, remoteId);

  const record: Omit<DatasetRecord, 'provenance'> & { provenance: Extract<MapResult, { kind: 'record' }>['record']['provenance'] } = {
    id: datasetId(settings.id, remoteId),
    provenance: {
      sourceId: settings.id,
      remoteId,
      ...(landingPage !== undefined ? { landingPage } : {}),
      ...(stamp !== undefined ? { modifiedAtSource: stamp.instant } : {}),
      raw,
    },
    title,
    description,
    keywords: keywordLists(groups),
    jurisdiction,
    subjects: subjectsOfTopics(topics, subjectKeywords(groups)),
    languages: dataLanguages,
    distributions,
  };
  if (publisher !== undefined) record.publisher = publisher;
  if (licence !== undefined) record.licence = licence;
  if (frequency !== undefined) record.frequency = frequency;
  if (issued !== undefined) record.issued = issued;
  if (modified !== undefined) record.modified = modified;
  if (temporal !== undefined) record.temporal = temporal;
  if (bbox !== undefined || places.length > 0) record.spatial = { ...(bbox !== undefined ? { bbox } : {}), ...(places.length > 0 ? { places } : {}) };
  if (contact !== undefined) record.contactPoint = contact;
  if (accessRights !== undefined) record.accessRights = accessRights;
  return { kind: 'record', record };
}
