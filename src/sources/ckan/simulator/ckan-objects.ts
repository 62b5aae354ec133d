// The nested objects every CKAN package carries (organization, tags, groups), with ids that are
// stable: the same organization or tag always gets the same UUID.
import { mix, Rng } from '../../simulator/prng.js';
import type { CkanGroup, CkanOrganization, CkanTag } from './ckan-types.js';
import { ckanTimestamp } from '../../simulator/timestamps.js';
import type { GroupDef } from '../../simulator/vocabulary/groups.js';

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const uuids = new Map<string, string>();

/** A UUID that depends only on `key`. */
export function stableUuid(key: string): string {
  let id = uuids.get(key);
  if (!id) {
    id = new Rng(mix(hashString(key), key.length), hashString(`${key}#`)).uuid();
    uuids.set(key, id);
  }
  return id;
}

const ORGANIZATIONS_CREATED = Date.UTC(2013, 5, 17, 14, 2, 11);

export function ckanOrganization(name: string, title: string, description: string): CkanOrganization {
  return {
    id: stableUuid(`organization:${name}`),
    name,
    title,
    type: 'organization',
    description,
    image_url: '',
    created: ckanTimestamp(ORGANIZATIONS_CREATED + (hashString(name) % 86_400_000) * 365, hashString(name) % 1000),
    is_organization: true,
    approval_status: 'approved',
    state: 'active',
  };
}

export function ckanTag(name: string): CkanTag {
  return { id: stableUuid(`tag:${name}`), name, display_name: name, state: 'active', vocabulary_id: null };
}

export function ckanGroup(group: GroupDef, description: string): CkanGroup {
  return {
    id: stableUuid(`group:${group.name}`),
    name: group.name,
    title: group.title,
    display_name: group.title,
    description,
    image_display_url: '',
  };
}
