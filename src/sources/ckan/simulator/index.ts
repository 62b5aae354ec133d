// The CKAN portal simulator: generated and static catalogues served by a CKAN Action API on loopback.
export type { Catalogue, FieldClause, PackageFilter, Selection, SortSpec } from './catalogue.js';
export type { CkanPackage, JsonObject, JsonValue } from './ckan-types.js';
export { DEFAULT_SEED, GeneratedCatalogue, generatePackage, type GeneratedCatalogueOptions, type GenerateOptions } from './generated-catalogue.js';
export { StaticCatalogue } from './static-catalogue.js';
export { startCkanServer, type CkanServer, type CkanServerOptions, type CkanServerSettings } from './server.js';
export {
  DEMO_RECORDS,
  describePortal,
  portalSourceSettings,
  recordsPerPortal,
  startSimulatedPortals,
  type PortalDescriptor,
  type SimulatedPortal,
  type SimulatedPortals,
  type SimulatedPortalsOptions,
} from './portals.js';
export { startSimulatedCkan } from './simulated-portal.js';
export { PROFILE_NAMES, type ProfileName } from './profiles/index.js';
export { MAX_ROWS } from './search-params.js';
