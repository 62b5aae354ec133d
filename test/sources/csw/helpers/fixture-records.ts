// Real recorded ISO documents and CSW pages of ../shared/fixtures, read in place.
import { createReadStream, readdirSync } from 'node:fs';
import { readRecordsResponse, type RecordsResponse } from '../../../../src/sources/csw/response.js';
import { decodeXml } from '../../../../src/sources/csw/xml/decode.js';
import type { SourceSettings } from '../../../../src/sources/settings.js';
import { fixture } from '../../../helpers/fixtures.js';
import { cswSettings } from './csw-server.js';

export function readFixtureDocument(path: string): Promise<RecordsResponse> {
  return readRecordsResponse(decodeXml(createReadStream(path)), path);
}

export function albertaFiles(): string[] {
  const dir = fixture('iso19139-hnap/alberta');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** The Federal Geospatial Platform's CSW, as config/sources.yaml would configure it. */
export const FGP: SourceSettings = cswSettings('https://maps.canada.ca/geonetwork/srv/csw', {
  id: 'fgp',
  name: { en: 'Federal Geospatial Platform', fr: 'Plateforme géospatiale fédérale' },
  options: { recordUrl: 'https://open.canada.ca/data/en/dataset/{id}' },
});

/** A French departmental GeoNetwork. */
export const GEO_IDE: SourceSettings = cswSettings('https://ogc.geo-ide.example.fr/csw', {
  id: 'geo-ide',
  name: { en: 'Géo-IDE', fr: 'Géo-IDE' },
  jurisdiction: { level: 'international', code: 'FR' },
  primaryLanguage: 'fr',
});

/** An Australian state catalogue (Magda's connector sample). */
export const QLD: SourceSettings = cswSettings('https://qldspatial.example.au/csw', {
  id: 'qld',
  name: { en: 'Queensland Spatial Catalogue', fr: 'Catalogue spatial du Queensland' },
  jurisdiction: { level: 'international', code: 'AU' },
  primaryLanguage: 'en',
});
