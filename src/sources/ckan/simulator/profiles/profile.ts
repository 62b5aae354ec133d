// A portal profile turns record `i` of a seeded catalogue into the JSON its kind of portal
// serves. Each aspect of a record draws from its own stream, so that the cheap parts (id, dates,
// name) can be drawn without the rest.
import type { CkanOrganization, CkanPackage } from '../ckan-types.js';
import type { Body, Header, Stamp } from '../../../simulator/draft.js';
import type { Rng } from '../../../simulator/prng.js';

export const PROFILE_NAMES = ['federal', 'quebec', 'city'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** What a record means before its JSON shape: what another portal republishing it starts from. */
export interface Draft {
  header: Header;
  body: Body;
}

/** Streams of a record's PRNGs. */
export const STREAM = { stamp: 1, header: 2, body: 3, oddities: 4 } as const;

export interface Profile {
  readonly name: ProfileName;
  readonly siteTitle: string;
  /** Default base of the URLs inside records (resources, links). */
  readonly siteUrl: string;
  /** Every organization of the portal, as `organization_list?all_fields=true` gives them. */
  organizations(): CkanOrganization[];
  /** The CKAN `type` of a record, drawn from its stamp stream. */
  drawType(rng: Rng): string;
  /** The record's URL name, drawing no more than its title. */
  recordName(seed: number, stamp: Stamp): string;
  /** The whole `package_show` result. */
  build(seed: number, stamp: Stamp, siteUrl: string): CkanPackage;
  /** The draft `build` shapes (profiles whose records other portals republish). */
  draft?(seed: number, stamp: Stamp, siteUrl: string): Draft;
}
