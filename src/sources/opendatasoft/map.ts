// The pure mapping of one Explore API v2.1 dataset onto the core record.
import type { ContactPoint, Jurisdiction, LicenceRef, Publisher, SpatialCoverage, TemporalCoverage } from '../../core/dataset.js';
import { normalizeFrequency } from '../../core/frequencies.js';
import { datasetId } from '../../core/ids.js';
import type { LangString, LangStrings } from '../../core/langstring.js';
import { normalizeLanguage } from '../../core/languages.js';
import { recognizeLicence } from '../../core/licences.js';
import { normalizeSubjects } from '../../core/subjects.js';
import { collapseWhitespace, descriptionToText } from '../../core/text.js';
import { foldKey } from '../../core/vocab-key.js';
import { dateOf, instantOf } from '../common/dates.js';
import { filterRejection } from '../common/field-filters.js';
import { bboxOfGeoJson } from '../common/geometry.js';
import { untaggedLanguage } from '../common/lang.js';
import { readLicence } from '../common/licence-text.js';
import type { SourceSettings } from '../settings.js';
import type { MapResult } from '../source.js';
import { datasetStamp } from './api.js';
import { distributionsOf } from './distributions.js';
import type { OdsEndpoint } from './endpoint.js';
import { firstMeta, readMetas, type Metas } from './metas.js';
import type { OdsOptions } from './options.js';
import { describeIssues, odsDataset, type OdsDefaultMetas } from './types.js';
import { slugOf, text, words } from './values.js';

