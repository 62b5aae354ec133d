import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS, formatById, formatLabel, normalizeFormat } from '../../src/core/formats.js';
import { fixture, fixturesPresent } from '../helpers/fixtures.js';
import { readCsvFixture } from './csv-fixture.js';
import { choiceLabels, presetChoices } from './presets-fixture.js';

describe('normalizeFormat: the format text', () => {
  it.each([
    ['csv', 'CSV'], ['CSV', 'CSV'], ['.CSV', 'CSV'], ['CSV file', 'CSV'], ['Fichier CSV', 'CSV'], [' csv ', 'CSV'],
    ['text/csv', 'CSV'], ['text/csv; charset=utf-8', 'CSV'], ['TEXT/CSV;charset=UTF-8', 'CSV'],
    ['application/vnd.ms-excel', 'XLS'], ['Excel', 'XLS'], ['XLSX', 'XLSX'], ['.xlsx', 'XLSX'],
    ['http://publications.europa.eu/resource/authority/file-type/CSV', 'CSV'],
    ['http://publications.europa.eu/resource/authority/file-type/RDF_TURTLE', 'TTL'],
    ['https://www.iana.org/assignments/media-types/text/csv', 'CSV'],
    ['https://www.iana.org/assignments/media-types/application/geo+json', 'GEOJSON'],
    ['Esri REST', 'ESRI REST'], ['arcgis_rest', 'ESRI REST'], ['ArcGIS GeoServices REST API', 'ESRI REST'],
    ['WMS', 'WMS'], ['wfs', 'WFS'], ['Web Map Service', 'WMS'],
    ['GeoJSON', 'GEOJSON'], ['geojson', 'GEOJSON'], ['KML', 'KML'], ['KMZ', 'KMZ'],
    ['SHP', 'SHP'], ['Shapefile', 'SHP'], ['zipped shapefile', 'SHP'], ['ZIP (SHP)', 'SHP'], ['SHP (ZIP)', 'SHP'],
    ['PDF', 'PDF'], ['HTML', 'HTML'], ['Web page', 'HTML'], ['JSON', 'JSON'], ['XML', 'XML'], ['ZIP', 'ZIP'], ['zip%20', 'ZIP'],
    ['TXT', 'TXT'], ['Text file', 'TXT'], ['GeoTIFF', 'GeoTIF'], ['tif', 'TIFF'], ['GPKG', 'GPKG'], ['GeoPackage', 'GPKG'],
    ['Parquet', 'PARQUET'], ['API', 'API'], ['REST API', 'API'], ['FGDB/GDB', 'FGDB/GDB'], ['File Geodatabase', 'FGDB/GDB'],
    ['PDF/A-1', 'PDF/A-1'], ['JSON-LD', 'JSONLD'], ['RDF/XML', 'RDF'],
  ])('%j → %s', (format, expected) => {
    expect(normalizeFormat({ format })).toBe(expected);
  });

  it('reads formats named inside a longer text', () => {
    expect(normalizeFormat({ format: 'Listing of Historic Resources - ArcGIS Shapefile' })).toBe('SHP');
    expect(normalizeFormat({ format: 'tiff, laz' })).toBe('TIFF');
    expect(normalizeFormat({ format: 'KMZ/SHP' })).toBe('KMZ');
  });

  it('takes an archive of anything but a shapefile or geodatabase as the archive', () => {
    expect(normalizeFormat({ format: 'csv (compressed - zip)' })).toBe('ZIP');
    expect(normalizeFormat({ format: 'RAD Boundaries (ZIP)' })).toBe('ZIP');
    expect(normalizeFormat({ format: 'FGDB (zip)' })).toBe('FGDB/GDB');
  });

  it('gives undefined for text it does not know', () => {
    expect(normalizeFormat({ format: 'Data file' })).toBeUndefined();
    expect(normalizeFormat({ format: 'home?uuid=0b8e34fa' })).toBeUndefined();
    expect(normalizeFormat({ format: '' })).toBeUndefined();
    expect(normalizeFormat({})).toBeUndefined();
  });
});

