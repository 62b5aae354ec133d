// The portals `federa demo` starts on loopback: the three CKAN portals, which keep the bulk of the
// records, and one simulated portal of every other kind, each with its own Canadian identity.
import { DEMO_RECORDS, startSimulatedPortals, type PortalDescriptor } from '../../sources/ckan/simulator/index.js';
import { SIMULATORS, type PortalDescription } from '../../sources/simulators.js';

/** Records of each other kind's portal in the default demo (small enough that a 2-core machine
 * harvests them all in seconds: the CSW one, the slowest kind, reads a few hundred records/s). */
export const DEMO_KIND_RECORDS = 300;

/** The kinds started once each beside the three CKAN portals. */
export function otherDemoKinds(): string[] {
  return Object.keys(SIMULATORS).filter((kind) => kind !== 'ckan');
}

/** The fewest records a demo can have: one per CKAN portal and one per other kind. */
export function minimumDemoRecords(): number {
  return Object.keys(DEMO_RECORDS).length + otherDemoKinds().length;
}

/** Records of the CKAN portals together and of each other kind's portal, for a total (or the default). */
export function demoRecords(total?: number): { ckan: number; perKind: number } {
  const kinds = otherDemoKinds().length;
  const ckanDefault = Object.values(DEMO_RECORDS).reduce((sum, n) => sum + n, 0);
  if (total === undefined) return { ckan: ckanDefault, perKind: DEMO_KIND_RECORDS };
  if (!Number.isInteger(total) || total < minimumDemoRecords()) throw new RangeError(`demo records: ${total} is less than ${minimumDemoRecords()}`);
  // The default proportions, each other kind keeping at least one record.
  const perKind = Math.max(1, Math.round((total * DEMO_KIND_RECORDS) / (ckanDefault + kinds * DEMO_KIND_RECORDS)));
  return { ckan: total - kinds * perKind, perKind };
}

export interface DemoPortals {
  ckan: PortalDescriptor[];
  others: PortalDescription[];
  close(): Promise<void>;
}

/** Starts every demo portal on loopback; `records` is the total (default: the demo's sizes). */
export async function startDemoPortals(records?: number): Promise<DemoPortals> {
  const split = demoRecords(records);
  const ckan = await startSimulatedPortals({ records: split.ckan });
  const started = await Promise.allSettled(otherDemoKinds().map((kind) => SIMULATORS[kind]!({ records: split.perKind })));
  const handles = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const close = async (): Promise<void> => {
    await Promise.all([ckan.close(), ...handles.map((h) => h.close())]);
  };
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await close();
    throw failed.reason;
  }
  return { ckan: ckan.portals, others: handles.map((h) => h.description), close };
}
