// The pure mapping of one CKAN package onto the core record. Runs once per record of every
// harvest: the package is validated once here, and nothing is computed twice.
import type { AccessRights, LicenceRef, TemporalCoverage } from '../../core/dataset.js';
import { normalizeFrequency } from '../../core/frequencies.js';
import { datasetId } from '../../core/ids.js';
import { recognizeLicence } from '../../core/licences.js';
import { normalizeSubjects } from '../../core/subjects.js';
import type { SourceSettings } from '../settings.js';
import type { MapResult } from '../source.js';
import type { CkanEndpoint } from './api.js';
import { contactPoint } from './contact.js';
import { dateOf, instantOf } from '../common/dates.js';
import { extra, extraText, readExtras, type Extras } from './extras.js';
import { filterRejection } from './filters.js';
import { landingPage } from './landing-page.js';
import { jurisdictionOf, publisherOf } from './publisher.js';
import { distributionsOf, languagesOf } from './resources.js';
import { spatialCoverage } from './spatial.js';
import { descriptionText, keywordLists, langText, titleText, untaggedLanguage } from './texts.js';
import { ckanPackage, describeIssues, type CkanPackage } from './types.js';
import { isTrue, listItems, packageRemoteId, text } from './values.js';

export interface CkanMapContext {
  settings: SourceSettings;
  endpoint: CkanEndpoint;
}

function tagNames(tags: CkanPackage['tags']): string[] {
  if (!tags) return [];
  if (typeof tags === 'string') return listItems(tags);
  const out: string[] = [];
  for (const tag of tags) {
    if (typeof tag === 'string') {
      if (tag.trim() !== '') out.push(tag);
      continue;
    }
    const state = text(tag.state);
    if (state !== undefined && state !== 'active') continue;
    const name = text(tag.display_name) ?? text(tag.name);
    if (name !== undefined) out.push(name);
  }
  return out;
}