describe('normalizeFormat: media type and URL as fallbacks', () => {
  it('uses the media type when the text says nothing', () => {
    expect(normalizeFormat({ format: '', mediaType: 'application/json; charset=utf-8' })).toBe('JSON');
    expect(normalizeFormat({ mediaType: 'application/vnd.geo+json' })).toBe('GEOJSON');
    expect(normalizeFormat({ mediaType: 'application/x-shapefile' })).toBe('SHP');
    expect(normalizeFormat({ mediaType: 'application/vnd.example.thing+json' })).toBe('JSON');
  });

  it('prefers the format text over the media type and the URL', () => {
    expect(normalizeFormat({ format: 'XLSX', mediaType: 'text/csv', url: 'https://x.ca/a.pdf' })).toBe('XLSX');
    expect(normalizeFormat({ mediaType: 'text/csv', url: 'https://x.ca/a.pdf' })).toBe('CSV');
  });

  it('uses the URL extension last, ignoring the query and case', () => {
    expect(normalizeFormat({ url: 'https://x.ca/data/file.csv?x=1' })).toBe('CSV');
    expect(normalizeFormat({ url: 'https://x.ca/data/FILE.GEOJSON#top' })).toBe('GEOJSON');
    expect(normalizeFormat({ url: 'https://x.ca/data/roads.shp.zip' })).toBe('SHP');
    expect(normalizeFormat({ url: 'https://x.ca/data/archive.zip' })).toBe('ZIP');
    expect(normalizeFormat({ url: 'https://x.ca/dataset/roads' })).toBeUndefined();
    expect(normalizeFormat({ url: 'https://x.ca/page.aspx' })).toBeUndefined();
  });

  it('recognizes service endpoints by their URL', () => {
    expect(normalizeFormat({ url: 'https://services.arcgis.com/x/arcgis/rest/services/Roads/FeatureServer/0' })).toBe('ESRI REST');
    expect(normalizeFormat({ url: 'https://maps.x.ca/server/rest/services/Roads/MapServer' })).toBe('ESRI REST');
    expect(normalizeFormat({ url: 'https://x.ca/geoserver/ows?service=WMS&request=GetCapabilities' })).toBe('WMS');
    expect(normalizeFormat({ url: 'https://x.ca/geoserver/ows?request=GetCapabilities&SERVICE=wfs' })).toBe('WFS');
  });

  it('lets a precise answer from the URL replace a vague format text', () => {
    expect(normalizeFormat({ format: 'other', url: 'https://x.ca/a.csv' })).toBe('CSV');
    expect(normalizeFormat({ format: 'unknown', mediaType: 'application/pdf' })).toBe('PDF');
    expect(normalizeFormat({ format: 'other', url: 'https://x.ca/a' })).toBe('other');
    expect(normalizeFormat({ mediaType: 'application/octet-stream' })).toBeUndefined();
  });
});

describe('the format table', () => {
  it('has unique ids and bilingual labels', () => {
    expect(new Set(FORMATS.map((f) => f.id)).size).toBe(FORMATS.length);
    for (const f of FORMATS) {
      expect(f.label.en, f.id).not.toBe('');
      expect(f.label.fr, f.id).not.toBe('');
    }
    expect(formatLabel('SHP')).toEqual({ en: 'Shapefile', fr: 'Fichier de formes (shapefile)' });
    expect(formatLabel('NOPE')).toEqual({ en: 'NOPE', fr: 'NOPE' });
  });

  it('recognizes every format by its id, labels and aliases, and its own media types and extensions', () => {
    for (const f of FORMATS) {
      for (const name of [f.id, f.label.en, f.label.fr, ...(f.aliases ?? [])]) {
        expect([name, normalizeFormat({ format: name })]).toEqual([name, f.id]);
      }
      for (const mediaType of f.mediaTypes) {
        const found = normalizeFormat({ mediaType });
        expect(found && formatById(found)?.mediaTypes, mediaType).toContain(mediaType);
      }
      for (const ext of f.extensions) {
        expect(normalizeFormat({ url: `https://x.ca/file.${ext}` }), ext).toBeDefined();
      }
    }
  });

  it('flags formats for reuse', () => {
    expect(formatById('CSV')).toMatchObject({ machineReadable: true, nonProprietary: true });
    expect(formatById('XLSX')).toMatchObject({ machineReadable: true, nonProprietary: false });
    expect(formatById('PDF')).toMatchObject({ machineReadable: false, nonProprietary: false });
  });
});

