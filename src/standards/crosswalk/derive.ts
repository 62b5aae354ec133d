// Derives a crosswalk by running a kind's own mapping on raw records: each field present is
// taken out (or, when a fallback hides that, changed) and the record mapped again; the core
// elements whose value moved are the ones the field feeds. Fields the mapping reads but the
// record lacks are found by tracing its reads, and tried with a probe value.
import { CORE_ELEMENTS, type CoreView } from '../../core/common-core.js';
import type { MapResult, RemoteItem } from '../../sources/source.js';
import { removalOrder, removeAt, sameLoc, setAt, valueAt, type Loc } from './locations.js';
import type { PathModel } from './path-model.js';
import { perturb } from './perturb.js';
import { traceReads } from './trace.js';

/** How a row was found: removing the field, changing it, giving an absent field a probe value,
 * or only seeing the mapping read it (no core element moved). */
export type Evidence = 'removed' | 'perturbed' | 'probe' | 'read';

export interface CrosswalkRow {
  /** The source field (`resources[].url`, `extras[dcat_issued]`, `dct:title@en`). */
  path: string;
  /** Core element ids it feeds, in `CORE_ELEMENTS` order. */
  elements: string[];
  evidence: Evidence;
  /** Removing it made a record fail to map (a required field). */
  required: boolean;
  /** Records that have the field (0: read when present, absent from every record seen). */
  seen: number;
}

export interface Crosswalk {
  /** Raw records the table was derived from. */
  records: number;
  /** Of those, records the mapping skipped or could not map (not used). */
  unmapped: number;
  rows: CrosswalkRow[];
  /** Fields present in the records that the mapping never reads (dropped on the way to the core);
   * empty when reads could not be traced. */
  unused: string[];
}

export type MapFn = (item: RemoteItem) => MapResult;

const EVIDENCE_RANK: Readonly<Record<Evidence, number>> = { removed: 3, perturbed: 2, probe: 1, read: 0 };

type Values = Map<string, string>;

function valuesOf(record: CoreView): Values {
  const out: Values = new Map();
  for (const element of CORE_ELEMENTS) out.set(element.id, JSON.stringify(element.value(record)) ?? '');
  return out;
}

function changed(before: Values, result: MapResult): string[] | undefined {
  if (result.kind !== 'record') return undefined;
  const after = valuesOf(result.record);
  return CORE_ELEMENTS.filter((e) => after.get(e.id) !== before.get(e.id)).map((e) => e.id);
}

function safeMap(map: MapFn, item: RemoteItem, raw: unknown): MapResult {
  try {
    return map({ ...item, raw });
  } catch (error) {
    return { kind: 'problem', reason: error instanceof Error ? error.message : String(error) };
  }
}

interface Finding {
  elements: string[];
  evidence: Evidence;
  required: boolean;
  present: boolean;
}

/** What each field of one record feeds. Fields `settled` names (already shown to feed elements
 * by another record, or already probed) are not tried again: the derivation's cost is the
 * mapping run once per field tried. */
