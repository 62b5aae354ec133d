// A catalogue over packages given as they are (real recorded records, or a test's own), served
// unchanged until a test mutates them.
import type { CkanOrganization, CkanPackage, JsonValue } from './ckan-types.js';
import { ckanOrganization } from './ckan-objects.js';
import { SlotCatalogue, type SlotCatalogueOptions } from './slot-catalogue.js';
import { parseInstant } from '../../simulator/timestamps.js';

function isPackage(value: unknown): value is CkanPackage {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string';
}

function modifiedOf(pkg: CkanPackage): number {
  for (const key of ['metadata_modified', 'metadata_created'] as const) {
    const value = pkg[key];
    if (typeof value === 'string') {
      const ms = parseInstant(value);
      if (!Number.isNaN(ms)) return ms;
    }
  }
  return 0;
}

function text(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export class StaticCatalogue extends SlotCatalogue {
  private readonly packages: CkanPackage[] = [];

  /** Throws when an item is not an object with a string `id`, naming its position. */
  constructor(packages: readonly unknown[], options: SlotCatalogueOptions = {}) {
    super(options);
    packages.forEach((pkg, position) => {
      if (!isPackage(pkg)) throw new TypeError(`package ${position} is not an object with a string id`);
      this.add(pkg);
    });
  }

  protected original(slot: number): CkanPackage {
    const pkg = this.packages[slot];
    if (!pkg) throw new RangeError(`no package in slot ${slot}`);
    return pkg;
  }

  protected originalName(slot: number): string {
    const pkg = this.original(slot);
    return text(pkg.name) ?? pkg.id;
  }

  add(pkg?: CkanPackage): CkanPackage {
    if (!pkg) throw new TypeError('a static catalogue can only add a given package');
    this.appendSlot(pkg.id, text(pkg.type) ?? 'dataset', modifiedOf(pkg));
    this.packages.push(pkg);
    return pkg;
  }

  /** The organizations the packages name (`organization` objects, or bare `owner_org` ids). */
  organizations(): CkanOrganization[] {
    const found = new Map<string, CkanOrganization>();
    for (let position = 0; position < this.count(); position++) {
      const pkg = this.at(position);
      if (!pkg) continue;
      const org = pkg.organization;
      if (typeof org === 'object' && org !== null && !Array.isArray(org) && typeof org.name === 'string') {
        const made = ckanOrganization(org.name, text(org.title) ?? org.name, text(org.description) ?? '');
        found.set(org.name, { ...made, id: text(org.id) ?? made.id });
      } else if (typeof pkg.owner_org === 'string' && !found.has(pkg.owner_org)) {
        // `owner_org` is the organization's id; its name is unknown.
        found.set(pkg.owner_org, { ...ckanOrganization(pkg.owner_org, pkg.owner_org, ''), id: pkg.owner_org });
      }
    }
    return [...found.values()].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  }
}
