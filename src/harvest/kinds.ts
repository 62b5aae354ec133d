// The portal kinds Federa can harvest; each has a folder under src/sources. A new kind adds its
// module here.
import { arcgisHubKind } from '../sources/arcgis-hub/index.js';
import { ckanKind } from '../sources/ckan/index.js';
import { cswKind } from '../sources/csw/index.js';
import { dataJsonKind } from '../sources/datajson/index.js';
import { dcatKind } from '../sources/dcat/index.js';
import type { SourceKind } from '../sources/kind.js';
import { opendatasoftKind } from '../sources/opendatasoft/index.js';
import { socrataKind } from '../sources/socrata/index.js';

/** In the order `detect` tries them: the cheapest and most telling probes first. */
export const KINDS: readonly SourceKind[] = [ckanKind, cswKind, arcgisHubKind, socrataKind, opendatasoftKind, dataJsonKind, dcatKind];

export function kindOf(kind: string): SourceKind | undefined {
  return KINDS.find((k) => k.kind === kind);
}

export function kindNames(): string[] {
  return KINDS.map((k) => k.kind);
}
