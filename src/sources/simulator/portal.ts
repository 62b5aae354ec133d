// What a simulated portal of any kind offers the demo, the tests and the benchmarks: a server on
// loopback and what a sources.yaml entry needs to harvest it.
import type { Jurisdiction, Publisher } from '../../core/dataset.js';
import type { Label } from '../../core/langstring.js';
import type { PrimaryLanguage } from '../settings.js';

export interface PortalDescription {
  /** Source id (`demo-manitoba`). */
  id: string;
  /** The portal kind (`ckan`, `dcat`, `datajson`, `arcgis-hub`, `socrata`, `opendatasoft`, `csw`). */
  type: string;
  name: Label;
  /** What `url:` of the source must be. */
  url: string;
  jurisdiction: Jurisdiction;
  primaryLanguage: PrimaryLanguage;
  publisher?: Publisher;
  organizationJurisdictions?: Record<string, Jurisdiction>;
  /** Kind-specific `options:`. */
  options?: Record<string, unknown>;
  /** Records served at start. */
  records: number;
}

export interface SimulatedPortalHandle {
  description: PortalDescription;
  /** Requests received per path, for tests. */
  requestCount(path?: string): number;
  close(): Promise<void>;
}

export interface SimulatedPortalOptions {
  records: number;
  seed?: number;
  host?: string;
  /** 0 (default): any free port. */
  port?: number;
}

/** Every kind's simulator module exports one of these. */
export type StartSimulatedPortal = (options: SimulatedPortalOptions) => Promise<SimulatedPortalHandle>;
