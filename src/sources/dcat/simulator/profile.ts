// A bilingual federal DCAT-AP feed, as a Canadian government would publish one: `@en`/`@fr`
// literals (now and then `@fr-CA`, a machine translation tagged `@fr-t-en`, or an untagged
// keyword), EU data themes and authority IRIs for frequencies, formats, languages and access
// rights, IANA media types, the Open Government Licence by IRI, publishers as IRIs or blank
// nodes, vCard contact points, periods of time, WKT or GeoJSON boxes, distributions described by
// IRI after their dataset (as ckanext-dcat writes them), and a catalogue record per dataset.
// Record `i` is drawn from its own PRNG streams, so that any page is made without the others.
import { subjectById } from '../../../core/subjects.js';
import type { Label } from '../../../core/langstring.js';
import { drawBody, drawDates, drawHeader, type DraftResource, type Stamp } from '../../simulator/draft.js';
import { rngFor, type Rng } from '../../simulator/prng.js';
import { isoDate } from '../../simulator/timestamps.js';
import { FEDERAL_FORMATS } from '../../simulator/vocabulary/formats.js';
import { FEDERAL_ORGANIZATIONS, type Organization } from '../../simulator/vocabulary/organizations.js';
import { CANADA, PROVINCES, type Place } from '../../simulator/vocabulary/places.js';
import { blank, iri, text, typed, type SimNode, type SimValue } from './model.js';

export const SITE_URL = 'https://open.canada.example';
export const SINCE = new Date('2011-03-01T00:00:00Z');
export const UNTIL = new Date('2025-06-30T00:00:00Z');
const STREAM = { stamp: 11, header: 12, body: 13, oddities: 14 } as const;

const EU = 'http://publications.europa.eu/resource/authority';
const OGL = 'https://open.canada.ca/en/open-government-licence-canada';

const EU_THEMES: Readonly<Record<string, string>> = {
  agriculture: 'AGRI',
  economics_and_industry: 'ECON',
  education_and_training: 'EDUC',
  government_and_politics: 'GOVE',
  health_and_safety: 'HEAL',
  law: 'JUST',
  nature_and_environment: 'ENVI',
  science_and_technology: 'TECH',
  society_and_culture: 'SOCI',
  transport: 'TRAN',
};

const EU_FREQUENCIES: Readonly<Record<string, string>> = {
  P1Y: 'ANNUAL',
  as_needed: 'AS_NEEDED',
  P1M: 'MONTHLY',
  irregular: 'IRREG',
  P1D: 'DAILY',
  P3M: 'QUARTERLY',
  not_planned: 'NEVER',
  P1W: 'WEEKLY',
  continual: 'UPDATE_CONT',
  P6M: 'ANNUAL_2',
  unknown: 'UNKNOWN',
};
const DUBLIN_CORE_FREQUENCIES: Readonly<Record<string, string>> = {
  P1Y: 'annual',
  P1M: 'monthly',
  P1D: 'daily',
  P3M: 'quarterly',
  P1W: 'weekly',
  P6M: 'semiannual',
  irregular: 'irregular',
  continual: 'continuous',
};

const EU_FILE_TYPES: Readonly<Record<string, string>> = {
  CSV: 'CSV',
  XLSX: 'XLSX',
  XLS: 'XLS',
  JSON: 'JSON',
  XML: 'XML',
  HTML: 'HTML',
  PDF: 'PDF',
  ZIP: 'ZIP',
  GeoJSON: 'GEOJSON',
  SHP: 'SHP',
  'FGDB/GDB': 'GDB',
  KML: 'KML',
  WMS: 'WMS_SRVC',
  DOCX: 'DOCX',
};

/** West, south, east, north (approximate, WGS 84). */
const BOXES: Readonly<Record<string, [number, number, number, number]>> = {
  CA: [-141.0, 41.7, -52.6, 83.1],
  'CA-ON': [-95.2, 41.7, -74.3, 56.9],
  'CA-QC': [-79.8, 45.0, -57.1, 62.6],
  'CA-BC': [-139.1, 48.3, -114.0, 60.0],
  'CA-AB': [-120.0, 49.0, -110.0, 60.0],
  'CA-MB': [-102.0, 49.0, -88.9, 60.0],
  'CA-SK': [-110.0, 49.0, -101.4, 60.0],
  'CA-NS': [-66.4, 43.4, -59.7, 47.1],
  'CA-NB': [-69.1, 44.6, -63.8, 48.1],
  'CA-NL': [-67.8, 46.6, -52.6, 60.4],
  'CA-PE': [-64.4, 45.9, -62.0, 47.1],
  'CA-YT': [-141.0, 60.0, -123.8, 69.6],
  'CA-NT': [-136.5, 60.0, -102.0, 78.8],
  'CA-NU': [-120.7, 51.6, -61.2, 83.1],
};

