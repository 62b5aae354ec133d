// A French-first provincial aggregator shaped like Données Québec: plain CKAN fields written in
// French (`title`, Markdown `notes`, `tags`, `extras`), publishers that are ministries and cities,
// CC-BY-style licences and formats typed every way publishers type them.
import { ckanGroup, ckanOrganization, ckanTag, stableUuid } from '../ckan-objects.js';
import type { CkanOrganization, CkanPackage, JsonObject } from '../ckan-types.js';
import { drawBody, drawHeader, type DraftResource, type Header, type Stamp } from '../../../simulator/draft.js';
import { rngFor, type Rng } from '../../../simulator/prng.js';
import { slugify } from '../../../simulator/text.js';
import { ckanTimestamp } from '../../../simulator/timestamps.js';
import { QUEBEC_FORMATS } from '../../../simulator/vocabulary/formats.js';
import { quebecGroup } from '../../../simulator/vocabulary/groups.js';
import { QUEBEC_ORGANIZATIONS, type Organization } from '../../../simulator/vocabulary/organizations.js';
import { cityPlace, MONTREAL_BOROUGHS, PROVINCES, QUEBEC_REGIONS, type Place } from '../../../simulator/vocabulary/places.js';
import { STREAM, type Draft, type Profile } from './profile.js';

const SITE_URL = 'https://www.donneesquebec.example';
const QUEBEC = PROVINCES.find((p) => p.code === 'CA-QC')?.place as Place;

interface Licence {
  id: string;
  title: string;
  url: string;
}

