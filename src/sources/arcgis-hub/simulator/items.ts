// Item `i` of a simulated Hub, drawn from its own PRNG streams (never from the items before it),
// so that the feed can be streamed and the API paged without holding the catalogue: what the
// Hub knows of an item, before either API gives it its JSON shape.
import { drawBody, drawDates, drawHeader, type Stamp } from '../../simulator/draft.js';
import { mix, rngFor, type Rng } from '../../simulator/prng.js';
import { slugify } from '../../simulator/text.js';
import { CITY_FORMATS } from '../../simulator/vocabulary/formats.js';
import { HUB_DEPARTMENTS, HUB_ORGANIZATION, HUB_OWNER, HUB_PLACES } from './manitoba.js';

export const DEFAULT_SEED = 20_240_601;
const SINCE_MS = Date.UTC(2013, 0, 1);
const UNTIL_MS = Date.UTC(2025, 5, 30);
const STREAM = { stamp: 11, header: 12, body: 13, oddities: 14 } as const;
/** Each kind of simulated portal draws from its own streams. */
const HUB_SALT = 0x4855_4231;

export type HubItemType = 'Feature Layer' | 'Table' | 'Web Map' | 'Web Mapping Application' | 'PDF';
export type LicenceStyle = 'url' | 'html-link' | 'disclaimer' | 'pdf' | 'none';

export interface HubItem {
  index: number;
  /** 32 hex digits, then `_<layer>` for layers and tables: the v3 record id. */
  id: string;
  itemId: string;
  type: HubItemType;
  geometryType?: 'esriGeometryPoint' | 'esriGeometryPolyline' | 'esriGeometryPolygon';
  title: string;
  slug: string;
  /** Paragraphs of plain text (rendered as HTML by both APIs). */
  paragraphs: string[];
  snippet: string;
  tags: string[];
  categories: string[];
  createdMs: number;
  modifiedMs: number;
  itemModifiedMs: number;
  /** The department credited, or the Hub organization. */
  source: string;
  licence: LicenceStyle;
  /** Null: the Hub has no extent for the item (its feed writes `{{extent}}`). */
  bbox: [number, number, number, number] | null;
  /** The REST service (layers, tables), the viewer (apps) or the file (documents). */
  url?: string;
  serviceName: string;
  recordCount?: number;
  fields: string[];
  frequency: string;
}

export const MANITOBA_LICENCE_URL = 'https://manitoba.ca/legal/copyright.html';
export const GEOSPATIAL_LICENCE_URL = 'https://www.gov.mb.ca/geomb/pubs/geospatialopendatalicence.pdf';
export const SERVICES_ROOT = 'https://services.arcgis.example/mMUesHYPkXjaFGfS/arcgis/rest/services';

const LICENCES: readonly (readonly [LicenceStyle, number])[] = [
  ['url', 80],
  ['html-link', 10],
  ['disclaimer', 5],
  ['pdf', 3],
  ['none', 2],
];

function hubSeed(seed: number): number {
  return mix(seed, HUB_SALT);
}

function hex32(rng: Rng): string {
  return rng.uuid().replace(/-/g, '');
}

function typeFor(rng: Rng, shape: 'table' | 'geo' | 'report'): HubItemType {
  if (shape === 'table') return rng.chance(0.92) ? 'Table' : 'Web Mapping Application';
  if (shape === 'report') return rng.chance(0.6) ? 'PDF' : 'Web Mapping Application';
  return rng.weighted<HubItemType>([
    ['Feature Layer', 82],
    ['Web Map', 9],
    ['Web Mapping Application', 9],
  ]);
}

