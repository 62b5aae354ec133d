// What is kept of a Hub v3 record. A record carries its whole service description (fields,
// statistics, layer and server definitions: 40 KB on average on Manitoba's Hub) and values Hub
// recomputes on its own schedule (`composeStatus`, `enrichQuality`): keeping them would store
// megabytes nobody reads and rewrite every record whenever Hub recomposes it. The attributes
// the mapping reads are kept, as received; so is the record's identity and links.
import { epochInstant } from '../common/dates.js';
import { numberOf } from '../common/numbers.js';

export const KEPT_ATTRIBUTES = [
  'name', 'title', 'description', 'snippet', 'tags', 'categories', 'created', 'modified', 'itemModified',
  'license', 'licenseInfo', 'structuredLicense', 'owner', 'orgName', 'organization', 'source', 'orgContactEmail',
  'url', 'type', 'hubType', 'recordCount', 'extent', 'itemExtent', 'access', 'openData', 'culture', 'slug',
  'serviceSpatialReference', 'geometryType',
] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The record with only the attributes the mapping reads (in Hub's order). */
export function trimRecord(entry: Record<string, unknown>): Record<string, unknown> {
  const attributes = entry['attributes'];
  const kept: Record<string, unknown> = {};
  if (isObject(attributes)) for (const key of KEPT_ATTRIBUTES) if (Object.hasOwn(attributes, key)) kept[key] = attributes[key];
  return {
    id: entry['id'],
    type: entry['type'],
    // Anything but an object is kept as received, for the mapping to name the record broken.
    attributes: isObject(attributes) ? kept : attributes,
    ...(isObject(entry['links']) ? { links: entry['links'] } : {}),
  };
}

/** When the item last changed: its data (`modified`, the layer's last edit on Hub) or its
 * description (`itemModified`), whichever is later. */
export function stampOf(attributes: Record<string, unknown>): string | undefined {
  const times = [numberOf(attributes['modified']), numberOf(attributes['itemModified'])].filter((t): t is number => t !== undefined);
  return times.length === 0 ? undefined : epochInstant(Math.max(...times));
}
