// The CSW portal kind (OGC CSW 2.0.2 with ISO 19139 and Canada's HNAP profile), as the harvester
// sees it. Options (all optional): `method` (GET | POST), `maxRecords`, `constraint` (CQL or an
// OGC filter), `outputSchema`, `typeNames`, `elementSetName`, `recordUrl` (the record's page,
// `{id}` for its file identifier), `incremental`. `filters` may select `hierarchyLevel` and
// `topicCategory`; `organizationJurisdictions` is keyed by the publisher id the kind derives
// from the organisation name (`natural-resources-canada`, `government-of-alberta`).
import type { SourceKind } from '../kind.js';
import { detectCsw } from './detect.js';
import { DEFAULT_MAX_RECORDS, parseCswOptions } from './options.js';
import { createCswSource } from './source.js';

export const cswKind: SourceKind = {
  kind: 'csw',
  parseOptions(options) {
    parseCswOptions(options);
  },
  create: (settings, http, defaults) => createCswSource(settings, http, parseCswOptions(settings.options ?? {}, Math.min(DEFAULT_MAX_RECORDS, defaults.pageSize))),
  detect: detectCsw,
};
