// What an Opendatasoft dataset can be downloaded as: the domain's exports of its records (CSV,
// JSON, Parquet, and GeoJSON when it has a geometry field), its records API, its attachments,
// and the page its metadata references. A dataset without records (documents only) has only its
// attachments and references.
import type { Distribution } from '../../core/dataset.js';
import { normalizeFormat } from '../../core/formats.js';
import type { Label, LangString } from '../../core/langstring.js';
import { collapseWhitespace } from '../../core/text.js';
import { datasetApiUrl, type OdsEndpoint } from './endpoint.js';
import type { OdsDataset } from './types.js';
import { isHttpUrl, text } from './values.js';

const GEO_FIELD_TYPES = new Set(['geo_point_2d', 'geo_shape']);

export function hasGeometry(dataset: OdsDataset): boolean {
  if (dataset.features?.includes('geo')) return true;
  return (dataset.fields ?? []).some((field) => GEO_FIELD_TYPES.has((text(field.type) ?? '').toLowerCase()));
}

interface Export {
  format: string;
  title: Label;
  mediaType: string;
  path: string;
  resourceType: string;
}

const EXPORTS: readonly Export[] = [
  { format: 'CSV', title: { en: 'Records (CSV)', fr: 'Enregistrements (CSV)' }, mediaType: 'text/csv', path: 'exports/csv', resourceType: 'dataset' },
  { format: 'JSON', title: { en: 'Records (JSON)', fr: 'Enregistrements (JSON)' }, mediaType: 'application/json', path: 'exports/json', resourceType: 'dataset' },
  { format: 'PARQUET', title: { en: 'Records (Parquet)', fr: 'Enregistrements (Parquet)' }, mediaType: 'application/vnd.apache.parquet', path: 'exports/parquet', resourceType: 'dataset' },
];
const GEOJSON: Export = { format: 'GEOJSON', title: { en: 'Records (GeoJSON)', fr: 'Enregistrements (GeoJSON)' }, mediaType: 'application/geo+json', path: 'exports/geojson', resourceType: 'dataset' };
const RECORDS_API: Export = { format: 'API', title: { en: 'Records API (Explore v2.1)', fr: 'API des enregistrements (Explore v2.1)' }, mediaType: 'application/json', path: 'records', resourceType: 'api' };

export interface DistributionContext {
  endpoint: OdsEndpoint;
  /** Language tag of the dataset's own texts (attachment titles). */
  tag: string;
  languages: string[];
  modified?: string;
}

function attachmentOf(dataset: OdsDataset, attachment: NonNullable<OdsDataset['attachments']>[number], index: number, context: DistributionContext): Distribution | undefined {
  const id = text(attachment.id);
  const given = text(attachment.href) ?? text(attachment.url);
  // `odsfile://` and relative links are the domain's own storage, served by the attachments API.
  const url = isHttpUrl(given) ? given : id !== undefined ? datasetApiUrl(context.endpoint, dataset.dataset_id, `attachments/${encodeURIComponent(id)}`) : undefined;
  if (url === undefined) return undefined;
  const mediaType = text(attachment.mimetype);
  const name = text(attachment.title) ?? id ?? `attachment ${index + 1}`;
  const title: LangString = { [context.tag]: collapseWhitespace(name) };
  const format = normalizeFormat({ ...(mediaType !== undefined ? { mediaType } : {}), url: id !== undefined && /\.[a-z0-9]{2,5}$/i.test(id) ? id : url });
  const d: Distribution = { id: `${dataset.dataset_id}-attachment-${id ?? index}`, title, url, resourceType: 'guide', languages: [...context.languages] };
  if (format !== undefined) d.format = format;
  if (mediaType !== undefined) d.mediaType = mediaType;
  return d;
}

export function distributionsOf(dataset: OdsDataset, references: string | undefined, context: DistributionContext): Distribution[] {
  const out: Distribution[] = [];
  if (dataset.has_records !== false) {
    const exports = hasGeometry(dataset) ? [...EXPORTS.slice(0, 2), GEOJSON, ...EXPORTS.slice(2)] : [...EXPORTS];
    for (const e of [...exports, RECORDS_API]) {
      const d: Distribution = {
        id: `${dataset.dataset_id}-${e.path.replace('exports/', '')}`,
        title: { ...e.title },
        url: datasetApiUrl(context.endpoint, dataset.dataset_id, e.path),
        format: e.format,
        mediaType: e.mediaType,
        resourceType: e.resourceType,
        languages: [...context.languages],
      };
      if (context.modified !== undefined) d.modified = context.modified;
      out.push(d);
    }
  }
  (dataset.attachments ?? []).forEach((attachment, index) => {
    const d = attachmentOf(dataset, attachment, index, context);
    if (d) out.push(d);
  });
  if (isHttpUrl(references)) {
    out.push({ id: `${dataset.dataset_id}-references`, title: { en: 'Reference page', fr: 'Page de référence' }, url: references, format: 'HTML', resourceType: 'guide', languages: [...context.languages] });
  }
  return out;
}
