// An English-only city portal on plain CKAN, like Guelph's: `title`, Markdown `notes`, `tags`,
// `groups`, `extras` with `update_frequency`-style keys written as staff typed them, and a city
// licence known only by its title and URL.
import { ckanGroup, ckanOrganization, ckanTag, stableUuid } from '../ckan-objects.js';
import type { CkanOrganization, CkanPackage, JsonObject } from '../ckan-types.js';
import { drawBody, drawHeader, type DraftResource, type Header, type Stamp } from '../../../simulator/draft.js';
import { rngFor, type Rng } from '../../../simulator/prng.js';
import { slugify } from '../../../simulator/text.js';
import { ckanTimestamp, isoDate } from '../../../simulator/timestamps.js';
import { CITY_FORMATS } from '../../../simulator/vocabulary/formats.js';
import { cityGroup } from '../../../simulator/vocabulary/groups.js';
import { CITY_ORGANIZATIONS, type Organization } from '../../../simulator/vocabulary/organizations.js';
import { GUELPH, GUELPH_WARDS } from '../../../simulator/vocabulary/places.js';
import { STREAM, type Profile } from './profile.js';

const SITE_URL = 'https://data.guelph.example';
export const CITY_NAME = 'Guelph';

const LICENCE_TITLES: readonly (readonly [string, number])[] = [
  ['Open Government Licence – City of Guelph', 85],
  ['Open Government Licence - Guelph', 10],
  ['City of Guelph Open Data Licence', 5],
];
const LICENCE_URL = 'https://data.open.guelph.ca/pages/open-government-licence';

function drawCityHeader(seed: number, stamp: Stamp): Header {
  const rng = rngFor(seed, stamp.index, STREAM.header);
  const org = rng.zipf(CITY_ORGANIZATIONS, 0.8);
  const place = rng.chance(0.75) ? GUELPH : rng.pick(GUELPH_WARDS);
  return drawHeader(rng, org, place, 'municipal', stamp);
}

function recordName(header: Header, stamp: Stamp): string {
  return `${slugify(header.title.en, 90)}-${stamp.index.toString(36)}`;
}

function resourceUrl(siteUrl: string, packageId: string, resource: DraftResource, slug: string): string {
  if (resource.kind === 'api') return `https://gis.guelph.example/arcgis/rest/services/${slug}/FeatureServer/0`;
  if (resource.kind === 'page') return `https://guelph.example/${slug}/`;
  return `${siteUrl}/dataset/${packageId}/resource/${resource.id}/download/${resource.fileName}`;
}

function cityResource(odd: Rng, resource: DraftResource, position: number, stamp: Stamp, header: Header, siteUrl: string): JsonObject {
  return {
    cache_last_updated: null,
    cache_url: null,
    created: ckanTimestamp(resource.createdMs, position * 61),
    datastore_active: resource.spelling.extension === 'csv' && odd.chance(0.4),
    description: odd.chance(0.4) ? '' : `${header.topic.title.en}, ${resource.year}.`,
    format: resource.spelling.format,
    hash: '',
    id: resource.id,
    last_modified: odd.chance(0.3) ? null : ckanTimestamp(resource.modifiedMs, position * 67),
    mimetype: resource.spelling.mimetype ?? null,
    mimetype_inner: null,
    name: resource.title.en,
    package_id: stamp.id,
    position,
    resource_type: null,
    size: resource.size === undefined ? null : odd.chance(0.05) ? String(resource.size) : resource.size,
    state: 'active',
    url: resourceUrl(siteUrl, stamp.id, resource, header.topic.id),
    url_type: resource.kind === 'data' || resource.kind === 'document' ? 'upload' : '',
  };
}

function organizationObject(org: Organization): CkanOrganization {
  return ckanOrganization(org.name, org.title.en, `Open data from the City of Guelph's ${org.title.en}.`);
}

function build(seed: number, stamp: Stamp, siteUrl: string): CkanPackage {
  const header = drawCityHeader(seed, stamp);
  const body = drawBody(rngFor(seed, stamp.index, STREAM.body), header, stamp, { markdown: true, formats: CITY_FORMATS, siteUrl });
  const odd = rngFor(seed, stamp.index, STREAM.oddities);
  const { org, topic } = header;
  const name = recordName(header, stamp);
  const tags = body.keywords.map((k) => ckanTag(k.en));
  const resources = body.resources.map((r, i) => cityResource(odd, r, i, stamp, header, siteUrl));
  const extras = [
    { key: 'update_frequency', value: odd.pick(body.frequency.city) },
    { key: 'data_steward', value: org.title.en },
    { key: 'spatial_coverage', value: header.place === GUELPH ? 'City of Guelph' : `${header.place.name.en}, City of Guelph` },
    { key: 'last_reviewed', value: isoDate(stamp.modifiedMs) },
  ];
  if (odd.chance(0.3)) extras.push({ key: 'retention_period', value: odd.pick(['2 years', '7 years', 'Permanent']) });
  const pkg: CkanPackage = {
    author: org.title.en,
    author_email: org.email,
    creator_user_id: stableUuid(`user:${org.name}`),
    extras,
    groups: [ckanGroup(cityGroup(topic.id, topic.subject), '')],
    id: stamp.id,
    isopen: true,
    license_title: odd.weighted(LICENCE_TITLES),
    license_url: LICENCE_URL,
    maintainer: odd.chance(0.2) ? '' : org.title.en,
    maintainer_email: odd.chance(0.05) ? null : org.email,
    metadata_created: ckanTimestamp(stamp.createdMs, stamp.micros),
    metadata_modified: ckanTimestamp(stamp.modifiedMs, stamp.micros),
    name,
    notes: body.paragraphs.map((p) => p.en).join('\n\n'),
    num_resources: resources.length,
    num_tags: tags.length,
    organization: organizationObject(org),
    owner_org: stableUuid(`organization:${org.name}`),
    private: false,
    relationships_as_object: [],
    relationships_as_subject: [],
    resources,
    state: 'active',
    tags,
    title: header.title.en,
    type: stamp.type,
    url: `${siteUrl}/dataset/${name}`,
    version: odd.chance(0.1) ? String(odd.between(1, 4)) : null,
  };
  const roll = odd.next();
  if (roll < 0.04) pkg.notes = null;
  else if (roll < 0.06) pkg.notes = '';
  return pkg;
}

export const cityProfile: Profile = {
  name: 'city',
  siteTitle: 'City of Guelph Open Data (simulated)',
  siteUrl: SITE_URL,
  organizations() {
    return CITY_ORGANIZATIONS.map(organizationObject);
  },
  drawType() {
    return 'dataset';
  },
  recordName(seed, stamp) {
    return recordName(drawCityHeader(seed, stamp), stamp);
  },
  build,
};
