// A bilingual federal portal shaped like open.canada.ca: ckanext-scheming with fluent fields
// (`title_translated`, `notes_translated`, `keywords {en, fr}`, `name_translated`), bilingual
// organization titles "English | Français", machine translation marked with `fr-t-en` /
// `en-t-fr`, and provincial records federated into the catalogue (`collection: federated`).
import type { Label } from '../../../../core/langstring.js';
import { ckanOrganization, stableUuid } from '../ckan-objects.js';
import type { CkanOrganization, CkanPackage, FluentTags, FluentText, JsonObject, JsonValue } from '../ckan-types.js';
import { drawBody, drawHeader, type DraftResource, type Header, type Stamp } from '../../../simulator/draft.js';
import { rngFor, type Rng } from '../../../simulator/prng.js';
import { ckanTimestamp, isoDate } from '../../../simulator/timestamps.js';
import { FEDERAL_FORMATS } from '../../../simulator/vocabulary/formats.js';
import { FEDERAL_ORGANIZATIONS, FEDERATED_GOVERNMENTS, type FederatedGovernment } from '../../../simulator/vocabulary/organizations.js';
import { CANADA, PROVINCES, type Place } from '../../../simulator/vocabulary/places.js';
import { MACHINE_TRANSLATION_NOTICE } from '../../../simulator/vocabulary/sentences.js';
import { STREAM, type Profile } from './profile.js';

const SITE_URL = 'https://open.canada.example';
const LICENCE = {
  id: 'ca-ogl-lgo',
  title: 'Open Government Licence - Canada',
  url: 'https://open.canada.ca/en/open-government-licence-canada',
};

/** How a record's two languages were written. */
type Translation =
  | 'human' // `en` and `fr`
  | 'fr-t-en' // French machine-translated from English
  | 'en-t-fr' // English machine-translated from French
  | 'placeholder'; // French not translated yet: « Translation of … »

interface FederalHeader extends Header {
  government?: FederatedGovernment;
  translation: Translation;
}

function provincePlace(code: string): Place {
  return PROVINCES.find((p) => p.code === code)?.place ?? CANADA;
}

function drawFederalHeader(seed: number, stamp: Stamp): FederalHeader {
  const rng = rngFor(seed, stamp.index, STREAM.header);
  if (rng.chance(0.2)) {
    const government = rng.zipf(FEDERATED_GOVERNMENTS, 0.8);
    const header = drawHeader(rng, government.organization, provincePlace(government.code), 'provincial', stamp);
    const translation: Translation = rng.chance(0.03) ? 'placeholder' : government.language === 'fr' ? 'en-t-fr' : 'fr-t-en';
    return { ...header, government, translation };
  }
  const org = rng.zipf(FEDERAL_ORGANIZATIONS, 0.9);
  const place = rng.chance(0.7) ? CANADA : rng.zipf(PROVINCES).place;
  const header = drawHeader(rng, org, place, 'federal', stamp);
  const translation: Translation = rng.chance(0.04) ? 'fr-t-en' : rng.chance(0.01) ? 'en-t-fr' : 'human';
  return { ...header, translation };
}

/** Language-keyed text following the record's translation. */
function fluent(text: Label, translation: Translation, notice = false): FluentText {
  switch (translation) {
    case 'human':
      return { en: text.en, fr: text.fr };
    case 'fr-t-en':
      return { en: text.en, 'fr-t-en': notice ? `${text.fr}\n\n${MACHINE_TRANSLATION_NOTICE}` : text.fr };
    case 'en-t-fr':
      return { 'en-t-fr': text.en, fr: text.fr };
    case 'placeholder':
      return { en: text.en, fr: `Translation of ${text.en}` };
  }
}

function fluentList(items: Label[], translation: Translation): FluentTags {
  const en = items.map((k) => k.en);
  const fr = items.map((k) => k.fr);
  switch (translation) {
    case 'human':
      return { en, fr };
    case 'fr-t-en':
      return { en, 'fr-t-en': fr };
    case 'en-t-fr':
      return { 'en-t-fr': en, fr };
    case 'placeholder':
      return { en, fr: [] };
  }
}

