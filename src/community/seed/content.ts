// Everything Federa ships so that a fresh install tracks Canada's commitments, by record kind.
import type { CommunityRecords } from '../../core/community/types.js';
import { CANADA, CANADA_PLANS, canadaCommitments } from './canada.js';
import { ca0073, ca0073Milestones } from './ca0073.js';
import { ca0073Indicators } from './ca0073-indicators.js';

export type SeedKind = 'member' | 'plan' | 'commitment' | 'milestone' | 'indicator';

export type SeedContent = { [K in SeedKind]: CommunityRecords[K][] };

/** The seed records; `at` stamps the indicators' first deadline change. */
export function seedContent(at: string): SeedContent {
  const full = ca0073();
  return {
    member: [CANADA],
    plan: [...CANADA_PLANS],
    commitment: canadaCommitments().map((c) => (c.id === full.id ? full : c)),
    milestone: ca0073Milestones(),
    indicator: ca0073Indicators(at),
  };
}
