// The DCAT-US `data.json` portal kind, as the harvester sees it.
import { OptionsError, type SourceKind } from '../kind.js';
import { detectDataJson } from './detect.js';
import { createDataJsonSource } from './source.js';

export const dataJsonKind: SourceKind = {
  kind: 'datajson',
  parseOptions(options) {
    const unknown = Object.keys(options)[0];
    if (unknown !== undefined) throw new OptionsError(unknown, 'data.json sources take no options (use filters, licenceGate, organizationJurisdictions)');
  },
  create: (settings, http, defaults) => createDataJsonSource(settings, http, { pageSize: defaults.pageSize }),
  detect: detectDataJson,
};
