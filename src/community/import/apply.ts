// Saves an import's records into a CommunityStore, parents before children, keeping each
// indicator's deadline history and appending only progress that is new: re-importing the same
// file changes nothing.
import { COMMUNITY_KINDS, type Commitment, type CommunityKind, type CommunityRecords, type Indicator, type NewProgressReport, type ProgressReport } from '../../core/community/types.js';
import type { CommunityStore, SaveOutcome } from '../../store/community.js';
import { withDeadlineHistory } from '../indicators/deadline-history.js';
import { problem, type ImportProblem, type ImportResult } from './result.js';

/** Parents first, so that a child never names a record not yet saved. */
const ORDER: readonly CommunityKind[] = ['member', 'plan', 'commitment', 'milestone', 'indicator', 'irm'];
const SAVE_ORDER: readonly CommunityKind[] = [...ORDER, ...COMMUNITY_KINDS.filter((kind) => !ORDER.includes(kind))];

export interface ApplyOutcome {
  saved: { [K in CommunityKind]?: SaveOutcome };
  progress: { appended: number; unchanged: number };
  /** Progress rows not kept (their indicator does not exist), named by `by`. */
  problems: ImportProblem[];
}

/** JSON with sorted keys, so that equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const content = (r: NewProgressReport | ProgressReport): string =>
  canonical({ status: r.status, progress: r.progress, evidence: r.evidence, challenges: r.challenges });

/** Whether a field brings nothing: absent, an empty list, or text in no language. */
function empty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(empty);
  return false;
}

/** The imported record over the stored one: what the file says wins, what it leaves out is kept
 * (a NAP tracker has no OGP page link; the OGP sheet has no French title). */
function mergeOver<T extends object>(stored: T | undefined, imported: T): T {
  if (!stored) return imported;
  const merged: Record<string, unknown> = { ...(stored as Record<string, unknown>) };
  for (const [key, value] of Object.entries(imported)) {
    if (!empty(value)) merged[key] = value;
  }
  return merged as T;
}

/** Imported commitments that are a stored one under another id: the same plan and code without
 * an OGP id (the seed's CA0073 is AP_CAN04's `C10`, a NAP tracker calls it `AP_CAN04:C10`). */
async function storedTwins(store: CommunityStore, commitments: readonly Commitment[]): Promise<Map<string, string>> {
  const twins = new Map<string, string>();
  const byPlan = new Map<string, Commitment[]>();
  for (const c of commitments) {
    if (c.ogpId !== undefined || c.code === undefined) continue;
    if (!byPlan.has(c.plan)) byPlan.set(c.plan, (await store.listCommunity('commitment', { where: { field: 'plan', value: c.plan } })).map((r) => r.data));
    const twin = byPlan.get(c.plan)!.find((stored) => stored.code === c.code && stored.id !== c.id);
    if (twin) twins.set(c.id, twin.id);
  }
  return twins;
}

/** The records of an import with twins renamed to the stored ids, children following. */
function renamed(records: ImportResult['records'], twins: ReadonlyMap<string, string>): ImportResult['records'] {
  if (twins.size === 0) return records;
  const rename = (id: string): string => twins.get(id) ?? id;
  return {
    ...records,
    ...(records.commitment ? { commitment: records.commitment.map((c) => ({ ...c, id: rename(c.id) })) } : {}),
    ...(records.milestone ? { milestone: records.milestone.map((m) => ({ ...m, commitment: rename(m.commitment) })) } : {}),
    ...(records.indicator ? { indicator: records.indicator.map((i) => ({ ...i, commitment: rename(i.commitment) })) } : {}),
    ...(records.irm ? { irm: records.irm.map((a) => ({ ...a, commitment: rename(a.commitment) })) } : {}),
  };
}

/** Applies an import; `at` is the ISO time recorded, `by` what did it (`import:canada-nap6.yaml`). */
export async function applyImport(store: CommunityStore, result: ImportResult, at: string, by: string): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { saved: {}, progress: { appended: 0, unchanged: 0 }, problems: [] };
  const records = renamed(result.records, await storedTwins(store, result.records.commitment ?? []));
  for (const kind of SAVE_ORDER) {
    const list = records[kind] as CommunityRecords[typeof kind][] | undefined;
    if (!list || list.length === 0) continue;
    const ready = await Promise.all(
      list.map(async (record) => {
        const stored = (await store.getCommunity(kind, record.id))?.data;
        const merged = mergeOver(stored, record);
        // An indicator keeps its deadline history, extended only when the deadline changed.
        return kind === 'indicator' ? withDeadlineHistory(stored as Indicator | undefined, merged as Indicator, at, by) : merged;
      }),
    );
    outcome.saved[kind] = await store.saveCommunity(kind, ready, at);
  }

  const latest = new Map<string, string>();
  const known = new Map<string, boolean>();
  const fresh: NewProgressReport[] = [];
  for (const report of result.progress) {
    if (!known.has(report.indicator)) known.set(report.indicator, (await store.getCommunity('indicator', report.indicator)) !== undefined);
    if (!known.get(report.indicator)) {
      outcome.problems.push(problem(by, { column: 'indicators', value: report.indicator }, 'progress for an indicator that does not exist', "progrès pour un indicateur qui n'existe pas"));
      continue;
    }
    const key = `${report.indicator}@${report.period}`;
    if (!latest.has(key)) {
      const stored = await store.listProgress({ indicator: report.indicator, period: report.period });
      const last = stored.at(-1);
      if (last) latest.set(key, content(last));
    }
    if (latest.get(key) === content(report)) {
      outcome.progress.unchanged += 1;
      continue;
    }
    latest.set(key, content(report));
    fresh.push(report);
  }
  if (fresh.length > 0) outcome.progress.appended = (await store.appendProgress(fresh, at)).length;
  return outcome;
}
