// The values a package has for a `fq` field, the way CKAN's Solr index exposes them:
// `organization` is the organization's name, `tags` the tag names, `res_format` the resources'
// formats, `extras_<key>` an extra's value; other fields are read by dotted path.
import type { CkanPackage, JsonValue } from './ckan-types.js';

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalars(value: JsonValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => (isObject(item) ? scalars(item.name) : scalars(item)));
  if (isObject(value)) return scalars(value.name);
  return [String(value)];
}

function listOf(pkg: CkanPackage, key: string): { [key: string]: JsonValue }[] {
  const value = pkg[key];
  return Array.isArray(value) ? value.filter(isObject) : [];
}

export function fieldValues(pkg: CkanPackage, field: string): string[] {
  switch (field) {
    case 'organization': {
      const org = pkg.organization;
      return isObject(org) ? scalars(org.name) : scalars(pkg.owner_org);
    }
    case 'tags':
      return listOf(pkg, 'tags').flatMap((tag) => scalars(tag.name));
    case 'groups':
      return listOf(pkg, 'groups').flatMap((group) => scalars(group.name));
    case 'res_format':
      return listOf(pkg, 'resources').flatMap((resource) => scalars(resource.format));
    default:
      break;
  }
  if (field.startsWith('extras_')) {
    const key = field.slice('extras_'.length);
    const extra = listOf(pkg, 'extras').find((e) => e.key === key);
    if (extra) return scalars(extra.value);
  }
  let value: JsonValue | undefined = pkg;
  for (const part of field.split('.')) {
    if (!isObject(value)) return [];
    value = value[part];
  }
  return scalars(value);
}
