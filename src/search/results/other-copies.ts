// "Also available from": the other sources' copies of a hit's dataset, labelled for display.
import type { Label } from '../../core/langstring.js';
import type { ClusterMemberRow } from '../../store/sqlite/search-port.js';
import type { OtherCopy } from '../types.js';

/** The members of the hit's cluster other than the hit itself, in the cluster's order. */
export function otherCopies(doc: number, members: readonly ClusterMemberRow[] | undefined, sources: ReadonlyMap<string, Label>): OtherCopy[] {
  if (!members) return [];
  return members
    .filter((m) => m.doc !== doc)
    .map((m) => ({
      id: m.id,
      source: m.sourceId,
      sourceLabel: sources.get(m.sourceId) ?? { en: m.sourceId, fr: m.sourceId },
      ...(m.landingPage !== undefined ? { landingPage: m.landingPage } : {}),
    }));
}
