// Creating, replacing and deleting community records for editors (API, web forms, CLI): each input
// is validated, its references checked, and nothing is deleted that other records or progress
// reports still depend on.
import type { CommunityKind, CommunityRecords, Indicator } from '../core/community/types.js';
import type { CommunityStore, StoredCommunityRecord } from '../store/community.js';
import { withDeadlineHistory } from './indicators/deadline-history.js';
import { validateRecord, validateReplacement, type FieldError } from './validate/records.js';

export const EDITABLE_KINDS = ['plan', 'commitment', 'milestone', 'indicator', 'event', 'declaration', 'charter-adoption', 'learning-resource'] as const;
export type EditableKind = (typeof EDITABLE_KINDS)[number];

export type EditOutcome<K extends CommunityKind> =
  | { status: 'created' | 'replaced' | 'unchanged'; record: StoredCommunityRecord<K> }
  | { status: 'invalid'; errors: FieldError[] }
  /** A create whose id is taken. */
  | { status: 'exists'; id: string }
  /** A replacement of a record that does not exist. */
  | { status: 'missing'; id: string };

export interface Dependents {
  kind: CommunityKind | 'progress';
  ids: string[];
}

export type DeleteOutcome = { status: 'deleted' } | { status: 'missing' } | { status: 'in-use'; dependents: Dependents[] };

type Reference = { field: string; kind: CommunityKind; id: string };

/** The records a record points to, which must exist. */
function references<K extends EditableKind>(kind: K, record: CommunityRecords[K]): Reference[] {
  const r = record as Partial<Record<'plan' | 'commitment' | 'milestone', string>> & { indicators?: string[] };
  const refs: Reference[] = [];
  if (kind === 'commitment' || kind === 'milestone' || kind === 'indicator') refs.push({ field: 'plan', kind: 'plan', id: r.plan! });
  if (kind === 'milestone' || kind === 'indicator') refs.push({ field: 'commitment', kind: 'commitment', id: r.commitment! });
  if (kind === 'indicator') refs.push({ field: 'milestone', kind: 'milestone', id: r.milestone! });
  if (kind === 'event') (r.indicators ?? []).forEach((id, n) => refs.push({ field: `indicators[${n}]`, kind: 'indicator', id }));
  return refs;
}

/** Who refers to a record, by kind and the field that points to it. */
const DEPENDENTS: Partial<Record<EditableKind, { kind: CommunityKind; field: string }[]>> = {
  plan: [
    { kind: 'commitment', field: 'plan' },
    { kind: 'milestone', field: 'plan' },
    { kind: 'indicator', field: 'plan' },
  ],
  commitment: [
    { kind: 'milestone', field: 'commitment' },
    { kind: 'indicator', field: 'commitment' },
    { kind: 'irm', field: 'commitment' },
  ],
  milestone: [{ kind: 'indicator', field: 'milestone' }],
};

const MAX_NAMED_DEPENDENTS = 20;

export class CommunityEditor {
  // One edit at a time: a create must not pass its "is the id free" check while another saves it.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: CommunityStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Adds a record; its id (given or made from its fields) must be free. */
  create<K extends EditableKind>(kind: K, input: unknown, by: string): Promise<EditOutcome<K>> {
    return this.serial(async () => {
      const outcome = validateRecord(kind, input);
      if ('errors' in outcome) return { status: 'invalid', errors: outcome.errors };
      if (await this.store.getCommunity(kind, outcome.record.id)) return { status: 'exists', id: outcome.record.id };
      return this.save(kind, outcome.record, undefined, by);
    });
  }

  /** Replaces the record stored as `id` whole. */
  replace<K extends EditableKind>(kind: K, id: string, input: unknown, by: string): Promise<EditOutcome<K>> {
    return this.serial(async () => {
      const previous = await this.store.getCommunity(kind, id);
      if (!previous) return { status: 'missing', id };
      const outcome = validateReplacement(kind, id, input);
      if ('errors' in outcome) return { status: 'invalid', errors: outcome.errors };
      return this.save(kind, outcome.record, previous, by);
    });
  }

  /** Deletes a record nothing depends on. */
  delete(kind: EditableKind, id: string): Promise<DeleteOutcome> {
    return this.serial(async () => {
      if (!(await this.store.getCommunity(kind, id))) return { status: 'missing' };
      const dependents = await this.dependents(kind, id);
      if (dependents.length > 0) return { status: 'in-use', dependents };
      return (await this.store.deleteCommunity(kind, id)) ? { status: 'deleted' } : { status: 'missing' };
    });
  }

  private async save<K extends EditableKind>(kind: K, record: CommunityRecords[K], previous: StoredCommunityRecord<K> | undefined, by: string): Promise<EditOutcome<K>> {
    const errors = await this.missingReferences(references(kind, record));
    if (errors.length > 0) return { status: 'invalid', errors };
    const at = this.now().toISOString();
    const toSave: CommunityRecords[K] =
      kind === 'indicator' ? (withDeadlineHistory(previous?.data as Indicator | undefined, record as Indicator, at, by) as CommunityRecords[K]) : record;
    const saved = await this.store.saveCommunity(kind, [toSave], at);
    const stored = (await this.store.getCommunity(kind, record.id))!;
    const status = saved.created.length > 0 ? 'created' : saved.updated.length > 0 ? 'replaced' : 'unchanged';
    return { status, record: stored };
  }

  private async missingReferences(refs: Reference[]): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    for (const ref of refs) {
      if (await this.store.getCommunity(ref.kind, ref.id)) continue;
      errors.push({ field: ref.field, en: `${ref.field}: no ${ref.kind} "${ref.id}"`, fr: `${ref.field} : aucun(e) ${ref.kind} « ${ref.id} »` });
    }
    return errors;
  }

  private async dependents(kind: EditableKind, id: string): Promise<Dependents[]> {
    const found: Dependents[] = [];
    for (const d of DEPENDENTS[kind] ?? []) {
      const rows = await this.store.listCommunity(d.kind, { where: { field: d.field, value: id }, limit: MAX_NAMED_DEPENDENTS });
      if (rows.length > 0) found.push({ kind: d.kind, ids: rows.map((row) => row.id) });
    }
    if (kind === 'indicator') {
      const reports = await this.store.listProgress({ indicator: id });
      if (reports.length > 0) found.push({ kind: 'progress', ids: reports.slice(0, MAX_NAMED_DEPENDENTS).map((r) => r.id) });
    }
    return found;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
