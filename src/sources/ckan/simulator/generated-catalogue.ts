// A catalogue made up from a seed: record `i` is generated when asked for, from its own PRNG
// streams, and never kept. Only ids, types and dates sit in memory (for sorting and filters).
import type { CkanOrganization, CkanPackage } from './ckan-types.js';
import { drawDates, type Stamp } from '../../simulator/draft.js';
import { mix, rngFor } from '../../simulator/prng.js';
import { PROFILE_NAMES, PROFILES, STREAM, type Draft, type Profile, type ProfileName } from './profiles/index.js';
import { SlotCatalogue, type SlotCatalogueOptions } from './slot-catalogue.js';
import { parseInstant } from '../../simulator/timestamps.js';

export const DEFAULT_SEED = 20_240_601;
/** Generated records are dated between these instants (fixed, so that a seed means one catalogue). */
export const DEFAULT_SINCE = new Date('2011-03-01T00:00:00Z');
export const DEFAULT_UNTIL = new Date('2025-06-30T00:00:00Z');

export interface GenerateOptions {
  seed?: number;
  /** Base of the URLs inside records (resources, links); each profile has a default. */
  siteUrl?: string;
  since?: Date;
  until?: Date;
}

export interface GeneratedCatalogueOptions extends GenerateOptions, SlotCatalogueOptions {
  profile: ProfileName | Profile;
  records: number;
}

function profileOf(profile: ProfileName | Profile): Profile {
  return typeof profile === 'string' ? PROFILES[profile] : profile;
}

/** Each profile draws from its own streams, so that two portals never share ids. */
function profileSeed(profile: Profile, seed: number): number {
  return mix(seed, PROFILE_NAMES.indexOf(profile.name) + 1);
}

/** The stamp (id, type, dates) of record `index`, drawn without the rest of the record. */
export function drawStamp(profile: Profile, seed: number, index: number, since: Date, until: Date): Stamp {
  const rng = rngFor(seed, index, STREAM.stamp);
  const id = rng.uuid();
  const type = profile.drawType(rng);
  const dates = drawDates(rng, since.getTime(), until.getTime());
  return { index, id, type, ...dates };
}

/** Record `index` of a generated catalogue, made without making any other record. */
export function generatePackage(profile: ProfileName | Profile, index: number, options: GenerateOptions = {}): CkanPackage {
  const p = profileOf(profile);
  const seed = profileSeed(p, options.seed ?? DEFAULT_SEED);
  const stamp = drawStamp(p, seed, index, options.since ?? DEFAULT_SINCE, options.until ?? DEFAULT_UNTIL);
  return p.build(seed, stamp, options.siteUrl ?? p.siteUrl);
}

export class GeneratedCatalogue extends SlotCatalogue {
  readonly profile: Profile;
  /** The seed of this profile's streams (derived from the given seed). */
  readonly seed: number;
  readonly siteUrl: string;
  private readonly createdMs: number[] = [];
  private readonly micros: number[] = [];
  /** Packages given to `add`, by slot. */
  private readonly given = new Map<number, CkanPackage>();

  constructor(options: GeneratedCatalogueOptions) {
    const profile = profileOf(options.profile);
    super({ ...options, language: options.language ?? (profile.name === 'quebec' ? 'fr' : 'en') });
    if (!Number.isInteger(options.records) || options.records < 0) throw new RangeError(`records must be a whole number, not ${options.records}`);
    this.profile = profile;
    this.seed = profileSeed(profile, options.seed ?? DEFAULT_SEED);
    this.siteUrl = options.siteUrl ?? profile.siteUrl;
    const since = options.since ?? DEFAULT_SINCE;
    const until = options.until ?? DEFAULT_UNTIL;
    for (let index = 0; index < options.records; index++) {
      const stamp = drawStamp(profile, this.seed, index, since, until);
      this.appendSlot(stamp.id, stamp.type, stamp.modifiedMs);
      this.createdMs.push(stamp.createdMs);
      this.micros.push(stamp.micros);
    }
  }

  private stamp(slot: number): Stamp {
    return {
      index: slot,
      id: this.ids[slot] ?? '',
      type: this.types[slot] ?? 'dataset',
      createdMs: this.createdMs[slot] ?? 0,
      modifiedMs: this.modifiedMs[slot] ?? 0,
      micros: this.micros[slot] ?? 0,
    };
  }

  protected original(slot: number): CkanPackage {
    return this.given.get(slot) ?? this.profile.build(this.seed, this.stamp(slot), this.siteUrl);
  }

  protected originalName(slot: number): string {
    const given = this.given.get(slot);
    if (given) return typeof given.name === 'string' ? given.name : given.id;
    return this.profile.recordName(this.seed, this.stamp(slot));
  }

  organizations(): CkanOrganization[] {
    return this.profile.organizations();
  }

  /** What a generated record means before its JSON shape, for portals that republish it
   * (undefined for records given to `add` and profiles that say nothing of their drafts). */
  draftOf(idOrName: string): Draft | undefined {
    const slot = this.slotOf(idOrName);
    if (slot === undefined || this.given.has(slot)) return undefined;
    return this.profile.draft?.(this.seed, this.stamp(slot), this.siteUrl);
  }

  add(pkg?: CkanPackage): CkanPackage {
    const nowMs = this.now().getTime();
    if (pkg) {
      const modified = typeof pkg.metadata_modified === 'string' ? parseInstant(pkg.metadata_modified) : nowMs;
      const slot = this.appendSlot(pkg.id, typeof pkg.type === 'string' ? pkg.type : 'dataset', modified);
      this.createdMs.push(modified);
      this.micros.push(0);
      this.given.set(slot, pkg);
      return pkg;
    }
    // A new record drawn like the others, dated now.
    const index = this.ids.length;
    const drawn = drawStamp(this.profile, this.seed, index, DEFAULT_SINCE, DEFAULT_UNTIL);
    this.appendSlot(drawn.id, drawn.type, nowMs);
    this.createdMs.push(nowMs);
    this.micros.push(0);
    return this.original(index);
  }
}