function deriveOne(map: MapFn, item: RemoteItem, model: PathModel, settled: ReadonlySet<string>, probeAbsent: boolean): { findings: Map<string, Finding>; unread: string[] } | undefined {
  const base = safeMap(map, item, structuredClone(item.raw));
  if (base.kind !== 'record') return undefined;
  const before = valuesOf(base.record);
  const findings = new Map<string, Finding>();

  const groups = new Map<string, { locs: Loc[]; units: Loc[] }>();
  for (const leaf of model.leaves(item.raw)) {
    const group = groups.get(leaf.name) ?? { locs: [], units: [] };
    group.locs.push(leaf.loc);
    if (!group.units.some((u) => sameLoc(u, leaf.unit))) group.units.push(leaf.unit);
    groups.set(leaf.name, group);
  }

  let reads: { present: Set<string>; absent: Loc[] } = { present: new Set(), absent: [] };
  let traced = false;
  try {
    const run = traceReads(structuredClone(item.raw), (proxied) => safeMap(map, item, proxied));
    reads = {
      present: new Set(run.reads.present.map((loc) => model.nameOf(item.raw, loc)).filter((n): n is string => n !== undefined)),
      absent: run.reads.absent,
    };
    traced = true;
  } catch {
    // A mapping that cannot run on Proxies (it clones its input) still gets its removals.
  }

  for (const [name, group] of groups) {
    if (settled.has(name)) continue;
    const removed = structuredClone(item.raw);
    for (const unit of [...group.units].sort(removalOrder)) removeAt(removed, unit);
    const afterRemoval = changed(before, safeMap(map, item, removed));
    const required = afterRemoval === undefined;
    const removedSet = afterRemoval ?? [];
    // One element moved: that is the answer. None, several (the field gates a whole
    // distribution) or a failed record: a changed value tells more precisely what it feeds.
    let changedSet: string[] = [];
    for (const direction of removedSet.length !== 1 ? ([-1, 1] as const) : []) {
      const altered = structuredClone(item.raw);
      for (const loc of group.locs) setAt(altered, loc, perturb(valueAt(item.raw, loc), direction));
      changedSet = changed(before, safeMap(map, item, altered)) ?? [];
      if (changedSet.length > 0) break;
    }
    if (changedSet.length > 0 && (removedSet.length === 0 || changedSet.length < removedSet.length)) {
      findings.set(name, { elements: changedSet, evidence: 'perturbed', required, present: true });
    } else if (removedSet.length > 0) {
      findings.set(name, { elements: removedSet, evidence: 'removed', required, present: true });
    } else if (required || reads.present.has(name)) findings.set(name, { elements: [], evidence: 'read', required, present: true });
  }

  if (probeAbsent && model.tracesAbsent) {
    for (const loc of reads.absent) {
      const name = model.nameOf(item.raw, loc);
      if (name === undefined || groups.has(name) || findings.has(name) || settled.has(name)) continue;
      const parent = valueAt(item.raw, loc.slice(0, -1));
      if (typeof parent !== 'object' || parent === null) continue;
      let elements: string[] = [];
      for (const probe of model.probes) {
        const probed = structuredClone(item.raw);
        setAt(probed, loc, structuredClone(probe));
        const result = safeMap(map, item, probed);
        // A probe of the wrong shape can make the mapping drop a whole distribution: that shows
        // what the field must not be, not what it feeds.
        if (result.kind === 'record' && result.record.distributions.length < base.record.distributions.length) continue;
        elements = changed(before, result) ?? [];
        if (elements.length > 0) break;
      }
      findings.set(name, { elements, evidence: elements.length > 0 ? 'probe' : 'read', required: false, present: false });
    }
  }
  const unread = traced ? [...groups.keys()].filter((name) => !settled.has(name) && !findings.has(name) && !reads.present.has(name)) : [];
  return { findings, unread };
}

function elementOrder(ids: Iterable<string>): string[] {
  const set = new Set(ids);
  return CORE_ELEMENTS.filter((e) => set.has(e.id)).map((e) => e.id);
}

/** The crosswalk of a mapping over raw records: the union of what each record shows. Records
 * with the same fields are derived once (a portal's records mostly share one shape). Without
 * `probeAbsent`, only the fields present are tried (what a mapping reads when present is the
 * same for every source of a kind: its kind's table says it). */
export function deriveCrosswalk(map: MapFn, items: readonly RemoteItem[], model: PathModel, options: { probeAbsent?: boolean } = {}): Crosswalk {
  const shapes = new Map<string, { item: RemoteItem; count: number }>();
  for (const item of items) {
    const signature = [...new Set(model.leaves(item.raw).map((leaf) => leaf.name))].sort().join('\n');
    const shape = shapes.get(signature);
    if (shape) shape.count++;
    else shapes.set(signature, { item, count: 1 });
  }
  const rows = new Map<string, { elements: Set<string>; evidence: Evidence; required: boolean; seen: number }>();
  const settled = new Set<string>();
  const seen = new Map<string, number>();
  const unread = new Set<string>();
  let unmapped = 0;
  for (const { item, count } of shapes.values()) {
    const derived = deriveOne(map, item, model, settled, options.probeAbsent ?? true);
    if (derived === undefined) {
      unmapped += count;
      continue;
    }
    const { findings } = derived;
    for (const name of derived.unread) unread.add(name);
    for (const [path, finding] of findings) {
      const row = rows.get(path) ?? { elements: new Set<string>(), evidence: finding.evidence, required: false, seen: 0 };
      for (const e of finding.elements) row.elements.add(e);
      if (EVIDENCE_RANK[finding.evidence] > EVIDENCE_RANK[row.evidence]) row.evidence = finding.evidence;
      row.required ||= finding.required;
      rows.set(path, row);
      if (finding.elements.length > 0 || !finding.present) settled.add(path);
    }
    // Records with a field, whether or not this one had to be tried.
    for (const name of new Set(model.leaves(item.raw).map((leaf) => leaf.name))) seen.set(name, (seen.get(name) ?? 0) + count);
  }
  for (const [path, row] of rows) row.seen = seen.get(path) ?? 0;
  const out: CrosswalkRow[] = [...rows].map(([path, row]) => ({ path, elements: elementOrder(row.elements), evidence: row.evidence, required: row.required, seen: row.seen }));
  out.sort((a, b) => firstElement(a) - firstElement(b) || a.path.localeCompare(b.path));
  const unused = [...unread].filter((name) => !rows.has(name)).sort();
  return { records: items.length, unmapped, rows: out, unused };
}

function firstElement(row: CrosswalkRow): number {
  const id = row.elements[0];
  const index = CORE_ELEMENTS.findIndex((e) => e.id === id);
  return index < 0 ? CORE_ELEMENTS.length : index;
}

