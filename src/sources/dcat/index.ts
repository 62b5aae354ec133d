// The DCAT portal kind (RDF catalogues in Turtle, RDF/XML or JSON-LD), as the harvester sees it.
import type { SourceKind } from '../kind.js';
import { detectDcat } from './detect.js';
import { parseDcatOptions } from './options.js';
import { createDcatSource } from './source.js';

export const dcatKind: SourceKind = {
  kind: 'dcat',
  parseOptions(options) {
    parseDcatOptions(options);
  },
  create: (settings, http, defaults) => createDcatSource(settings, http, { batchSize: defaults.pageSize }),
  detect: detectDcat,
};
