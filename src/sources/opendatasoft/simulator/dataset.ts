// One simulated Explore API v2.1 dataset, made from the shared drafts: record `index` of a
// seeded catalogue, drawn from its own PRNG streams, in the shape Opendatasoft domains send.
import { drawBody, drawHeader, type Header, type Stamp } from '../../simulator/draft.js';
import { rngFor, type Rng } from '../../simulator/prng.js';
import { slugify } from '../../simulator/text.js';
import { CITY_FORMATS } from '../../simulator/vocabulary/formats.js';
import { CITY_BOX, LICENCES, LOCAL_AREAS, THEME_BY_SUBJECT, VANCOUVER, VANCOUVER_ORGANIZATIONS } from './vocabulary.js';

export const STREAM = { stamp: 1, header: 2, body: 3, oddities: 4 } as const;

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The header of record `index`: its department, place and title (what its id is made from). */
export function datasetHeader(seed: number, stamp: Stamp): Header {
  const rng = rngFor(seed, stamp.index, STREAM.header);
  const org = rng.zipf(VANCOUVER_ORGANIZATIONS, 0.7);
  const place = rng.chance(0.75) ? VANCOUVER : rng.pick(LOCAL_AREAS);
  return drawHeader(rng, org, place, 'municipal', stamp);
}

/** A dataset id as the portal makes them: the slug of the title (a suffix keeps it unique). */
export function datasetIdOf(header: Header, index: number): string {
  return `${slugify(header.title.en, 60)}-${index.toString(36)}`;
}

function odsDate(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+00:00');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function descriptionOf(paragraphs: string[], odd: Rng): string | null {
  const roll = odd.next();
  if (roll < 0.04) return null;
  if (roll < 0.06) return '';
  // The portal's editor writes HTML; a few descriptions were pasted as plain text.
  if (roll < 0.1) return paragraphs.join('\n\n');
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}

function boxFeature(odd: Rng): Json {
  const [w, s, e, n] = CITY_BOX;
  const dx = (e - w) * odd.next() * 0.4;
  const dy = (n - s) * odd.next() * 0.4;
  const west = Number((w + dx).toFixed(5));
  const south = Number((s + dy).toFixed(5));
  const east = Number((e - dx / 2).toFixed(5));
  const north = Number((n - dy / 2).toFixed(5));
  return { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] }, properties: {} };
}

function fieldsOf(header: Header, geo: boolean, odd: Rng): Json[] {
  const field = (name: string, label: string, type: string, description: string | null = null): Json => ({ name, label, type, annotations: {}, description });
  const fields: Json[] = [field('year', 'Year', 'int'), field('local_area', 'Local area', 'text'), field(slugify(header.topic.title.en, 40).replace(/-/g, '_'), header.topic.title.en, 'double')];
  if (odd.chance(0.4)) fields.push(field('date', 'Date', 'date', 'Date of the observation'));
  if (geo) {
    fields.push(field('geom', 'Geom', 'geo_shape'));
    fields.push(field('geo_point_2d', 'geo_point_2d', 'geo_point_2d'));
  }
  return fields;
}

/** The dataset of record `stamp.index` (its id and dates already drawn). */
export function buildDataset(seed: number, stamp: Stamp, header: Header, portal: string): { [key: string]: Json } {
  const body = drawBody(rngFor(seed, stamp.index, STREAM.body), header, stamp, { markdown: false, formats: CITY_FORMATS, siteUrl: portal });
  const odd = rngFor(seed, stamp.index, STREAM.oddities);
  const hasRecords = odd.chance(0.95);
  const geo = hasRecords && header.shape === 'geo';
  const [licence, licenceUrl] = odd.weighted(LICENCES);
  const keywords = odd.chance(0.06) ? null : body.keywords.map((k) => k.en.toLowerCase());
  const theme = THEME_BY_SUBJECT[header.topic.subject] ?? 'Government';
  const dataProcessed = stamp.modifiedMs - Math.floor(odd.next() * 3_600_000);
  const metadataProcessed = stamp.modifiedMs + Math.floor(odd.next() * 60_000);
  const frequency = odd.pick(body.frequency.city);
  const custom = odd.chance(0.4);
  const dcat: { [key: string]: Json } = {
    created: odsDate(stamp.createdMs),
    issued: odsDate(stamp.createdMs + Math.floor(odd.next() * 86_400_000)),
    creator: 'City of Vancouver',
    contributor: null,
    contact_name: odd.chance(0.7) ? header.org.title.en : null,
    contact_email: odd.chance(0.8) ? header.org.email : null,
    accrualperiodicity: custom ? null : frequency,
    spatial: odd.chance(0.5) ? `${header.place.name.en}, British Columbia` : null,
    temporal: null,
    granularity: null,
    dataquality: null,
    publisher_type: 'http://purl.org/adms/publishertype/LocalAuthority',
    conforms_to: null,
    temporal_coverage_start: odd.chance(0.5) ? `${header.y0}-01-01` : null,
    temporal_coverage_end: odd.chance(0.3) ? `${header.y1}-12-31` : null,
    accessRights: null,
    relation: null,
  };
  const metas: { [key: string]: Json } = {
    default: {
      title: header.title.en,
      description: descriptionOf(body.paragraphs.map((p) => p.en), odd),
      theme: odd.chance(0.05) ? null : [theme],
      keyword: keywords,
      license: licence,
      license_url: licenceUrl,
      language: 'en',
      metadata_languages: ['en'],
      timezone: 'America/Vancouver',
      modified: odsDate(stamp.modifiedMs),
      modified_updates_on_metadata_change: false,
      modified_updates_on_data_change: true,
      data_processed: hasRecords ? odsDate(dataProcessed) : null,
      metadata_processed: odsDate(metadataProcessed),
      geographic_reference: ['ca_city_5915022'],
      geographic_reference_auto: true,
      territory: [header.place.name.en],
      geometry_types: geo ? ['Point'] : null,
      bbox: geo ? boxFeature(odd) : null,
      publisher: header.org.title.en,
      references: odd.chance(0.3) ? `https://vancouver.example/${header.topic.id}.aspx` : null,
      records_count: hasRecords ? Math.floor(20 * Math.pow(10_000, odd.next())) : 0,
      attributions: odd.chance(0.5) ? ['City of Vancouver'] : null,
      source_domain: null,
      source_domain_title: null,
      source_domain_address: null,
      source_dataset: null,
      shared_catalog: null,
      federated: false,
    },
    dcat,
  };
  if (custom) metas['custom'] = { update_frequency: frequency, data_currency: String(header.y1), data_accuracy: odd.pick(['Good', 'Approximate', 'See description']) };
  const attachments: Json[] = [];
  if (!hasRecords || odd.chance(0.15)) {
    const name = slugify(header.topic.title.en, 40).replace(/-/g, '_');
    attachments.push({ id: `${name}_pdf`, mimetype: 'application/pdf', title: `${header.topic.title.en} – data dictionary`, url: `odsfile://${name}.pdf` });
  }
  return {
    dataset_id: stamp.id,
    dataset_uid: `da_${(stamp.index * 7919 + 104_729).toString(36).padStart(6, '0')}`,
    attachments,
    has_records: hasRecords,
    data_visible: hasRecords,
    features: hasRecords ? (geo ? ['geo', 'analyze'] : odd.chance(0.3) ? ['analyze', 'timeserie'] : ['analyze']) : [],
    metas,
    fields: hasRecords ? fieldsOf(header, geo, odd) : [],
  };
}