/** Item `index`, the same on every machine for the same seed. */
export function hubItem(seed: number, index: number): HubItem {
  const s = hubSeed(seed);
  const stampRng = rngFor(s, index, STREAM.stamp);
  const itemId = hex32(stampRng);
  const dates = drawDates(stampRng, SINCE_MS, UNTIL_MS);
  const stamp: Stamp = { index, id: itemId, type: 'dataset', ...dates };
  const headerRng = rngFor(s, index, STREAM.header);
  const department = headerRng.zipf(HUB_DEPARTMENTS, 0.7);
  const where = headerRng.chance(0.55) ? HUB_PLACES[0] : headerRng.zipf(HUB_PLACES.slice(1), 0.9);
  if (!where) throw new Error('no place');
  const header = drawHeader(headerRng, department, where.place, 'provincial', stamp);
  const body = drawBody(rngFor(s, index, STREAM.body), header, stamp, { markdown: false, formats: CITY_FORMATS, siteUrl: 'https://geoportal.gov.mb.example' });
  const odd = rngFor(s, index, STREAM.oddities);
  const type = typeFor(odd, header.shape);
  const layered = type === 'Feature Layer' || type === 'Table';
  const layer = layered ? (odd.chance(0.85) ? 0 : odd.int(4)) : undefined;
  const title = header.title.en;
  // Slugs are unique on a Hub: the index keeps them so (Hub appends -1, -2 to repeats).
  const slug = `manitoba::${slugify(title, 70)}-${index.toString(36)}`;
  const serviceName = `${slugify(header.topic.title.en, 40).replace(/-/g, '_')}_${index.toString(36)}`;
  const geometryType = type === 'Feature Layer' ? odd.pick(['esriGeometryPoint', 'esriGeometryPolyline', 'esriGeometryPolygon'] as const) : undefined;
  const url =
    type === 'Feature Layer' || type === 'Table'
      ? `${SERVICES_ROOT}/${serviceName}/FeatureServer/${layer ?? 0}`
      : type === 'Web Mapping Application'
        ? `https://manitoba.maps.arcgis.example/apps/webappviewer/index.html?id=${hex32(odd)}`
        : type === 'PDF'
          ? `https://www.gov.mb.example/docs/${slugify(title, 50)}.pdf`
          : undefined;
  const itemModifiedMs = dates.createdMs + Math.floor(odd.next() * (dates.modifiedMs - dates.createdMs));
  const noExtent = type === 'Web Mapping Application' ? odd.chance(0.4) : odd.chance(0.02);
  const snippet = `${title}. ${body.frequency.sentence.en}`;
  const fields = layered ? ['OBJECTID', ...body.keywords.slice(0, 6).map((k) => slugify(k.en, 20).replace(/-/g, '_').toUpperCase()), 'LAST_UPDATE'] : [];
  return {
    index,
    id: layer !== undefined ? `${itemId}_${layer}` : itemId,
    itemId,
    type,
    ...(geometryType ? { geometryType } : {}),
    title,
    slug,
    paragraphs: body.paragraphs.map((p) => p.en),
    snippet,
    tags: body.keywords.map((k) => k.en),
    categories: odd.chance(0.8) ? [CATEGORIES[header.topic.subject] ?? 'Government'] : [],
    createdMs: dates.createdMs,
    modifiedMs: dates.modifiedMs,
    itemModifiedMs,
    source: odd.chance(0.45) ? HUB_ORGANIZATION : department.title.en,
    licence: odd.weighted(LICENCES),
    bbox: noExtent ? null : where.bbox,
    ...(url !== undefined ? { url } : {}),
    serviceName,
    ...(layered ? { recordCount: Math.round(Math.pow(10, 1 + odd.next() * 4)) } : {}),
    fields,
    frequency: body.frequency.code,
  };
}

/** Hub category names, as Manitoba's Hub writes them, per subject of the drafts. */
const CATEGORIES: Readonly<Record<string, string>> = {
  health_and_safety: 'Health',
  nature_and_environment: 'Environment',
  transport: 'Transportation',
  economics_and_industry: 'Economy',
  government_and_politics: 'Government',
  agriculture: 'Agriculture',
  education_and_training: 'Education',
  society_and_culture: 'Culture',
  history_and_archaeology: 'Culture',
  labour: 'Economy',
  law: 'Justice',
  information_and_communications: 'Infrastructure',
  persons: 'Society',
};

export { HUB_ORGANIZATION, HUB_OWNER };
