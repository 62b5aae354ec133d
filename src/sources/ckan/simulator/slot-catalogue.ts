// What the generated and the static catalogues share: records live in numbered slots with the
// few values listings need (id, type, modified instant) kept in arrays; sorted orders and
// filtered selections are computed once per catalogue version; mutations are bookkeeping.
import type { Catalogue, PackageFilter, Selection, SortSpec } from './catalogue.js';
import type { CkanOrganization, CkanPackage, JsonObject } from './ckan-types.js';
import { fieldValues } from './fields.js';
import { revise } from './revise.js';
import { ckanTimestamp, parseInstant } from '../../simulator/timestamps.js';

interface Revision {
  /** The revision of the last update without a patch (0: none), which adds a revision note. */
  noted: number;
  revision: number;
  /** All patched fields so far. */
  patch?: JsonObject;
}

export interface SlotCatalogueOptions {
  /** The clock of mutations (defaults to the system clock). */
  now?: () => Date;
  /** Language of plain `notes`, for the revision note of an update. */
  language?: 'en' | 'fr';
  /** Keep each package's JSON once made, so that serving is not bound by generation (benchmarks
   * of 100,000-record harvests on two cores); costs about 5 KB per package. */
  cacheJson?: boolean;
}

/** Fields whose values the slot arrays hold, so that filtering on them generates nothing. */
const INDEXED_FIELDS = new Set(['id', 'type', 'state', 'name']);
const MAX_CACHED_SELECTIONS = 8;

export abstract class SlotCatalogue implements Catalogue {
  protected readonly ids: string[] = [];
  protected readonly types: string[] = [];
  protected readonly modifiedMs: number[] = [];
  private readonly removed: boolean[] = [];
  private readonly revisions = new Map<number, Revision>();
  private readonly slotById = new Map<string, number>();
  private nameCache: { version: number; names: string[]; byName: Map<string, number> } | undefined;
  private readonly orders = new Map<string, { version: number; slots: Int32Array }>();
  private readonly selections = new Map<string, { version: number; slots: Int32Array }>();
  private live = 0;
  private mutations = 0;
  protected readonly now: () => Date;
  private readonly language: 'en' | 'fr';
  private readonly bytes: Array<Buffer | undefined> | undefined;

  constructor(options: SlotCatalogueOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.language = options.language ?? 'en';
    this.bytes = options.cacheJson ? [] : undefined;
  }

  /** Makes and keeps the JSON of every package now (with `cacheJson`), so that serving costs
   * nothing more later: benchmarks then measure the harvester, not the generator. */
  warm(): void {
    if (!this.bytes) return;
    for (let slot = 0; slot < this.ids.length; slot++) if (!this.removed[slot]) this.bytesAt(slot);
  }

  /** Listing fields come from the slot arrays, like Solr's stored fields: nothing is generated. */
  private fieldsAt(slot: number, fields: readonly string[]): Buffer {
    let pkg: CkanPackage | undefined;
    const out: JsonObject = {};
    for (const field of fields) {
      if (field === 'id') out.id = this.ids[slot] ?? '';
      else if (field === 'name') out.name = this.nameOf(slot);
      else if (field === 'type') out.type = this.types[slot] ?? '';
      // Solr keeps dates to the millisecond and writes them in UTC with a Z, unlike package dicts.
      else if (field === 'metadata_modified') out.metadata_modified = new Date(this.modifiedMs[slot] ?? 0).toISOString();
      else {
        pkg ??= this.packageAt(slot);
        const value = pkg[field];
        if (value !== undefined) out[field] = value;
      }
    }
    return Buffer.from(JSON.stringify(out));
  }

  private bytesAt(slot: number): Buffer {
    const cached = this.bytes?.[slot];
    if (cached) return cached;
    const made = Buffer.from(JSON.stringify(this.packageAt(slot)));
    if (this.bytes) this.bytes[slot] = made;
    return made;
  }