const RESOURCE_TYPES = { data: 'dataset', api: 'api', document: 'guide', page: 'website' } as const;

function resourceUrl(siteUrl: string, packageId: string, resource: DraftResource, topicId: string): string {
  switch (resource.kind) {
    case 'api':
      return resource.spelling.format === 'WMS'
        ? `${siteUrl}/geoserver/wms?service=WMS&request=GetCapabilities&layers=${topicId}`
        : `${siteUrl}/arcgis/rest/services/${topicId}/MapServer`;
    case 'page':
      return `${siteUrl}/en/${topicId}`;
    default:
      return `${siteUrl}/dataset/${packageId}/resource/${resource.id}/download/${resource.fileName}`;
  }
}

function resourceLanguages(rng: Rng): string[] {
  const roll = rng.next();
  return roll < 0.7 ? ['en', 'fr'] : roll < 0.85 ? ['en'] : roll < 0.97 ? ['fr'] : ['zxx'];
}

function federalResource(
  rng: Rng,
  resource: DraftResource,
  position: number,
  stamp: Stamp,
  header: FederalHeader,
  siteUrl: string,
): JsonObject {
  const name = fluent(resource.title, header.translation);
  const sizeAsString = rng.chance(0.03);
  const out: JsonObject = {
    cache_last_updated: null,
    cache_url: null,
    character_set: resource.spelling.extension === 'csv' ? 'UTF-8' : '',
    created: ckanTimestamp(resource.createdMs, position * 37),
    data_quality: [],
    datastore_active: false,
    description: '',
    format: resource.spelling.format,
    hash: '',
    id: resource.id,
    language: resourceLanguages(rng),
    last_modified: rng.chance(0.3) ? null : ckanTimestamp(resource.modifiedMs, position * 41),
    mimetype: resource.spelling.mimetype ?? null,
    mimetype_inner: null,
    name: name.en ?? name['en-t-fr'] ?? resource.title.en,
    name_translated: name,
    package_id: stamp.id,
    position,
    resource_type: RESOURCE_TYPES[resource.kind],
    size: resource.size === undefined ? null : sizeAsString ? String(resource.size) : resource.size,
    state: 'active',
    unique_identifier: '',
    url: resourceUrl(siteUrl, stamp.id, resource, header.topic.id),
    url_type: resource.kind === 'data' || resource.kind === 'document' ? 'upload' : null,
  };
  return out;
}

function organizationTitle(title: Label): string {
  return `${title.en} | ${title.fr}`;
}

const AUDIENCES = ['general_public', 'business', 'scientists', 'government', 'media', 'educators', 'students', 'nongovernmental_organizations'];

