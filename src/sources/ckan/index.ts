// The CKAN portal kind, as the harvester sees it.
import { OptionsError, type SourceKind } from '../kind.js';
import { detectCkan } from './detect.js';
import { createCkanSource } from './source.js';

export const ckanKind: SourceKind = {
  kind: 'ckan',
  parseOptions(options) {
    const unknown = Object.keys(options)[0];
    if (unknown !== undefined) throw new OptionsError(unknown, 'CKAN sources take no options (use filters, licenceGate, organizationJurisdictions)');
  },
  create: (settings, http, defaults) => createCkanSource(settings, http, { rows: defaults.pageSize }),
  detect: detectCkan,
};
