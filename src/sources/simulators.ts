// Every portal kind's simulator by kind name, so that the demo, the tests and the benchmarks start
// a simulated portal of any kind without importing each kind's folder. A new kind adds its own.
import { startSimulatedHub } from './arcgis-hub/simulator/index.js';
import { startSimulatedCkan } from './ckan/simulator/index.js';
import { startSimulatedPortal as startCswPortal } from './csw/simulator/index.js';
import { startSimulatedDataJson } from './datajson/simulator/index.js';
import { startDcatPortal } from './dcat/simulator/index.js';
import { startOpendatasoftPortal } from './opendatasoft/simulator/index.js';
import type { StartSimulatedPortal } from './simulator/portal.js';
import { startSocrataPortal } from './socrata/simulator/index.js';

export type { PortalDescription, SimulatedPortalHandle, SimulatedPortalOptions, StartSimulatedPortal } from './simulator/portal.js';

export const SIMULATORS: Readonly<Record<string, StartSimulatedPortal>> = {
  ckan: startSimulatedCkan,
  csw: startCswPortal,
  'arcgis-hub': startSimulatedHub,
  socrata: startSocrataPortal,
  opendatasoft: startOpendatasoftPortal,
  datajson: startSimulatedDataJson,
  dcat: startDcatPortal,
};

/** The kinds that have a simulator, in the registry's order. */
export function simulatedKinds(): string[] {
  return Object.keys(SIMULATORS);
}

export function simulatorOf(kind: string): StartSimulatedPortal | undefined {
  return Object.hasOwn(SIMULATORS, kind) ? SIMULATORS[kind] : undefined;
}
