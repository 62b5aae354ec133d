// The pure mapping of one Discovery API result onto the core record.
import type { ContactPoint, LicenceRef, SpatialCoverage, TemporalCoverage } from '../../core/dataset.js';
import { normalizeFrequency } from '../../core/frequencies.js';
import { datasetId } from '../../core/ids.js';
import { normalizeLanguages } from '../../core/languages.js';
import { recognizeLicence } from '../../core/licences.js';
import { normalizeSubjects } from '../../core/subjects.js';
import { collapseWhitespace, descriptionToText } from '../../core/text.js';
import { dateOf } from '../common/dates.js';
import { filterRejection } from '../common/field-filters.js';
import { untaggedLanguage } from '../common/lang.js';
import { readLicence } from '../common/licence-text.js';
import type { SourceSettings } from '../settings.js';
import type { MapResult } from '../source.js';
import { resourceStamp } from './api.js';
import { distributionsOf } from './distributions.js';
import { first, readDomainMetadata, type DomainMetadata } from './domain-metadata.js';
import type { SocrataEndpoint } from './endpoint.js';
import type { SocrataOptions } from './options.js';
import { jurisdictionOf, publisherOf } from './publisher.js';
import { keywordList, withAlternatives } from './texts.js';
import { describeIssues, socrataResult, type SocrataResult } from './types.js';
import { isHostName, text, textItems } from './values.js';

