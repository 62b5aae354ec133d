// `accessLevel`: DCAT-US says `public`, `restricted public` or `non-public`; portals write
// variants.
import type { AccessRights } from '../../core/dataset.js';

const ACCESS_WORDS: Record<string, AccessRights> = {
  public: 'public',
  open: 'public',
  'restricted public': 'restricted',
  restricted: 'restricted',
  'non-public': 'non-public',
  'non public': 'non-public',
  nonpublic: 'non-public',
  private: 'non-public',
};

export function accessRightsOf(value: string | undefined): AccessRights | undefined {
  if (value === undefined) return undefined;
  return ACCESS_WORDS[value.trim().toLowerCase().replace(/[_\s]+/g, ' ')];
}
