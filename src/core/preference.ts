// Which copy of a dataset harvested from several sources is shown: the one from the original
// publisher's source (a source configured for the record's own jurisdiction, such as the BC
// catalogue for a BC record that open.canada.ca republishes), then the source with the lower
// configured priority, then the lower source id, so that the choice never flips between runs.
import type { Jurisdiction } from './dataset.js';
import { foldKey } from './vocab-key.js';

/** The priority of a source that configures none (lower wins). */
export const DEFAULT_PRIORITY = 100;

export interface SourcePreference {
  /** The source's configured jurisdiction, when the source is known. */
  jurisdiction?: Jurisdiction;
  priority: number;
}

export interface ClusterMember {
  sourceId: string;
  /** The record's own jurisdiction. */
  jurisdiction?: Jurisdiction;
}

/** Whether a source configured for `source` is the original publisher of a record of `record`:
 * same level, same code and the same municipality (or none on both). */
export function isOriginalPublisher(record: Jurisdiction, source: Jurisdiction): boolean {
  if (record.level !== source.level || record.code.trim().toUpperCase() !== source.code.trim().toUpperCase()) return false;
  return foldKey(record.municipality ?? '') === foldKey(source.municipality ?? '');
}

/** Orders the members of a cluster, preferred first. */
export function compareMembers(a: ClusterMember, b: ClusterMember, preferenceOf: (sourceId: string) => SourcePreference): number {
  const pa = preferenceOf(a.sourceId);
  const pb = preferenceOf(b.sourceId);
  const oa = a.jurisdiction !== undefined && pa.jurisdiction !== undefined && isOriginalPublisher(a.jurisdiction, pa.jurisdiction);
  const ob = b.jurisdiction !== undefined && pb.jurisdiction !== undefined && isOriginalPublisher(b.jurisdiction, pb.jurisdiction);
  if (oa !== ob) return oa ? -1 : 1;
  if (pa.priority !== pb.priority) return pa.priority - pb.priority;
  return a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0;
}
