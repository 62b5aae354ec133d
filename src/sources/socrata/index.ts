// The Socrata portal kind, as the harvester sees it.
import type { SourceKind } from '../kind.js';
import { detectSocrata } from './detect.js';
import { parseSocrataOptions } from './options.js';
import { createSocrataSource } from './source.js';

export const socrataKind: SourceKind = {
  kind: 'socrata',
  parseOptions(options) {
    parseSocrataOptions(options);
  },
  create: (settings, http, defaults) => createSocrataSource(settings, http, { limit: defaults.pageSize }),
  detect: detectSocrata,
};
