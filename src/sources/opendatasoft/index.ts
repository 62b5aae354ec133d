// The Opendatasoft portal kind, as the harvester sees it.
import type { SourceKind } from '../kind.js';
import { detectOpendatasoft } from './detect.js';
import { parseOdsOptions } from './options.js';
import { createOdsSource } from './source.js';

export const opendatasoftKind: SourceKind = {
  kind: 'opendatasoft',
  parseOptions(options) {
    parseOdsOptions(options);
  },
  create: (settings, http, defaults) => createOdsSource(settings, http, { pageSize: defaults.pageSize }),
  detect: detectOpendatasoft,
};
