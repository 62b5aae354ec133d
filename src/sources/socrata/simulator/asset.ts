// One simulated Discovery API result, made from the shared drafts: record `index` of a seeded
// catalogue, drawn from its own PRNG streams, in the shape Socrata sites send.
import { drawBody, drawHeader, type Header, type Stamp } from '../../simulator/draft.js';
import { rngFor, type Rng } from '../../simulator/prng.js';
import { slugify } from '../../simulator/text.js';
import { CITY_FORMATS } from '../../simulator/vocabulary/formats.js';
import {
  CATEGORY_BY_SUBJECT,
  FIELD_NAMES,
  FILE_TYPES,
  GLOBAL_CATEGORY_BY_SUBJECT,
  LICENCES,
  NOVA_SCOTIA,
  NS_COUNTIES,
  NS_ORGANIZATIONS,
} from './vocabulary.js';

/** Streams of a record's PRNGs (the stamp stream draws id, type and dates). */
export const STREAM = { stamp: 1, header: 2, body: 3, oddities: 4 } as const;

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A Socrata "4x4" id (`abcd-2345`). */
export function fourByFour(rng: Rng): string {
  let out = '';
  for (let i = 0; i < 9; i++) out += i === 4 ? '-' : (ALPHABET[rng.int(ALPHABET.length)] ?? 'a');
  return out;
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

interface Column {
  name: string;
  field: string;
  type: string;
  description: string;
}

function column(name: string, type: string, description = ''): Column {
  return { name, field: slugify(name, 60).replace(/-/g, '_'), type, description };
}

function columnsOf(header: Header, type: string, odd: Rng): Column[] {
  if (type === 'map') return [column('Name', 'text'), column('the_geom', 'multipolygon', 'Boundary'), column('Area (km²)', 'number')];
  if (type === 'file' || type === 'href' || type === 'story') return [];
  const columns = [column('Year', 'number', 'Calendar year'), column(header.level === 'municipal' ? 'Community' : 'County', 'text'), column(header.topic.title.en, 'number')];
  if (odd.chance(0.4)) columns.push(column('Date', 'calendar_date', 'Date of the observation'));
  if (odd.chance(0.3)) columns.push(column('Notes', 'text'));
  if (header.shape === 'geo') columns.push(column('Location', odd.chance(0.8) ? 'point' : 'location', 'Latitude and longitude'));
  return columns;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function descriptionOf(paragraphs: string[], odd: Rng): string | null {
  const roll = odd.next();
  if (roll < 0.04) return null;
  if (roll < 0.06) return '';
  // Some assets were described in the rich-text editor.
  if (roll < 0.11) return paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
  return paragraphs.join('\n\n');
}

/** The result of record `stamp.index` (its id, type and dates already drawn). */
export function buildAsset(seed: number, stamp: Stamp, domain: string): { [key: string]: Json } {
  const hrng = rngFor(seed, stamp.index, STREAM.header);
  const org = hrng.zipf(NS_ORGANIZATIONS, 0.7);
  const municipal = org.level === 'municipal';
  const place = municipal ? { name: { en: 'Halifax', fr: 'Halifax' }, in: { en: 'in Halifax', fr: 'à Halifax' } } : hrng.chance(0.7) ? NOVA_SCOTIA : hrng.pick(NS_COUNTIES);
  const header = drawHeader(hrng, org, place, municipal ? 'municipal' : 'provincial', stamp);
  const body = drawBody(rngFor(seed, stamp.index, STREAM.body), header, stamp, { markdown: false, formats: CITY_FORMATS, siteUrl: `https://${domain}` });
  const odd = rngFor(seed, stamp.index, STREAM.oddities);
  const type = stamp.type;
  const id = stamp.id;
  const category = CATEGORY_BY_SUBJECT[header.topic.subject] ?? 'Government Administration';
  const columns = columnsOf(header, type, odd);
  const tags = odd.chance(0.05) ? [] : body.keywords.map((k) => k.en.toLowerCase());
  const names = odd.weighted(FIELD_NAMES);
  const metadata: { key: string; value: Json }[] = [];
  const attribution = odd.chance(0.85) ? org.title.en : municipal ? 'Halifax Regional Municipality' : 'Province of Nova Scotia';
  if (odd.chance(0.9)) metadata.push({ key: names.publisher, value: org.title.en });
  if (odd.chance(0.7)) metadata.push({ key: names.contactName, value: odd.chance(0.5) ? 'Open Data Team' : `${header.topic.title.en} Program` });
  if (odd.chance(0.8)) metadata.push({ key: names.contactEmail, value: odd.chance(0.05) ? 'see website' : org.email });
  if (odd.chance(0.85)) metadata.push({ key: names.frequency, value: odd.pick(body.frequency.city) });
  if (odd.chance(0.6)) metadata.push({ key: names.coverage, value: header.place.name.en });
  if (odd.chance(0.5)) metadata.push({ key: names.period, value: odd.chance(0.5) ? `${header.y0}-${header.y1}` : `${header.y0}-01-01/${header.y1}-12-31` });
  const licence = odd.weighted(LICENCES);
  const dataUpdated = stamp.modifiedMs - Math.floor(odd.next() * (stamp.modifiedMs - stamp.createdMs) * 0.3);
  const views = Math.floor(40 * Math.pow(2000, odd.next()));
  const blobType = type === 'file' ? odd.weighted(FILE_TYPES) : null;
  const titleSlug = slugify(header.title.en, 60).replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => `${dash}${c.toUpperCase()}`);

  return {
    resource: {
      name: header.title.en,
      id,
      parent_fxf: type === 'filter' || type === 'chart' ? [fourByFour(odd)] : [],
      description: descriptionOf(body.paragraphs.map((p) => p.en), odd),
      attribution,
      attribution_link: odd.chance(0.2) ? `https://novascotia.example/${org.name}/` : null,
      contact_email: null,
      type,
      updatedAt: iso(stamp.modifiedMs),
      createdAt: iso(stamp.createdMs),
      metadata_updated_at: iso(stamp.modifiedMs),
      data_updated_at: iso(Math.max(stamp.createdMs, dataUpdated)),
      publication_date: iso(stamp.createdMs + Math.floor(odd.next() * 86_400_000)),
      page_views: { page_views_last_week: Math.floor(views / 60), page_views_last_month: Math.floor(views / 14), page_views_total: views },
      columns_name: columns.map((c) => c.name),
      columns_field_name: columns.map((c) => c.field),
      columns_datatype: columns.map((c) => c.type),
      columns_description: columns.map((c) => c.description),
      columns_format: columns.map(() => ({})),
      download_count: Math.floor(views / 7),
      provenance: odd.chance(0.98) ? 'official' : 'community',
      lens_view_type: type === 'map' ? 'geo' : type === 'file' ? 'blobby' : type === 'href' ? 'href' : type === 'story' ? 'story' : 'tabular',
      lens_display_type: type === 'chart' ? 'chart' : type === 'map' ? 'map' : 'table',
      blob_mime_type: blobType,
      hide_from_data_json: false,
    },
    classification: {
      categories: [GLOBAL_CATEGORY_BY_SUBJECT[header.topic.subject] ?? 'government'],
      tags: [],
      domain_category: category,
      domain_tags: tags,
      domain_metadata: metadata,
    },
    metadata: { domain, ...(licence !== null ? { license: licence } : {}) },
    permalink: `https://${domain}/d/${id}`,
    link: `https://${domain}/${category.replace(/[^A-Za-z]+/g, '-')}/${titleSlug}/${id}`,
    owner: { id: 'opdt-ns42', user_type: 'interactive', display_name: 'Open Data NS' },
    creator: { id: 'opdt-ns42', user_type: 'interactive', display_name: 'Open Data NS' },
  };
}