function build(seed: number, stamp: Stamp, siteUrl: string): CkanPackage {
  const header = drawFederalHeader(seed, stamp);
  const body = drawBody(rngFor(seed, stamp.index, STREAM.body), header, stamp, { markdown: false, formats: FEDERAL_FORMATS, siteUrl });
  const odd = rngFor(seed, stamp.index, STREAM.oddities);
  const { org, topic, translation, government } = header;

  const notesText: Label = { en: body.paragraphs.map((p) => p.en).join('\n\n'), fr: body.paragraphs.map((p) => p.fr).join('\n\n') };
  const withNotice = translation === 'fr-t-en' && government !== undefined && odd.chance(0.5);
  const title = fluent(header.title, translation);
  const notes = fluent(notesText, translation, withNotice);
  if (odd.chance(0.02)) {
    // A record whose French description was never filled in.
    if ('fr' in notes) notes.fr = '';
  }
  const keywords = fluentList(body.keywords, translation);
  if (odd.chance(0.02) && 'fr' in keywords) keywords.fr = [];

  const ownerOrg = stableUuid(`organization:${org.name}`);
  const resources = body.resources.map((r, i) => federalResource(odd, r, i, stamp, header, siteUrl));
  const created = ckanTimestamp(stamp.createdMs, stamp.micros);
  const modified = ckanTimestamp(stamp.modifiedMs, stamp.micros);
  const published = `${isoDate(stamp.createdMs)} 00:00:00`;
  const primary = translation === 'en-t-fr' ? 'fr' : 'en';
  const pkg: CkanPackage = {
    id: stamp.id,
    name: stamp.id,
    type: stamp.type,
    collection: government ? 'federated' : stamp.type === 'info' ? 'publication' : 'primary',
    title: header.title[primary],
    title_translated: title,
    notes: notesText[primary],
    notes_translated: notes,
    keywords,
    subject: [topic.subject],
    audience: odd.zipfDistinct(AUDIENCES, odd.between(1, 3)),
    frequency: body.frequency.code,
    jurisdiction: government ? 'provincial' : 'federal',
    license_id: government ? government.licenceId : LICENCE.id,
    license_title: government ? government.licenceTitle : LICENCE.title,
    license_url: government ? government.licenceUrl : LICENCE.url,
    isopen: true,
    owner_org: ownerOrg,
    organization: federalOrganization(org.name, org.title),
    org_title_at_publication: { en: org.title.en, fr: org.title.fr },
    org_section: { en: '', fr: '' },
    creator: government ? `${government.organization.title.en}; ${government.organization.title.en}` : '',
    contributor: { en: '', fr: '' },
    maintainer: null,
    maintainer_email: odd.chance(0.02) ? null : org.email,
    maintainer_contact_form: { en: '', fr: '' },
    date_published: published,
    date_modified: odd.chance(0.5) ? `${isoDate(stamp.modifiedMs)} 00:00:00` : null,
    program_page_url: odd.chance(0.4) ? { en: `${siteUrl}/en/${topic.id}`, fr: `${siteUrl}/fr/${topic.id}` } : { en: '', fr: '' },
    data_series_name: odd.chance(0.3) ? { en: topic.title.en, fr: topic.title.fr } : { en: '', fr: '' },
    data_series_issue_identification: { en: '', fr: '' },
    digital_object_identifier: '',
    time_period_coverage_start: `${header.y0}-01-01`,
    time_period_coverage_end: odd.chance(0.2) ? '' : `${header.y1}-12-31`,
    spatial: null,
    geographic_region: header.place === CANADA ? [] : [header.place.name.en],
    portal_release_date: isoDate(stamp.createdMs),
    ready_to_publish: 'true',
    imso_approval: 'true',
    restrictions: 'unrestricted',
    metadata_created: created,
    metadata_modified: modified,
    private: false,
    state: 'active',
    version: null,
    url: null,
    num_resources: resources.length,
    num_tags: 0,
    tags: [],
    groups: [],
    relationships_as_object: [],
    relationships_as_subject: [],
    creator_user_id: stableUuid(`user:${org.name}`),
    resources,
  };
  if (government) {
    const extra: Record<string, JsonValue> = {
      federated_date_modified: isoDate(stamp.modifiedMs),
      locale: government.language,
      file_id: stamp.id,
      hierarchy_level: 'dataset; jeuDonnées',
      responsible_role: 'RI_414',
      source_metadata_date_created: isoDate(stamp.createdMs),
    };
    Object.assign(pkg, extra);
  }
  return pkg;
}

function federalOrganization(name: string, title: Label): CkanOrganization {
  return ckanOrganization(name, organizationTitle(title), '');
}

export const federalProfile: Profile = {
  name: 'federal',
  siteTitle: 'Open Government Portal (simulated)',
  siteUrl: SITE_URL,
  organizations() {
    return [...FEDERAL_ORGANIZATIONS, ...FEDERATED_GOVERNMENTS.map((g) => g.organization)].map((o) => federalOrganization(o.name, o.title));
  },
  drawType(rng) {
    return rng.chance(0.07) ? 'info' : 'dataset';
  },
  recordName(_seed, stamp) {
    return stamp.id;
  },
  build,
};
