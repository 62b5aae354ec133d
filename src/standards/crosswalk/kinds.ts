// Per portal kind: its sample raw records and how the crosswalk names their fields.
import { arcgisHubSpecimens } from '../../sources/arcgis-hub/specimens.js';
import { ckanSpecimens } from '../../sources/ckan/specimens.js';
import { cswSpecimens } from '../../sources/csw/specimens.js';
import { dataJsonSpecimens } from '../../sources/datajson/specimens.js';
import { dcatSpecimens } from '../../sources/dcat/specimens.js';
import { opendatasoftSpecimens } from '../../sources/opendatasoft/specimens.js';
import { socrataSpecimens } from '../../sources/socrata/specimens.js';
import type { Specimens } from '../../sources/specimen.js';
import { JSON_MODEL, type PathModel } from './path-model.js';
import { CKAN_MODEL, DCAT_MODEL, XML_MODEL } from './path-models.js';

export interface KindCrosswalkInput {
  kind: string;
  model: PathModel;
  specimens: () => Promise<Specimens>;
}

export const KIND_INPUTS: readonly KindCrosswalkInput[] = [
  { kind: 'ckan', model: CKAN_MODEL, specimens: ckanSpecimens },
  { kind: 'csw', model: XML_MODEL, specimens: cswSpecimens },
  { kind: 'arcgis-hub', model: JSON_MODEL, specimens: arcgisHubSpecimens },
  { kind: 'socrata', model: JSON_MODEL, specimens: socrataSpecimens },
  { kind: 'opendatasoft', model: JSON_MODEL, specimens: opendatasoftSpecimens },
  { kind: 'datajson', model: JSON_MODEL, specimens: dataJsonSpecimens },
  { kind: 'dcat', model: DCAT_MODEL, specimens: dcatSpecimens },
];

export function pathModelOf(kind: string): PathModel {
  return KIND_INPUTS.find((k) => k.kind === kind)?.model ?? JSON_MODEL;
}