  /** The package in a slot as first made (before updates). */
  protected abstract original(slot: number): CkanPackage;
  /** The URL name of the package in a slot as first made. */
  protected abstract originalName(slot: number): string;
  abstract organizations(): CkanOrganization[];
  abstract add(pkg?: CkanPackage): CkanPackage;

  get version(): number {
    return this.mutations;
  }

  protected appendSlot(id: string, type: string, modifiedMs: number): number {
    if (this.slotById.has(id)) throw new Error(`a package with id ${id} is already in the catalogue`);
    const slot = this.ids.length;
    this.ids.push(id);
    this.types.push(type);
    this.modifiedMs.push(modifiedMs);
    this.removed.push(false);
    this.slotById.set(id, slot);
    this.live++;
    this.mutations++;
    return slot;
  }

  count(): number {
    return this.live;
  }

  protected packageAt(slot: number): CkanPackage {
    const pkg = this.original(slot);
    const revision = this.revisions.get(slot);
    if (!revision) return pkg;
    const stamped = revision.patch?.metadata_modified;
    const modified = typeof stamped === 'string' ? stamped : ckanTimestamp(this.modifiedMs[slot] ?? 0);
    return revise(pkg, revision.noted, modified, revision.patch, this.language);
  }

  private nameOf(slot: number): string {
    const patched = this.revisions.get(slot)?.patch?.name;
    return typeof patched === 'string' ? patched : this.originalName(slot);
  }

  private names_(): { names: string[]; byName: Map<string, number> } {
    if (this.nameCache?.version !== this.mutations) {
      const byName = new Map<string, number>();
      const names: string[] = [];
      for (let slot = 0; slot < this.ids.length; slot++) {
        if (this.removed[slot]) continue;
        const name = this.nameOf(slot);
        byName.set(name, slot);
        names.push(name);
      }
      names.sort();
      this.nameCache = { version: this.mutations, names, byName };
    }
    return this.nameCache;
  }

  protected slotOf(idOrName: string): number | undefined {
    const slot = this.slotById.get(idOrName);
    if (slot !== undefined) return this.removed[slot] ? undefined : slot;
    return this.names_().byName.get(idOrName);
  }

  at(position: number): CkanPackage | undefined {
    const slot = this.order({ field: 'id', direction: 'asc' }, true)[position];
    return slot === undefined ? undefined : this.packageAt(slot);
  }

  get(idOrName: string): CkanPackage | undefined {
    const slot = this.slotOf(idOrName);
    return slot === undefined ? undefined : this.packageAt(slot);
  }

  names(): string[] {
    return [...this.names_().names];
  }

