// The published crosswalk: per portal kind (from its specimens) and per configured source (from
// a sample of its stored raw records, mapped with its own settings), the core elements with
// their DCAT and GC counterparts, and the catalogue's completeness. Kinds are derived once per
// process; sources and completeness again whenever the store's change stamp or the sources move.
import { CORE_ELEMENTS, gcElement, type GcElement } from '../../core/common-core.js';
import type { Label } from '../../core/langstring.js';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { kindOf } from '../../harvest/kinds.js';
import type { HttpClient } from '../../sources/http.js';
import type { RemoteItem } from '../../sources/source.js';
import type { SourceSettings } from '../../sources/settings.js';
import type { Store, StoredSource } from '../../store/store.js';
import { measureCompleteness, type Completeness } from './completeness.js';
import { deriveCrosswalk, type Crosswalk } from './derive.js';
import { KIND_INPUTS, pathModelOf, type KindCrosswalkInput } from './kinds.js';

export interface ElementInfo {
  id: string;
  label: Label;
  dcat: string;
  level: 'dataset' | 'distribution';
  gc: GcElement[];
}

export interface KindCrosswalk {
  kind: string;
  crosswalk: Crosswalk;
}

export interface SourceCrosswalk {
  id: string;
  name: Label;
  kind: string;
  enabled: boolean;
  /** Active records the source has in the catalogue. */
  records: number;
  /** Derived from a sample of them (absent when it has none yet). */
  crosswalk?: Crosswalk;
  /** Why no crosswalk could be derived (an unknown kind). */
  problem?: string;
}

export interface CrosswalkReport {
  /** The store's change stamp the figures were computed at. */
  stamp: string;
  elements: ElementInfo[];
  /** GC mandatory elements Federa has no element for. */
  notCarried: GcElement[];
  kinds: KindCrosswalk[];
  sources: SourceCrosswalk[];
  completeness: Completeness;
}

/** Mapping is pure: a source made for the crosswalk never fetches. */
const NO_HTTP: HttpClient = {
  get: (url) => Promise.reject(new Error(`the crosswalk does not fetch (${url})`)),
  stream: (url) => Promise.reject(new Error(`the crosswalk does not fetch (${url})`)),
};

export function crosswalkOf(settings: SourceSettings, items: readonly RemoteItem[], options: { probeAbsent?: boolean } = {}): Crosswalk {
  const kind = kindOf(settings.type);
  if (!kind) throw new Error(`no portal kind "${settings.type}"`);
  const source = kind.create(settings, NO_HTTP, { pageSize: 100 });
  return deriveCrosswalk((item) => source.map(item), items, pathModelOf(settings.type), options);
}

/** Every kind's crosswalk from its specimens. */
export async function kindCrosswalks(inputs: readonly KindCrosswalkInput[] = KIND_INPUTS): Promise<KindCrosswalk[]> {
  const out: KindCrosswalk[] = [];
  for (const input of inputs) {
    const { settings, items } = await input.specimens();
    out.push({ kind: input.kind, crosswalk: crosswalkOf(settings, items) });
    // A server answers other requests between kinds (each takes up to a second).
    await nextTurn();
  }
  return out;
}

export function elementInfos(): ElementInfo[] {
  return CORE_ELEMENTS.map((e) => ({
    id: e.id,
    label: e.label,
    dcat: e.dcat,
    level: e.level,
    gc: e.gc.map((id) => gcElement(id)).filter((g): g is GcElement => g !== undefined),
  }));
}

function sourceCrosswalk(source: StoredSource, items: readonly RemoteItem[]): SourceCrosswalk {
  const base = { id: source.settings.id, name: source.settings.name, kind: source.settings.type, enabled: source.enabled, records: source.activeCount };
  if (items.length === 0) return base;
  try {
    return { ...base, crosswalk: crosswalkOf(source.settings, items, { probeAbsent: false }) };
  } catch (error) {
    return { ...base, problem: error instanceof Error ? error.message : String(error) };
  }
}

export interface CrosswalkServiceOptions {
  /** Stored records sampled per source (default 25). */
  sample?: number;
  /** The kinds to show (default: every kind). */
  kinds?: readonly KindCrosswalkInput[];
  /** How long a report may be given after the catalogue moved (default 30 s): during a harvest
   * every write moves it, and a report reads the whole catalogue. */
  staleMs?: number;
  /** The clock (tests). */
  now?: () => number;
}

export class CrosswalkService {
  private kinds: Promise<KindCrosswalk[]> | undefined;
  private cached: { key: string; report: Promise<CrosswalkReport>; at: number } | undefined;
  private readonly sample: number;
  private readonly staleMs: number;
  private readonly now: () => number;
  private readonly kindInputs: readonly KindCrosswalkInput[];

  constructor(
    private readonly store: Pick<Store, 'changeStamp' | 'listSources' | 'activeRecords' | 'rawSample'>,
    options: CrosswalkServiceOptions = {},
  ) {
    this.sample = options.sample ?? 25;
    this.staleMs = options.staleMs ?? 30_000;
    this.now = options.now ?? (() => Date.now());
    this.kindInputs = options.kinds ?? KIND_INPUTS;
  }

  async report(): Promise<CrosswalkReport> {
    const [stamp, sources] = await Promise.all([this.store.changeStamp(), this.store.listSources()]);
    const key = `${stamp}|${JSON.stringify(sources.map((s) => [s.settings, s.enabled, s.activeCount]))}`;
    const cached = this.cached;
    if (cached && (cached.key === key || this.now() - cached.at < this.staleMs)) return cached.report;
    const report = this.compute(stamp, sources);
    const entry = { key, report, at: this.now() };
    this.cached = entry;
    // A failed computation is not kept: the next request tries again.
    report.catch(() => {
      if (this.cached === entry) this.cached = undefined;
    });
    return report;
  }

  private async compute(stamp: string, sources: StoredSource[]): Promise<CrosswalkReport> {
    this.kinds ??= kindCrosswalks(this.kindInputs);
    const kinds = await this.kinds;
    const bySource: SourceCrosswalk[] = [];
    for (const source of [...sources].sort((a, b) => a.settings.id.localeCompare(b.settings.id))) {
      bySource.push(sourceCrosswalk(source, await this.store.rawSample(source.settings.id, this.sample)));
      await nextTurn();
    }
    const labels = new Map(sources.map((s) => [s.settings.id, s.settings.name] as const));
    const completeness = await measureCompleteness(this.store.activeRecords(), labels);
    const notCarried = completeness.gcNotCarried.map((id) => gcElement(id)).filter((g): g is GcElement => g !== undefined);
    return { stamp, elements: elementInfos(), notCarried, kinds, sources: bySource, completeness };
  }
}