function stampOf(seed: number, index: number): Stamp {
  const rng = rngFor(seed, index, STREAM.stamp);
  const id = rng.uuid();
  return { index, id, type: 'dataset', ...drawDates(rng, SINCE.getTime(), UNTIL.getTime()) };
}

/** How a record's two languages are tagged. */
type Tagging = 'plain' | 'regional' | 'machine' | 'untagged-en';

function tagged(label: Label, tagging: Tagging): SimValue[] {
  switch (tagging) {
    case 'plain':
      return [text(label.en, 'en'), text(label.fr, 'fr')];
    case 'regional':
      return [text(label.en, 'en-CA'), text(label.fr, 'fr-CA')];
    case 'machine':
      return [text(label.en, 'en'), text(label.fr, 'fr-t-en')];
    case 'untagged-en':
      return [text(label.en), text(label.fr, 'fr')];
  }
}

function props(predicate: string, values: SimValue[]): [string, SimValue][] {
  return values.map((v) => [predicate, v]);
}

function boxLiteral(code: string, rng: Rng): SimValue {
  const [w, s, e, n] = BOXES[code] ?? BOXES['CA'] ?? [0, 0, 0, 0];
  const roll = rng.next();
  if (roll < 0.7) return typed(`POLYGON((${w} ${s},${w} ${n},${e} ${n},${e} ${s},${w} ${s}))`, 'gsp:wktLiteral');
  if (roll < 0.85) return typed(JSON.stringify({ type: 'Polygon', coordinates: [[[w, s], [w, n], [e, n], [e, s], [w, s]]] }), 'gsp:geoJSONLiteral');
  return typed(`ENVELOPE(${w}, ${e}, ${n}, ${s})`, 'gsp:wktLiteral');
}

function placeCode(place: Place): string {
  return PROVINCES.find((p) => p.place === place)?.code ?? 'CA';
}

function themeOf(subject: string): SimValue {
  const eu = EU_THEMES[subject];
  if (eu !== undefined) return iri(`${EU}/data-theme/${eu}`);
  const label = subjectById(subject)?.label ?? { en: subject, fr: subject };
  return blank(['skos:Concept'], [['skos:prefLabel', text(label.en, 'en')], ['skos:prefLabel', text(label.fr, 'fr')]]);
}

function frequencyOf(code: string, rng: Rng): SimValue {
  const dc = DUBLIN_CORE_FREQUENCIES[code];
  if (dc !== undefined && rng.chance(0.2)) return iri(`http://purl.org/cld/freq/${dc}`);
  return iri(`${EU}/frequency/${EU_FREQUENCIES[code] ?? 'UNKNOWN'}`);
}

function publisherIri(org: Organization): string {
  return `${SITE_URL}/organization/${org.name}`;
}

function publisherProps(org: Organization): [string, SimValue][] {
  return [
    ['foaf:name', text(org.title.en, 'en')],
    ['foaf:name', text(org.title.fr, 'fr')],
    ['foaf:mbox', iri(`mailto:${org.email}`)],
  ];
}

function distribution(datasetIri: string, resource: DraftResource, tagging: Tagging, rng: Rng): SimNode {
  const file = resource.kind === 'data' || resource.kind === 'document';
  const url =
    resource.kind === 'api'
      ? resource.spelling.format === 'WMS'
        ? `${SITE_URL}/geoserver/wms?service=WMS&request=GetCapabilities&layers=${resource.id}`
        : `${SITE_URL}/arcgis/rest/services/${resource.id}/MapServer`
      : resource.kind === 'page'
        ? `${SITE_URL}/en/${resource.fileName}`
        : `${SITE_URL}/download/${resource.id}/${resource.fileName}`;
  const out: [string, SimValue][] = [...props('dct:title', tagged(resource.title, tagging)), [file ? 'dcat:downloadURL' : 'dcat:accessURL', iri(url)]];
  const euType = EU_FILE_TYPES[resource.spelling.format];
  out.push(['dct:format', euType !== undefined ? iri(`${EU}/file-type/${euType}`) : text(resource.spelling.format)]);
  if (resource.spelling.mimetype !== undefined) out.push(['dcat:mediaType', iri(`https://www.iana.org/assignments/media-types/${resource.spelling.mimetype}`)]);
  if (resource.size !== undefined) out.push(['dcat:byteSize', typed(String(resource.size), 'xsd:decimal')]);
  out.push(['dct:license', iri(OGL)]);
  out.push(['dct:modified', typed(new Date(resource.modifiedMs).toISOString(), 'xsd:dateTime')]);
  const roll = rng.next();
  if (roll < 0.7) out.push(['dct:language', iri(`${EU}/language/ENG`)], ['dct:language', iri(`${EU}/language/FRA`)]);
  else out.push(['dct:language', iri(`${EU}/language/${roll < 0.85 ? 'ENG' : 'FRA'}`)]);
  return { iri: `${datasetIri}/resource/${resource.id}`, types: ['dcat:Distribution'], props: out };
}