const LICENCES: readonly (readonly [Licence, number])[] = [
  [{ id: 'cc-by', title: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/deed.fr' }, 72],
  [{ id: 'qc-cc-by', title: 'Licence Creative Commons 4.0 Attribution (CC-BY) – Québec', url: 'https://www.donneesquebec.ca/fr/licence/' }, 10],
  [{ id: 'cc-by-nc', title: "Creative Commons Attribution – Pas d'utilisation commerciale 4.0 International (CC BY-NC 4.0)", url: 'https://creativecommons.org/licenses/by-nc/4.0/deed.fr' }, 6],
  [{ id: 'odc-odbl', title: 'Open Data Commons Open Database License (ODbL)', url: 'https://opendatacommons.org/licenses/odbl/1-0/' }, 5],
  [{ id: 'other-at', title: 'Autre (attribution)', url: '' }, 4],
  [{ id: 'cc-zero', title: 'Creative Commons CCZero', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.fr' }, 3],
];

function drawQuebecHeader(seed: number, stamp: Stamp): Header {
  const rng = rngFor(seed, stamp.index, STREAM.header);
  const org = rng.zipf(QUEBEC_ORGANIZATIONS, 0.8);
  return drawHeader(rng, org, placeOf(rng, org), org.level, stamp);
}

function placeOf(rng: Rng, org: Organization): Place {
  if (org.municipality) {
    if (org.name === 'ville-de-montreal' && rng.chance(0.25)) return rng.zipf(MONTREAL_BOROUGHS);
    return cityPlace(org.municipality);
  }
  return rng.chance(0.6) ? QUEBEC : rng.zipf(QUEBEC_REGIONS);
}

function recordName(header: Header, stamp: Stamp): string {
  return `${slugify(header.title.fr, 90)}-${stamp.index.toString(36)}`;
}

function resourceUrl(siteUrl: string, packageId: string, resource: DraftResource, slug: string): string {
  if (resource.kind === 'api') {
    return /wms/i.test(resource.spelling.format)
      ? `${siteUrl}/geoserver/wms?service=WMS&request=GetCapabilities&layers=${slug}`
      : `${siteUrl}/arcgis/rest/services/${slug}/MapServer`;
  }
  if (resource.kind === 'page') return `${siteUrl}/fr/${slug}`;
  return `${siteUrl}/recherche/dataset/${packageId}/resource/${resource.id}/download/${resource.fileName}`;
}

function quebecResource(odd: Rng, resource: DraftResource, position: number, stamp: Stamp, header: Header, siteUrl: string): JsonObject {
  const size = resource.size === undefined ? null : odd.chance(0.05) ? String(resource.size) : resource.size;
  return {
    cache_last_updated: null,
    cache_url: null,
    created: ckanTimestamp(resource.createdMs, position * 53),
    datastore_active: false,
    description: odd.chance(0.5) ? '' : `${header.topic.title.fr} (${resource.year}).`,
    format: resource.spelling.format,
    hash: '',
    id: resource.id,
    last_modified: odd.chance(0.25) ? null : ckanTimestamp(resource.modifiedMs, position * 59),
    mimetype: resource.spelling.mimetype ?? null,
    mimetype_inner: null,
    name: resource.title.fr,
    package_id: stamp.id,
    position,
    resource_type: null,
    size,
    state: 'active',
    url: resourceUrl(siteUrl, stamp.id, resource, header.topic.id),
    url_type: resource.kind === 'data' || resource.kind === 'document' ? 'upload' : '',
  };
}

function organizationObject(org: Organization): CkanOrganization {
  const description = org.municipality
    ? `Données ouvertes publiées par ${org.the.fr}.`
    : `Données ouvertes publiées par ${org.the.fr}, au nom du gouvernement du Québec.`;
  return ckanOrganization(org.name, org.title.fr, description);
}

function draft(seed: number, stamp: Stamp, siteUrl: string): Draft {
  const header = drawQuebecHeader(seed, stamp);
  return { header, body: drawBody(rngFor(seed, stamp.index, STREAM.body), header, stamp, { markdown: true, formats: QUEBEC_FORMATS, siteUrl }) };
}

function build(seed: number, stamp: Stamp, siteUrl: string): CkanPackage {
  const { header, body } = draft(seed, stamp, siteUrl);
  const odd = rngFor(seed, stamp.index, STREAM.oddities);
  const { org, topic } = header;
  const licence = odd.weighted(LICENCES);
  const tags = body.keywords.map((k) => ckanTag(k.fr));
  const group = quebecGroup(topic.id, topic.subject);
  const resources = body.resources.map((r, i) => quebecResource(odd, r, i, stamp, header, siteUrl));
  const extras = [
    { key: 'update_frequency', value: body.frequency.quebec },
    { key: 'couverture_geographique', value: header.place.name.fr },
    { key: 'date_debut', value: `${header.y0}-01-01` },
    { key: 'date_fin', value: odd.chance(0.15) ? '' : `${header.y1}-12-31` },
    { key: 'langue', value: 'fr' },
  ];
  const pkg: CkanPackage = {
    author: odd.chance(0.6) ? org.title.fr : null,
    author_email: null,
    creator_user_id: stableUuid(`user:${org.name}`),
    extras,
    groups: [ckanGroup(group, '')],
    id: stamp.id,
    isopen: licence.id !== 'cc-by-nc',
    license_id: licence.id,
    license_title: licence.title,
    license_url: licence.url,
    maintainer: odd.chance(0.3) ? null : `Direction des données ouvertes, ${org.title.fr}`,
    maintainer_email: org.email,
    metadata_created: ckanTimestamp(stamp.createdMs, stamp.micros),
    metadata_modified: ckanTimestamp(stamp.modifiedMs, stamp.micros),
    name: recordName(header, stamp),
    notes: body.paragraphs.map((p) => p.fr).join('\n\n'),
    num_resources: resources.length,
    num_tags: tags.length,
    organization: organizationObject(org),
    owner_org: stableUuid(`organization:${org.name}`),
    private: false,
    state: 'active',
    title: header.title.fr,
    type: stamp.type,
    url: '',
    version: null,
    relationships_as_object: [],
    relationships_as_subject: [],
    resources,
    tags,
  };
  // Real records sometimes come without a description, or with `null` for it.
  const roll = odd.next();
  if (roll < 0.03) delete pkg.notes;
  else if (roll < 0.04) pkg.notes = null;
  return pkg;
}

export const quebecProfile: Profile = {
  name: 'quebec',
  siteTitle: 'Données Québec (simulé)',
  siteUrl: SITE_URL,
  organizations() {
    return QUEBEC_ORGANIZATIONS.map(organizationObject);
  },
  drawType() {
    return 'dataset';
  },
  recordName(seed, stamp) {
    return recordName(drawQuebecHeader(seed, stamp), stamp);
  },
  build,
  draft,
};