describe.skipIf(!fixturesPresent)('formats: conformance with open.canada.ca and the crosswalk tables', () => {
  it('recognizes every canada_resource_format value as itself, by its labels and legacy names', () => {
    const choices = presetChoices('canada_resource_format');
    expect(choices.length).toBeGreaterThan(100);
    for (const c of choices) {
      expect([c.value, formatById(c.value)?.id]).toEqual([c.value, c.value]);
      expect([c.value, normalizeFormat({ format: c.value })]).toEqual([c.value, c.value]);
      expect([c.value, normalizeFormat({ format: c.value.toLowerCase() })]).toEqual([c.value, c.value]);
      for (const label of choiceLabels(c)) expect([label, normalizeFormat({ format: label })]).toEqual([label, c.value]);
      // open.canada.ca lists "tab" as an old name of TSV, but TAB is its own MapInfo format id.
      for (const legacy of [...(c.replaces ?? []), ...(c.replace ?? [])].filter((r) => r !== 'tab')) {
        expect([legacy, normalizeFormat({ format: legacy })]).toEqual([legacy, c.value]);
      }
    }
  });

  it('maps the media type of every canada_resource_format value to a format of that media type', () => {
    for (const c of presetChoices('canada_resource_format')) {
      // application/octet-stream says nothing about a format.
      if (c.mimetype === undefined || c.mimetype === 'application/octet-stream') continue;
      const found = normalizeFormat({ mediaType: c.mimetype });
      expect([c.mimetype, found && formatById(found)?.mediaTypes.includes(c.mimetype)]).toEqual([c.mimetype, true]);
    }
  });

  it('maps Format_TBS.csv rows to their format where the crosswalk names one', () => {
    // The crosswalk predates XLSM in open.canada.ca's list; FTP is a protocol, not a format.
    const exceptions = new Set(['xlsm', 'ftp']);
    const rows = readCsvFixture('canada', 'crosswalk-tables', 'SHARED', 'Format_TBS.csv');
    const named = rows.filter((r) => r.real_value !== 'other' && !exceptions.has(r.original_value ?? ''));
    expect(named.length).toBeGreaterThan(40);
    for (const r of named) {
      expect([r.original_value, normalizeFormat({ format: r.original_value ?? '' })]).toEqual([r.original_value, r.real_value]);
    }
  });

  it('maps Mime_type.csv media types to their format', () => {
    const rows = readCsvFixture('canada', 'crosswalk-tables', 'SHARED', 'Mime_type.csv').filter((r) => r.format?.toLowerCase() !== 'other');
    expect(rows.length).toBeGreaterThan(15);
    for (const r of rows) expect([r.mime_type, normalizeFormat({ mediaType: r.mime_type ?? '' })]).toEqual([r.mime_type, r.format]);
  });

  it('recognizes every format of ValidFormatList.csv', () => {
    const rows = readCsvFixture('canada', 'crosswalk-tables', 'SHARED', 'ValidFormatList.csv');
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      const name = r.format ?? '';
      const found = normalizeFormat({ format: name });
      expect([name, found !== undefined && (found !== 'other' || name.trim() === 'other')]).toEqual([name, true]);
    }
  });
});

/** EU file-type codes the MQA lists flag with `true`. */
function flaggedCodes(file: string, property: string): Set<string> {
  const rdf = readFileSync(fixture('mqa', file), 'utf8');
  const codes = new Set<string>();
  const pattern = new RegExp(`file-type/([A-Z0-9_]+)"\\s*>\\s*<edp:${property}[^>]*>true<`, 'g');
  for (const m of rdf.matchAll(pattern)) if (m[1]) codes.add(m[1]);
  return codes;
}

describe.skipIf(!fixturesPresent)('formats: conformance with data.europa.eu (MQA lists, EU file types)', () => {
  const machineReadable = fixturesPresent ? flaggedCodes('edp-machine-readable-format.rdf', 'isMachineReadable') : new Set<string>();
  const nonProprietary = fixturesPresent ? flaggedCodes('edp-non-proprietary-format.rdf', 'isNonProprietary') : new Set<string>();

  it('reads the lists', () => {
    expect(machineReadable.has('CSV')).toBe(true);
    expect(machineReadable.size).toBeGreaterThan(15);
    expect(nonProprietary.size).toBeGreaterThan(25);
  });

  it('flags each format with EU file types as the lists do', () => {
    for (const f of FORMATS) {
      const codes = f.eu ?? [];
      if (codes.length === 0) continue;
      expect([f.id, 'machineReadable', f.machineReadable]).toEqual([f.id, 'machineReadable', codes.some((c) => machineReadable.has(c))]);
      expect([f.id, 'nonProprietary', f.nonProprietary]).toEqual([f.id, 'nonProprietary', codes.some((c) => nonProprietary.has(c))]);
    }
  });

  it('has a format for every file type of the lists, reachable by its EU IRI', () => {
    for (const code of new Set([...machineReadable, ...nonProprietary])) {
      const found = normalizeFormat({ format: `http://publications.europa.eu/resource/authority/file-type/${code}` });
      expect([code, found !== undefined]).toEqual([code, true]);
    }
  });

  it('uses only codes of the EU file-type vocabulary', () => {
    const rdf = readFileSync(fixture('mqa', 'eu-filetypes-skos.rdf'), 'utf8');
    const known = new Set([...rdf.matchAll(/authority\/file-type\/([A-Z0-9_]+)"/g)].map((m) => m[1]));
    for (const f of FORMATS) for (const code of f.eu ?? []) expect([f.id, code, known.has(code)]).toEqual([f.id, code, true]);
  });
});
