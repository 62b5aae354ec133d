// Puts the seed content in a store, adding only what is not there yet: a record an editor changed
// is never overwritten by a restart (one an editor deleted comes back, as the seed has no memory).
import type { CommunityKind, CommunityRecords } from '../../core/community/types.js';
import type { CommunityStore } from '../../store/community.js';
import { seedContent, type SeedKind } from './content.js';

export type SeedAdded = Record<SeedKind, string[]>;

/** Adds the seed records missing from the store, members first and indicators last (each refers
 * to the ones before); returns the ids added by kind (empty lists when none). */
export async function seedCommunity(store: CommunityStore, at: string): Promise<SeedAdded> {
  const content = seedContent(at);
  return {
    member: await addMissing(store, 'member', content.member, at),
    plan: await addMissing(store, 'plan', content.plan, at),
    commitment: await addMissing(store, 'commitment', content.commitment, at),
    milestone: await addMissing(store, 'milestone', content.milestone, at),
    indicator: await addMissing(store, 'indicator', content.indicator, at),
  };
}

async function addMissing<K extends CommunityKind>(store: CommunityStore, kind: K, records: CommunityRecords[K][], at: string): Promise<string[]> {
  const present = new Set((await store.listCommunity(kind)).map((record) => record.id));
  const missing = records.filter((record) => !present.has(record.id));
  if (missing.length === 0) return [];
  return (await store.saveCommunity(kind, missing, at)).created;
}