export interface OdsMapContext {
  settings: SourceSettings;
  endpoint: OdsEndpoint;
  options: OdsOptions;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameName(publisher: Publisher, name: string): boolean {
  const key = foldKey(name);
  return Object.values(publisher.name).some((n) => n !== undefined && foldKey(n) === key);
}

/** The publisher the dataset names (`metas.default.publisher`), the configured one when it is
 * the same, or the configured one when it names none. Its id is the slug of its name:
 * `organizationJurisdictions` is keyed by it. */
function publisherOf(said: string | undefined, settings: SourceSettings, tag: string): Publisher | undefined {
  if (said === undefined) return settings.publisher;
  const name = collapseWhitespace(said);
  if (settings.publisher && sameName(settings.publisher, name)) return settings.publisher;
  return { id: slugOf(name), name: { [tag]: name } };
}

function jurisdictionOf(publisher: Publisher | undefined, settings: SourceSettings): Jurisdiction {
  return (publisher ? settings.organizationJurisdictions[publisher.id] : undefined) ?? settings.jurisdiction;
}

function keywordsOf(values: string[], tag: string): LangStrings {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const value of values) {
    const c = collapseWhitespace(value);
    const key = c.toLocaleLowerCase();
    if (c === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(c);
  }
  return kept.length > 0 ? { [tag]: kept } : {};
}

function licenceOf(metas: OdsDefaultMetas | null | undefined, options: OdsOptions): { licence?: LicenceRef; note?: string } {
  const said = text(metas?.license);
  const url = text(metas?.license_url);
  if (said !== undefined || url !== undefined) return readLicence({ ...(said !== undefined ? { text: said } : {}), ...(url !== undefined ? { url } : {}) });
  if (options.licence === undefined) return {};
  const known = recognizeLicence({ id: options.licence, title: options.licence, url: options.licence });
  return known ? { licence: { id: known.id, ...(known.url !== undefined ? { url: known.url } : {}) } } : {};
}

function contactOf(metas: Metas, tag: string): ContactPoint | undefined {
  const rawEmail = firstMeta(metas, 'contactEmail')?.replace(/^mailto:/i, '');
  const email = rawEmail !== undefined && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(rawEmail) ? rawEmail : undefined;
  const named = firstMeta(metas, 'contactName');
  const name = named !== undefined ? collapseWhitespace(named) : undefined;
  if (email === undefined && name === undefined) return undefined;
  return { ...(name !== undefined ? { name: { [tag]: name } } : {}), ...(email !== undefined ? { email } : {}) };
}

function temporalOf(metas: Metas): TemporalCoverage | undefined {
  let start = dateOf(firstMeta(metas, 'temporalStart'));
  let end = dateOf(firstMeta(metas, 'temporalEnd'));
  const period = firstMeta(metas, 'temporal');
  if (period !== undefined && start === undefined && end === undefined) {
    const [from, to] = period.split(/\s*\/\s*/);
    start = dateOf(from);
    end = dateOf(to);
  }
  if (start === undefined && end === undefined) return undefined;
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

/** Territory names: plain strings, or objects with a name or label. */
function territoryNames(value: unknown): string[] {
  const out: string[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    const name = isObject(item) ? (text(item['name']) ?? text(item['label'])) : text(item);
    if (name !== undefined && !/^[a-z]{2}_[a-z_]+_\d+$/i.test(name)) out.push(collapseWhitespace(name));
  }
  return out;
}

function spatialOf(defaults: OdsDefaultMetas | null | undefined, metas: Metas): SpatialCoverage | undefined {
  const bbox = bboxOfGeoJson(defaults?.bbox);
  const places: string[] = [];
  for (const name of [...territoryNames(defaults?.territory), ...(metas.get('places') ?? [])]) {
    if (/^[-+\d.,\s()]+$/.test(name) || name.length > 120 || places.includes(name)) continue;
    places.push(name);
  }
  if (!bbox && places.length === 0) return undefined;
  return { ...(bbox ? { bbox } : {}), ...(places.length > 0 ? { places } : {}) };
}

/** What `filters:` may name: any field of `metas.default` (`theme`, `keyword`, `publisher`...),
 * `features`, `publisherId`, or a dotted path into the dataset. */
function filterView(raw: Record<string, unknown>, defaults: OdsDefaultMetas | null | undefined, publisherId: string | undefined): Record<string, unknown> {
  const metas = isObject(raw['metas']) ? raw['metas'] : {};
  return { ...(isObject(metas['default']) ? metas['default'] : {}), ...raw, theme: words(defaults?.theme), keyword: words(defaults?.keyword), publisherId };
}

/** Maps one dataset of the catalogue (a page of `/catalog/datasets` or the export). */
export function mapOdsDataset(raw: unknown, context: OdsMapContext): MapResult {
  if (!isObject(raw)) return { kind: 'problem', reason: `the dataset is not a JSON object (got ${Array.isArray(raw) ? 'an array' : typeof raw})` };
  const parsed = odsDataset.safeParse(raw);
  if (!parsed.success) {
    const who = text(raw['dataset_id']);
    return { kind: 'problem', reason: `dataset ${who === undefined ? '(no dataset_id)' : `"${who}"`} is malformed at ${describeIssues(parsed.error)}` };
  }
  const dataset = parsed.data;
  const { settings, endpoint, options } = context;
  const remoteId = dataset.dataset_id.trim();
  const defaults = dataset.metas?.default;
  const metas = readMetas(dataset.metas);
  // The dataset says its language; texts without one take the source's.
  const language = text(defaults?.language) !== undefined ? normalizeLanguage(text(defaults?.language) ?? '') : undefined;
  const tag = language ?? untaggedLanguage(settings.primaryLanguage);
  const publisher = publisherOf(text(defaults?.publisher), settings, tag);
  if (Object.keys(settings.filters).length > 0) {
    const rejection = filterRejection(filterView(raw, defaults, publisher?.id), settings.filters);
    if (rejection !== undefined) return { kind: 'skip', reason: rejection };
  }

  const titleText = text(defaults?.title);
  const title: LangString = { [tag]: titleText !== undefined ? collapseWhitespace(titleText) : remoteId };
  const descriptionText = text(defaults?.description);
  const cleaned = descriptionText !== undefined ? descriptionToText(descriptionText) : '';
  const description: LangString = cleaned !== '' ? { [tag]: cleaned } : {};
  const { licence, note } = licenceOf(defaults, options);
  const frequencyText = firstMeta(metas, 'frequency');
  const frequency = frequencyText !== undefined ? normalizeFrequency(frequencyText) : undefined;
  const modifiedAtSource = datasetStamp(defaults);
  const modified = instantOf(defaults?.modified) ?? modifiedAtSource;
  const issued = dateOf(firstMeta(metas, 'issued') ?? firstMeta(metas, 'created'));
  const temporal = temporalOf(metas);
  const spatial = spatialOf(defaults, metas);
  const contact = contactOf(metas, tag);
  const languages = language !== undefined ? [language] : [];
  const dataModified = instantOf(defaults?.data_processed) ?? modified;

  const record: Extract<MapResult, { kind: 'record' }>['record'] = {
    id: datasetId(settings.id, remoteId),
    provenance: {
      sourceId: settings.id,
      remoteId,
      landingPage: `${endpoint.portal}/explore/dataset/${encodeURIComponent(remoteId)}/`,
      ...(modifiedAtSource !== undefined ? { modifiedAtSource } : {}),
      raw,
    },
    title,
    description,
    keywords: keywordsOf(words(defaults?.keyword), tag),
    jurisdiction: jurisdictionOf(publisher, settings),
    subjects: normalizeSubjects(words(defaults?.theme)),
    languages,
    // The catalogue lists what the visitor may see; restricted datasets are not public data.
    accessRights: text(dataset.visibility) === 'restricted' ? 'restricted' : 'public',
    distributions: distributionsOf(dataset, text(defaults?.references), { endpoint, tag, languages, ...(dataModified !== undefined ? { modified: dataModified } : {}) }),
  };
  if (publisher) record.publisher = publisher;
  if (licence) record.licence = licence;
  if (frequency !== undefined) record.frequency = frequency;
  if (issued !== undefined) record.issued = issued;
  if (modified !== undefined) record.modified = modified;
  if (temporal) record.temporal = temporal;
  if (spatial) record.spatial = spatial;
  if (contact) record.contactPoint = contact;
  return note !== undefined ? { kind: 'record', record, notes: [note] } : { kind: 'record', record };
}
