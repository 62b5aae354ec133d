// CKAN resources as distributions.
import { createHash } from 'node:crypto';
import type { Distribution } from '../../core/dataset.js';
import { normalizeFormat } from '../../core/formats.js';
import { normalizeLanguage } from '../../core/languages.js';
import { dateOf } from '../common/dates.js';
import { descriptionText, langText, titleText } from './texts.js';
import type { CkanResource } from './types.js';
import { listItems, numberOf, text } from './values.js';

/** ISO 639-1 codes of a `language` field (a list, a comma-separated string, `eng`, `English`). */
export function languagesOf(value: unknown): string[] {
  const out: string[] = [];
  for (const item of listItems(value)) {
    const code = normalizeLanguage(item);
    if (code !== undefined && !out.includes(code)) out.push(code);
  }
  return out;
}

// Resources of federated records carry no id: one derived from the URL survives reordering.
function derivedId(url: string): string {
  return `url-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
}

function fileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  const last = path.replace(/\/+$/, '').split('/').pop() ?? '';
  try {
    return decodeURIComponent(last) || url;
  } catch {
    return last || url;
  }
}

function hasText(value: object): boolean {
  for (const _ in value) return true;
  return false;
}

export function distributionsOf(resources: CkanResource[] | null | undefined, untaggedTag: string): Distribution[] {
  if (!resources) return [];
  const out: Distribution[] = [];
  const ids = new Set<string>();
  for (const r of resources) {
    const state = text(r.state)?.toLowerCase();
    if (state !== undefined && state !== 'active') continue;
    // A resource without a URL gives nothing to download or visit.
    const url = text(r.url) ?? text(r.download_url) ?? text(r.access_url);
    if (url === undefined) continue;
    let id = text(r.id) ?? derivedId(url);
    if (ids.has(id)) {
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    ids.add(id);
    let title = langText(r.name_translated, r.name ?? r.title, untaggedTag, titleText);
    if (!hasText(title)) title = { und: fileName(url) };
    const mediaType = text(r.mimetype);
    const format = normalizeFormat({ format: text(r.format), mediaType, url });
    const size = numberOf(r.size);
    const resourceType = text(r.resource_type)?.toLowerCase();
    const modified = dateOf(r.last_modified) ?? dateOf(r.modified) ?? dateOf(r.metadata_modified);
    // Built field by field: conditional spreads cost an object each, per resource.
    const d: Distribution = { id, title, url, languages: languagesOf(r.language) };
    if (r.description !== undefined || r.description_translated !== undefined) {
      const description = langText(r.description_translated, r.description, untaggedTag, descriptionText);
      if (hasText(description)) d.description = description;
    }
    if (format !== undefined) d.format = format;
    if (mediaType !== undefined) d.mediaType = mediaType;
    if (size !== undefined && size >= 0 && Number.isInteger(size)) d.size = size;
    if (resourceType !== undefined) d.resourceType = resourceType;
    if (modified !== undefined) d.modified = modified;
    if (r.conforms_to !== undefined && r.conforms_to !== null) {
      const standards = listItems(r.conforms_to);
      if (standards.length > 0) d.conformsTo = standards;
    }
    out.push(d);
  }
  return out;
}