export interface SocrataMapContext {
  settings: SourceSettings;
  endpoint: SocrataEndpoint;
  options: SocrataOptions;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function emailOf(value: string | undefined): string | undefined {
  const t = value?.replace(/^mailto:/i, '').trim();
  return t !== undefined && EMAIL.test(t) ? t : undefined;
}

function contactOf(result: SocrataResult, metadata: DomainMetadata, untaggedTag: string): ContactPoint | undefined {
  const email = emailOf(text(result.resource.contact_email)) ?? emailOf(first(metadata, 'contactEmail'));
  const named = first(metadata, 'contactName');
  // A "Contact" field sometimes holds the address itself.
  const namedEmail = emailOf(named);
  const name = named !== undefined && namedEmail === undefined ? collapseWhitespace(named) : undefined;
  const mail = email ?? namedEmail;
  if (name === undefined && mail === undefined) return undefined;
  return { ...(name !== undefined ? { name: { [untaggedTag]: name } } : {}), ...(mail !== undefined ? { email: mail } : {}) };
}

function licenceOf(result: SocrataResult, metadata: DomainMetadata, options: SocrataOptions): { licence?: LicenceRef; note?: string } {
  const said = text(result.metadata?.license) ?? first(metadata, 'licence');
  const url = first(metadata, 'licenceUrl');
  if (said !== undefined || url !== undefined) {
    return readLicence({ ...(said !== undefined ? { text: said } : {}), ...(url !== undefined ? { url } : {}) });
  }
  if (options.licence === undefined) return {};
  const known = recognizeLicence({ id: options.licence, title: options.licence, url: options.licence });
  return known ? { licence: { id: known.id, ...(known.url !== undefined ? { url: known.url } : {}) } } : {};
}

/** `2010/2020`, `2010-01-01 to 2020-12-31`, `2010 - 2020`: the ends of a written period. */
function periodEnds(value: string): [string | undefined, string | undefined] {
  const years = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(value.trim());
  if (years) return [years[1], years[2]];
  const parts = value.split(/\s*(?:\/|\bto\b|\bau\b|\s[-–—]\s)\s*/i);
  if (parts.length !== 2) return [undefined, undefined];
  return [parts[0], parts[1]];
}

function temporalOf(metadata: DomainMetadata): TemporalCoverage | undefined {
  let start = dateOf(first(metadata, 'temporalStart'));
  let end = dateOf(first(metadata, 'temporalEnd'));
  const period = first(metadata, 'temporal');
  if (period !== undefined && start === undefined && end === undefined) {
    const [from, to] = periodEnds(period);
    start = dateOf(from);
    end = dateOf(to);
  }
  if (start === undefined && end === undefined) return undefined;
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

function spatialOf(metadata: DomainMetadata): SpatialCoverage | undefined {
  const places: string[] = [];
  for (const value of metadata.get('places') ?? []) {
    // Coordinates or codes are not place names.
    if (/^[-+\d.,\s()]+$/.test(value) || value.length > 120) continue;
    const name = collapseWhitespace(value);
    if (!places.includes(name)) places.push(name);
  }
  return places.length > 0 ? { places } : undefined;
}

/** What `filters:` may name: the asset's type, category, tags, attribution, provenance, domain,
 * publisher id, any of the site's metadata keys, or a dotted path into the result. */
function filterView(result: SocrataResult, raw: Record<string, unknown>, publisherId: string | undefined, type: string): Record<string, unknown> {
  const view: Record<string, unknown> = { ...raw };
  for (const entry of result.classification?.domain_metadata ?? []) view[entry.key] = entry.value;
  view['type'] = type;
  view['category'] = text(result.classification?.domain_category);
  view['categories'] = textItems(result.classification?.categories);
  view['tags'] = [...textItems(result.classification?.domain_tags), ...textItems(result.classification?.tags)];
  view['attribution'] = text(result.resource.attribution);
  view['provenance'] = text(result.resource.provenance);
  view['domain'] = text(result.metadata?.domain);
  view['publisher'] = publisherId;
  return view;
}

/** Maps one result of the Discovery API. */
export function mapSocrataResult(raw: unknown, context: SocrataMapContext): MapResult {
  if (!isObject(raw)) return { kind: 'problem', reason: `the result is not a JSON object (got ${Array.isArray(raw) ? 'an array' : typeof raw})` };
  const parsed = socrataResult.safeParse(raw);
  if (!parsed.success) {
    const resource = raw['resource'];
    const who = isObject(resource) ? text(resource['id']) : undefined;
    return { kind: 'problem', reason: `asset ${who === undefined ? '(no id)' : `"${who}"`} is malformed at ${describeIssues(parsed.error)}` };
  }
  const result = parsed.data;
  const { resource } = result;
  const { settings, endpoint, options } = context;
  const remoteId = resource.id.trim();
  const type = (text(resource.type) ?? 'dataset').toLowerCase();
  if (!(options.types as readonly string[]).includes(type)) {
    return { kind: 'skip', reason: `type: the asset is a ${type}, not ${options.types.length === 1 ? `a ${options.types[0] ?? ''}` : `one of ${options.types.join(', ')}`}` };
  }

  const untaggedTag = untaggedLanguage(settings.primaryLanguage);
  const metadata = readDomainMetadata(result.classification?.domain_metadata);
  const publisher = publisherOf(metadata, resource.attribution, settings, untaggedTag);
  if (Object.keys(settings.filters).length > 0) {
    const rejection = filterRejection(filterView(result, raw, publisher?.id, type), settings.filters);
    if (rejection !== undefined) return { kind: 'skip', reason: rejection };
  }

  let title = withAlternatives(text(resource.name), first(metadata, 'titleEn'), first(metadata, 'titleFr'), untaggedTag, collapseWhitespace);
  if (Object.keys(title).length === 0) title = { [untaggedTag]: remoteId };
  const description = withAlternatives(text(resource.description), first(metadata, 'descriptionEn'), first(metadata, 'descriptionFr'), untaggedTag, descriptionToText);
  const metadataKeywords = (metadata.get('keywords') ?? []).flatMap((k) => k.split(/\s*[,;]\s*/));
  const keywords = keywordList([...textItems(result.classification?.domain_tags), ...textItems(result.classification?.tags), ...metadataKeywords], untaggedTag);
  const subjects = normalizeSubjects([...(text(result.classification?.domain_category) !== undefined ? [text(result.classification?.domain_category) ?? ''] : []), ...textItems(result.classification?.categories)]);
  const { licence, note } = licenceOf(result, metadata, options);
  const frequencyText = first(metadata, 'frequency');
  const frequency = frequencyText !== undefined ? normalizeFrequency(frequencyText) : undefined;
  const modifiedAtSource = resourceStamp(resource);
  const issued = dateOf(text(resource.publication_date)) ?? dateOf(first(metadata, 'issued')) ?? dateOf(text(resource.createdAt));
  const temporal = temporalOf(metadata);
  const spatial = spatialOf(metadata);
  const contact = contactOf(result, metadata, untaggedTag);
  const languages = normalizeLanguages(metadata.get('language') ?? []);
  const recordDomain = text(result.metadata?.domain)?.toLowerCase();
  const site = `https://${recordDomain !== undefined && isHostName(recordDomain) ? recordDomain : endpoint.domain}`;
  const landingPage = text(result.permalink) ?? text(result.link) ?? `${site}/d/${encodeURIComponent(remoteId)}`;

  const record: Extract<MapResult, { kind: 'record' }>['record'] = {
    id: datasetId(settings.id, remoteId),
    provenance: {
      sourceId: settings.id,
      remoteId,
      landingPage,
      ...(modifiedAtSource !== undefined ? { modifiedAtSource } : {}),
      raw,
    },
    title,
    description,
    keywords,
    jurisdiction: jurisdictionOf(publisher, settings),
    subjects,
    languages,
    // The Discovery API lists only what anyone may see.
    accessRights: 'public',
    distributions: distributionsOf(resource, type, site, languages),
  };
  if (publisher) record.publisher = publisher;
  if (licence) record.licence = licence;
  if (frequency !== undefined) record.frequency = frequency;
  if (issued !== undefined) record.issued = issued;
  if (modifiedAtSource !== undefined) record.modified = modifiedAtSource;
  if (temporal) record.temporal = temporal;
  if (spatial) record.spatial = spatial;
  if (contact) record.contactPoint = contact;
  return note !== undefined ? { kind: 'record', record, notes: [note] } : { kind: 'record', record };
}
