// Completeness of the catalogue: per source and per jurisdiction, how many active records carry
// each core element, and how many carry every GC mandatory element Federa has an element for.
import { CORE_ELEMENTS, elementsAnswering, gcMandatory, recordCarries, type CoreElement } from '../../core/common-core.js';
import type { DatasetRecord, Jurisdiction } from '../../core/dataset.js';
import { jurisdictionLabel } from '../../core/jurisdictions.js';
import type { Label } from '../../core/langstring.js';
import { setImmediate as nextTurn } from 'node:timers/promises';

export interface CompletenessGroup {
  /** Source id, or jurisdiction key (`provincial:CA-QC`, `municipal:CA-QC:Laval`). */
  key: string;
  label: Label;
  records: number;
  /** Records carrying each core element, by element id. */
  elements: Record<string, number>;
  /** Records carrying every GC mandatory element Federa carries. */
  compliant: number;
  /** Records missing each of those GC elements, by GC id. */
  missing: Record<string, number>;
}

export interface Completeness {
  records: number;
  /** GC mandatory ids Federa has an element for (the compliance check), and those it has none for. */
  gcCarried: string[];
  gcNotCarried: string[];
  overall: CompletenessGroup;
  bySource: CompletenessGroup[];
  byJurisdiction: CompletenessGroup[];
}

interface GcCheck {
  id: string;
  answering: CoreElement[];
}

function gcChecks(): { carried: GcCheck[]; notCarried: string[] } {
  const carried: GcCheck[] = [];
  const notCarried: string[] = [];
  for (const element of gcMandatory()) {
    const answering = elementsAnswering(element.id);
    if (answering.length > 0) carried.push({ id: element.id, answering });
    else notCarried.push(element.id);
  }
  return { carried, notCarried };
}

function emptyGroup(key: string, label: Label): CompletenessGroup {
  return { key, label, records: 0, elements: Object.fromEntries(CORE_ELEMENTS.map((e) => [e.id, 0])), compliant: 0, missing: {} };
}

export function jurisdictionKey(j: Jurisdiction): string {
  return [j.level, j.code, ...(j.municipality !== undefined ? [j.municipality] : [])].join(':');
}

/** Counts records one batch at a time (memory stays one batch whatever the catalogue's size). */
export class CompletenessCounter {
  private readonly checks = gcChecks();
  private readonly overall = emptyGroup('all', { en: 'All sources', fr: 'Toutes les sources' });
  private readonly sources = new Map<string, CompletenessGroup>();
  private readonly jurisdictions = new Map<string, CompletenessGroup>();

  constructor(private readonly sourceLabels: ReadonlyMap<string, Label>) {
    for (const [id, label] of sourceLabels) this.sources.set(id, emptyGroup(id, label));
  }

  add(record: DatasetRecord): void {
    const source = record.provenance.sourceId;
    const bySource = this.sources.get(source) ?? emptyGroup(source, this.sourceLabels.get(source) ?? { en: source, fr: source });
    this.sources.set(source, bySource);
    const key = jurisdictionKey(record.jurisdiction);
    const byJurisdiction = this.jurisdictions.get(key) ?? emptyGroup(key, jurisdictionLabel(record.jurisdiction));
    this.jurisdictions.set(key, byJurisdiction);
    const groups = [this.overall, bySource, byJurisdiction];

    const carried = new Set<string>();
    for (const element of CORE_ELEMENTS) if (recordCarries(element, record)) carried.add(element.id);
    const missing = this.checks.carried.filter((check) => !check.answering.some((e) => carried.has(e.id))).map((check) => check.id);
    for (const group of groups) {
      group.records++;
      for (const id of carried) group.elements[id] = (group.elements[id] ?? 0) + 1;
      if (missing.length === 0) group.compliant++;
      for (const id of missing) group.missing[id] = (group.missing[id] ?? 0) + 1;
    }
  }

  result(): Completeness {
    const byKey = (a: CompletenessGroup, b: CompletenessGroup): number => a.key.localeCompare(b.key);
    return {
      records: this.overall.records,
      gcCarried: this.checks.carried.map((c) => c.id),
      gcNotCarried: this.checks.notCarried,
      overall: this.overall,
      bySource: [...this.sources.values()].sort(byKey),
      byJurisdiction: [...this.jurisdictions.values()].sort(byKey),
    };
  }
}

/** Completeness over every record an iterable of batches gives. */
export async function measureCompleteness(batches: AsyncIterable<DatasetRecord[]>, sourceLabels: ReadonlyMap<string, Label>): Promise<Completeness> {
  const counter = new CompletenessCounter(sourceLabels);
  for await (const batch of batches) {
    for (const record of batch) counter.add(record);
    // A server answers other requests between batches (100,000 records take seconds).
    await nextTurn();
  }
  return counter.result();
}
