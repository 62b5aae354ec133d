// The ArcGIS Hub portal kind (v3 datasets API), as the harvester sees it.
import type { SourceKind } from '../kind.js';
import { parseHubOptions } from './api.js';
import { detectHub } from './detect.js';
import { createHubSource } from './source.js';

export const arcgisHubKind: SourceKind = {
  kind: 'arcgis-hub',
  parseOptions(options) {
    parseHubOptions(options);
  },
  create: (settings, http, defaults) => createHubSource(settings, http, { batch: defaults.pageSize }),
  detect: detectHub,
};