function licenceOf(pkg: CkanPackage, extras: Extras): LicenceRef | undefined {
  const id = text(pkg.license_id) ?? extraText(extras, 'license_id', 'licence_id');
  const title = text(pkg.license_title) ?? extraText(extras, 'license_title', 'licence_title', 'license', 'licence');
  const url = text(pkg.license_url) ?? extraText(extras, 'license_url', 'licence_url');
  if (id === undefined && title === undefined && url === undefined) return undefined;
  const known = recognizeLicence({
    ...(id !== undefined ? { id } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(url !== undefined ? { url } : {}),
  });
  if (known) return { id: known.id, ...(known.url || url ? { url: known.url || url } : {}) };
  return { original: title ?? id ?? url ?? '', ...(url !== undefined ? { url } : {}) };
}

function subjectsOf(pkg: CkanPackage, extras: Extras): string[] {
  const values = listItems(pkg.subject);
  for (const group of pkg.groups ?? []) {
    if (typeof group === 'string') values.push(group);
    else {
      const title = text(group.title) ?? text(group.display_name);
      if (title !== undefined) values.push(title);
      const name = text(group.name);
      if (name !== undefined) values.push(name);
    }
  }
  for (const key of ['theme', 'themes', 'category', 'topic', 'topics']) values.push(...listItems(extras.get(key)));
  return values.length === 0 ? [] : normalizeSubjects(values);
}

function temporalOf(pkg: CkanPackage, extras: Extras): TemporalCoverage | undefined {
  const start =
    dateOf(pkg.time_period_coverage_start) ??
    dateOf(pkg.temporal_start) ??
    dateOf(extraText(extras, 'temporal_coverage_from', 'temporal_start', 'temporal_coverage_start', 'time_period_coverage_start', 'startdate', 'start_date'));
  const end =
    dateOf(pkg.time_period_coverage_end) ??
    dateOf(pkg.temporal_end) ??
    dateOf(extraText(extras, 'temporal_coverage_to', 'temporal_end', 'temporal_coverage_end', 'time_period_coverage_end', 'enddate', 'end_date'));
  if (start === undefined && end === undefined) return undefined;
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

const ACCESS_WORDS: Record<string, AccessRights> = {
  public: 'public',
  unrestricted: 'public',
  open: 'public',
  restricted: 'restricted',
  'restricted public': 'restricted',
  'non-public': 'non-public',
  'non public': 'non-public',
  private: 'non-public',
};

function accessRightsOf(pkg: CkanPackage, extras: Extras): AccessRights | undefined {
  for (const value of [pkg.restrictions, pkg.access_level, pkg.access_rights, extra(extras, 'access_level', 'access_rights', 'accesslevel')]) {
    const t = text(value)?.toLowerCase();
    if (t !== undefined && t in ACCESS_WORDS) return ACCESS_WORDS[t];
  }
  return undefined;
}

function datasetLanguages(pkg: CkanPackage, extras: Extras, distributionLanguages: string[][]): string[] {
  const declared = languagesOf(pkg.language ?? extra(extras, 'language', 'languages'));
  if (declared.length > 0) return declared;
  const out: string[] = [];
  for (const list of distributionLanguages) for (const code of list) if (!out.includes(code)) out.push(code);
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Maps a package as received from `package_search`/`package_show` (or a dump). */
export function mapCkanPackage(raw: unknown, context: CkanMapContext): MapResult {
  if (!isObject(raw)) return { kind: 'problem', reason: `the record is not a JSON object (got ${Array.isArray(raw) ? 'an array' : typeof raw})` };
  const parsed = ckanPackage.safeParse(raw);
  if (!parsed.success) {
    const who = packageRemoteId(raw['id'], raw['name']);
    return { kind: 'problem', reason: `package ${who === undefined ? '(no id)' : `"${who}"`} is malformed at ${describeIssues(parsed.error)}` };
  }
  const pkg = parsed.data;
  const remoteId = packageRemoteId(pkg.id, pkg.name);
  if (remoteId === undefined) return { kind: 'problem', reason: 'package has no "id" (nor "name"): it cannot be identified' };

  const state = text(pkg.state)?.toLowerCase();
  if (state !== undefined && state !== 'active') return { kind: 'skip', reason: `state: the record is ${state}` };
  if (isTrue(pkg.private)) return { kind: 'skip', reason: 'private: the record is not public' };
  const { settings, endpoint } = context;
  const extras = readExtras(pkg.extras, raw);
  const rejection = filterRejection(raw, extras, settings.filters);
  if (rejection !== undefined) return { kind: 'skip', reason: rejection };

  const untaggedTag = untaggedLanguage(settings.primaryLanguage);
  const name = text(pkg.name);
  let title = langText(pkg.title_translated, pkg.title, untaggedTag, titleText);
  if (Object.keys(title).length === 0) title = { [untaggedTag]: name ?? remoteId };
  const description = langText(pkg.notes_translated ?? pkg.description_translated, pkg.notes, untaggedTag, descriptionText);
  const keywords = keywordLists([pkg.keywords, pkg.tags_translated], tagNames(pkg.tags), untaggedTag);
  const publisher = publisherOf(pkg, settings, untaggedTag);
  const jurisdiction = jurisdictionOf(pkg, settings, publisher);
  const licence = licenceOf(pkg, extras);
  const frequencyText =
    text(pkg.frequency) ?? extraText(extras, 'frequency', 'update_frequency', 'frequency_of_update', 'accrual_periodicity', 'accrualperiodicity', 'maintenance_and_update_frequency');
  const frequency = frequencyText !== undefined ? normalizeFrequency(frequencyText) : undefined;
  const issued =
    dateOf(pkg.date_published) ?? dateOf(pkg.issued) ?? dateOf(extraText(extras, 'dcat_issued', 'issued', 'date_published')) ?? dateOf(pkg.metadata_created);
  const modifiedAtSource = instantOf(pkg.metadata_modified);
  const modified =
    dateOf(pkg.date_modified) ??
    dateOf(pkg.federated_date_modified) ??
    dateOf(pkg.modified) ??
    dateOf(extraText(extras, 'dcat_modified', 'modified', 'date_modified')) ??
    modifiedAtSource;
  const temporal = temporalOf(pkg, extras);
  const spatial = spatialCoverage(pkg.spatial, extras);
  const contact = contactPoint(pkg, extras, untaggedTag);
  const accessRights = accessRightsOf(pkg, extras);
  const distributions = distributionsOf(pkg.resources, untaggedTag);
  const landing = landingPage(endpoint, remoteId, name);
  const conformsTo = [...new Set(listItems(pkg.conforms_to ?? extras.get('conforms_to') ?? extras.get('dcat_conforms_to')))];

  return {
    kind: 'record',
    record: {
      id: datasetId(settings.id, remoteId),
      provenance: {
        sourceId: settings.id,
        remoteId,
        landingPage: landing,
        ...(modifiedAtSource !== undefined ? { modifiedAtSource } : {}),
        raw,
      },
      title,
      description,
      keywords,
      ...(publisher ? { publisher } : {}),
      jurisdiction,
      subjects: subjectsOf(pkg, extras),
      ...(licence ? { licence } : {}),
      ...(frequency !== undefined ? { frequency } : {}),
      ...(issued !== undefined ? { issued } : {}),
      ...(modified !== undefined ? { modified } : {}),
      ...(temporal ? { temporal } : {}),
      ...(spatial ? { spatial } : {}),
      ...(contact ? { contactPoint: contact } : {}),
      languages: datasetLanguages(pkg, extras, distributions.map((d) => d.languages)),
      ...(accessRights ? { accessRights } : {}),
      ...(conformsTo.length > 0 ? { conformsTo } : {}),
      distributions,
    },
  };
}