  /** Live slots in a sort order (or in slot order, when `natural`). */
  private order(sort: SortSpec, natural = false): Int32Array {
    const key = natural ? 'natural' : `${sort.field} ${sort.direction}`;
    const cached = this.orders.get(key);
    if (cached?.version === this.mutations) return cached.slots;
    const slots: number[] = [];
    for (let slot = 0; slot < this.ids.length; slot++) if (!this.removed[slot]) slots.push(slot);
    if (!natural) {
      const ids = this.ids;
      const byId = (a: number, b: number): number => {
        const x = ids[a] ?? '';
        const y = ids[b] ?? '';
        return x < y ? -1 : x > y ? 1 : 0;
      };
      const sign = sort.direction === 'asc' ? 1 : -1;
      if (sort.field === 'id') slots.sort((a, b) => sign * byId(a, b));
      else if (sort.field === 'name') {
        const names = slots.map((slot) => this.nameOf(slot));
        const named = slots.map((slot, i) => ({ slot, name: names[i] ?? '' }));
        named.sort((a, b) => sign * (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || byId(a.slot, b.slot));
        named.forEach((entry, i) => (slots[i] = entry.slot));
      } else {
        // Ties keep a stable order (by id) so that paging never skips nor repeats a record.
        const modified = this.modifiedMs;
        slots.sort((a, b) => sign * ((modified[a] ?? 0) - (modified[b] ?? 0)) || byId(a, b));
      }
    }
    const ordered = Int32Array.from(slots);
    this.orders.set(key, { version: this.mutations, slots: ordered });
    return ordered;
  }

  private matches(slot: number, filter: PackageFilter): boolean {
    const modified = this.modifiedMs[slot] ?? 0;
    if (filter.modifiedFrom !== undefined && modified < filter.modifiedFrom) return false;
    if (filter.modifiedTo !== undefined && modified > filter.modifiedTo) return false;
    let pkg: CkanPackage | undefined;
    for (const clause of filter.clauses) {
      let values: string[];
      if (INDEXED_FIELDS.has(clause.field)) {
        values =
          clause.field === 'id' ? [this.ids[slot] ?? ''] : clause.field === 'type' ? [this.types[slot] ?? ''] : clause.field === 'state' ? ['active'] : [this.nameOf(slot)];
      } else {
        pkg ??= this.packageAt(slot);
        values = fieldValues(pkg, clause.field);
      }
      const hit = clause.anyOf ? clause.anyOf.some((v) => values.includes(v)) : clause.value === '*' ? values.length > 0 : values.includes(clause.value);
      if (hit === clause.negate) return false;
    }
    return true;
  }

  select(filter: PackageFilter, sort: SortSpec): Selection {
    const ordered = this.order(sort);
    let slots = ordered;
    const unfiltered = filter.clauses.length === 0 && filter.modifiedFrom === undefined && filter.modifiedTo === undefined;
    if (!unfiltered) {
      const key = JSON.stringify([filter, sort]);
      const cached = this.selections.get(key);
      if (cached?.version === this.mutations) slots = cached.slots;
      else {
        slots = ordered.filter((slot) => this.matches(slot, filter));
        if (this.selections.size >= MAX_CACHED_SELECTIONS) this.selections.clear();
        this.selections.set(key, { version: this.mutations, slots });
      }
    }
    return {
      total: slots.length,
      slice: (start, rows) => Array.from(slots.subarray(start, start + rows), (slot) => this.packageAt(slot)),
      sliceJson: (start, rows) => Array.from(slots.subarray(start, start + rows), (slot) => JSON.stringify(this.packageAt(slot))),
      sliceBytes: (start, rows) => Array.from(slots.subarray(start, start + rows), (slot) => this.bytesAt(slot)),
      sliceFields: (start, rows, fields) => Array.from(slots.subarray(start, start + rows), (slot) => this.fieldsAt(slot, fields)),
    };
  }

  remove(idOrName: string): boolean {
    const slot = this.slotOf(idOrName);
    if (slot === undefined) return false;
    this.removed[slot] = true;
    this.live--;
    this.mutations++;
    return true;
  }

  update(idOrName: string, patch?: JsonObject): CkanPackage | undefined {
    const slot = this.slotOf(idOrName);
    if (slot === undefined) return undefined;
    const previous = this.revisions.get(slot);
    const stamped = patch?.metadata_modified;
    const modified =
      typeof stamped === 'string'
        ? parseInstant(stamped)
        : // Strictly later than before, even if the clock says otherwise.
          Math.max(this.now().getTime(), (this.modifiedMs[slot] ?? 0) + 1);
    this.modifiedMs[slot] = modified;
    if (typeof patch?.type === 'string') this.types[slot] = patch.type;
    const revision = (previous?.revision ?? 0) + 1;
    const merged: JsonObject | undefined = previous?.patch || patch ? { ...previous?.patch, ...patch } : undefined;
    if (merged && typeof stamped !== 'string') delete merged.metadata_modified;
    this.revisions.set(slot, { revision, noted: patch ? (previous?.noted ?? 0) : revision, ...(merged ? { patch: merged } : {}) });
    if (this.bytes) this.bytes[slot] = undefined;
    this.mutations++;
    return this.packageAt(slot);
  }
}
