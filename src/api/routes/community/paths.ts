// The path segment of each editable kind under /api/v1/community.
import type { EditableKind } from '../../../community/edits.js';

export const KIND_PATHS: Readonly<Record<EditableKind, string>> = {
  plan: 'plans',
  commitment: 'commitments',
  milestone: 'milestones',
  indicator: 'indicators',
  event: 'events',
  declaration: 'declarations',
  'charter-adoption': 'charter-adoptions',
  'learning-resource': 'learning-resources',
};

export function recordHref(kind: EditableKind, id: string): string {
  return `/api/v1/community/${KIND_PATHS[kind]}/${encodeURIComponent(id)}`;
}
