import { createHash } from 'node:crypto';

const MAX_ID_LENGTH = 200;

/** Deterministic dataset id: `<sourceId>:<remoteId>`, with the remote id hashed when too long,
 * so that re-harvests are idempotent. */
export function datasetId(sourceId: string, remoteId: string): string {
  const id = `${sourceId}:${remoteId}`;
  if (id.length <= MAX_ID_LENGTH) return id;
  return `${sourceId}:h-${createHash('sha256').update(remoteId).digest('hex').slice(0, 40)}`;
}

/** Source ids are used in dataset ids and URLs. */
export const SOURCE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