export interface SimDataset {
  iri: string;
  /** The dataset first, then the nodes it refers to by IRI. */
  nodes: SimNode[];
}

/** Record `index` of the catalogue seeded with `seed`. */
export function simulatedDataset(seed: number, index: number): SimDataset {
  const stamp = stampOf(seed, index);
  const headerRng = rngFor(seed, index, STREAM.header);
  const org = headerRng.zipf(FEDERAL_ORGANIZATIONS, 0.9);
  const place = headerRng.chance(0.7) ? CANADA : headerRng.zipf(PROVINCES).place;
  const header = drawHeader(headerRng, org, place, 'federal', stamp);
  const body = drawBody(rngFor(seed, index, STREAM.body), header, stamp, { markdown: false, formats: FEDERAL_FORMATS, siteUrl: SITE_URL });
  const odd = rngFor(seed, index, STREAM.oddities);
  const roll = odd.next();
  const tagging: Tagging = roll < 0.9 ? 'plain' : roll < 0.94 ? 'regional' : roll < 0.97 ? 'machine' : 'untagged-en';

  const datasetIri = `${SITE_URL}/dataset/${stamp.id}`;
  const description: Label = { en: body.paragraphs.map((p) => p.en).join('\n\n'), fr: body.paragraphs.map((p) => p.fr).join('\n\n') };
  const out: [string, SimValue][] = [
    ['dct:identifier', text(stamp.id)],
    ...props('dct:title', tagged(header.title, tagging)),
    ...props('dct:description', tagged(description, tagging)),
  ];
  for (const keyword of body.keywords) out.push(...props('dcat:keyword', odd.chance(0.03) ? [text(keyword.en)] : tagged(keyword, tagging === 'untagged-en' ? 'plain' : tagging)));
  out.push(['dcat:theme', themeOf(header.topic.subject)]);
  out.push(['dct:issued', typed(isoDate(stamp.createdMs), 'xsd:date')], ['dct:modified', typed(new Date(stamp.modifiedMs).toISOString(), 'xsd:dateTime')]);
  out.push(['dct:accrualPeriodicity', frequencyOf(body.frequency.code, odd)]);
  out.push(['dct:language', iri(`${EU}/language/ENG`)], ['dct:language', iri(`${EU}/language/FRA`)]);
  out.push(['dcat:landingPage', iri(`${SITE_URL}/dataset/${stamp.id}`)]);
  out.push(['dct:accessRights', iri(`${EU}/access-right/PUBLIC`)]);
  if (odd.chance(0.5)) out.push(['dct:license', iri(OGL)]);
  const publisherByIri = odd.chance(0.6);
  out.push(['dct:publisher', publisherByIri ? iri(publisherIri(org)) : blank(['foaf:Organization'], publisherProps(org))]);
  out.push([
    'dcat:contactPoint',
    blank(['vcard:Organization'], [['vcard:fn', text(org.title.en, 'en')], ['vcard:fn', text(org.title.fr, 'fr')], ['vcard:hasEmail', iri(`mailto:${org.email}`)]]),
  ]);
  out.push(['dct:temporal', blank(['dct:PeriodOfTime'], [['dcat:startDate', typed(`${header.y0}-01-01`, 'xsd:date')], ['dcat:endDate', typed(`${header.y1}-12-31`, 'xsd:date')]])]);
  const code = placeCode(place);
  out.push([
    'dct:spatial',
    blank(['dct:Location'], [['dcat:bbox', boxLiteral(code, odd)], ['skos:prefLabel', text(place.name.en, 'en')], ['skos:prefLabel', text(place.name.fr, 'fr')]]),
  ]);
  const distributions = body.resources.map((r) => distribution(datasetIri, r, tagging, odd));
  for (const d of distributions) out.push(['dcat:distribution', iri(d.iri ?? '')]);

  const nodes: SimNode[] = [{ iri: datasetIri, types: ['dcat:Dataset'], props: out }, ...distributions];
  if (publisherByIri) nodes.push({ iri: publisherIri(org), types: ['foaf:Organization'], props: publisherProps(org) });
  nodes.push({
    iri: `${SITE_URL}/catalog/record/${stamp.id}`,
    types: ['dcat:CatalogRecord'],
    props: [
      ['foaf:primaryTopic', iri(datasetIri)],
      ['dct:issued', typed(new Date(stamp.createdMs).toISOString(), 'xsd:dateTime')],
      ['dct:modified', typed(new Date(stamp.modifiedMs).toISOString(), 'xsd:dateTime')],
    ],
  });
  return { iri: datasetIri, nodes };
}
