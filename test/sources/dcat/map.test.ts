import { describe, expect, it } from 'vitest';
import { mapDcatDataset } from '../../../src/sources/dcat/map/map.js';
import { bboxOfGeometry } from '../../../src/sources/dcat/map/geometry.js';
import { languageTag } from '../../../src/sources/dcat/map/texts.js';
import { dcatSettings, mapOne, PREFIXES, readDocument } from './helpers/fixtures.js';

const EU = 'http://publications.europa.eu/resource/authority';

function doc(body: string): string {
  return `${PREFIXES}<http://x.test/d/1> a dcat:Dataset ;\n${body} .\n`;
}

describe('texts and languages', () => {
  it('normalizes language tags: region dropped, machine translation kept, untagged → the primary language', () => {
    expect(languageTag('fr-CA', 'und')).toBe('fr');
    expect(languageTag('EN-gb', 'und')).toBe('en');
    expect(languageTag('fr-t-en', 'und')).toBe('fr-t-en');
    expect(languageTag('fr-CA-t-en-CA', 'und')).toBe('fr-t-en');
    expect(languageTag(undefined, 'fr')).toBe('fr');
  });

  it('maps language-tagged titles, descriptions (HTML made text) and keywords per language', async () => {
    const record = await mapOne(
      doc(`dct:title "Routes"@fr-CA, "Roads"@en, "Strassen"@de ;
  dct:description "<p>Road <b>network</b>.</p><p>Second paragraph.</p>"@en, "Le réseau routier."@fr ;
  dcat:keyword "roads"@en, "Roads"@en, "routes"@fr, "  transport  "`),
      dcatSettings({ primaryLanguage: 'en' }),
    );
    expect(record.title).toEqual({ fr: 'Routes', en: 'Roads', de: 'Strassen' });
    expect(record.description).toEqual({ en: 'Road network.\n\nSecond paragraph.', fr: 'Le réseau routier.' });
    // RDF values have no order: they come sorted (the first spelling of a repeated keyword wins).
    expect(record.keywords).toEqual({ en: ['transport', 'Roads'], fr: ['routes'] });
  });

  it('tags untagged text `und` on a bilingual source, and applies the machine-translation conventions', async () => {
    const notice = "Routes\n\n** Cet élément de métadonnées provenant d’une tierce partie a été traduit à l'aide d'un outil de traduction automatisée (Amazon Translate).**";
    const record = await mapOne(
      doc(`dct:title "Roads" ; dct:description "Road network"@en, "${notice.replace(/\n/g, '\\n')}"@fr ; dcat:keyword "Translation of roads"@fr, "roads"@en`),
      dcatSettings({ primaryLanguage: 'bilingual' }),
    );
    expect(record.title).toEqual({ und: 'Roads' });
    expect(record.description).toEqual({ en: 'Road network', 'fr-t-en': 'Routes' });
    expect(record.keywords).toEqual({ en: ['roads'] });
  });

  it('falls back to rdfs:label or the identifier for a title', async () => {
    expect((await mapOne(doc('rdfs:label "Label" ; dct:identifier "abc"').replace(PREFIXES, `${PREFIXES}@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n`))).title).toEqual({ en: 'Label' });
    expect((await mapOne(doc('dct:identifier "abc"'))).title).toEqual({ en: 'abc' });
  });
});

describe('agents', () => {
  it('takes a multilingual blank-node publisher, its id from its name, and its configured jurisdiction', async () => {
    const record = await mapOne(
      doc('dct:publisher [ a foaf:Organization ; foaf:name "Statistique Canada"@fr, "Statistics Canada"@en ]'),
      dcatSettings({ organizationJurisdictions: { 'statistics-canada': { level: 'federal', code: 'CA' } } }),
    );
    expect(record.publisher).toEqual({ id: 'statistics-canada', name: { fr: 'Statistique Canada', en: 'Statistics Canada' } });
    expect(record.jurisdiction).toEqual({ level: 'federal', code: 'CA' });
  });

  it('takes an IRI publisher by its IRI, named by its last segment when undescribed; none → the source publisher', async () => {
    const byIri = await mapOne(doc(`dct:publisher <${EU}/corporate-body/ESTAT>`));
    expect(byIri.publisher).toEqual({ id: `${EU}/corporate-body/ESTAT`, name: { en: 'ESTAT' } });
    const publisher = { id: 'qc', name: { en: 'Québec', fr: 'Québec' } };
    expect((await mapOne(doc('dct:title "x"'), dcatSettings({ publisher }))).publisher).toEqual(publisher);
  });

  it('reads a vCard contact point: name, email from mailto IRIs or sloppy literals, web page', async () => {
    const a = await mapOne(doc('dcat:contactPoint [ a vcard:Organization ; vcard:fn "Desk"@en, "Bureau"@fr ; vcard:hasEmail <mailto:desk@x.test> ; vcard:hasURL <https://x.test/contact> ]'));
    expect(a.contactPoint).toEqual({ name: { en: 'Desk', fr: 'Bureau' }, email: 'desk@x.test', url: 'https://x.test/contact' });
    const b = await mapOne(doc('dcat:contactPoint [ vcard:hasEmail "mailto: hello@its.me" ]'));
    expect(b.contactPoint).toEqual({ email: 'hello@its.me' });
  });
});

describe('controlled vocabularies', () => {
  it('maps EU authority IRIs: licence, frequency, languages, access rights, data themes, file types and IANA media types', async () => {
    const record = await mapOne(
      doc(`dct:accrualPeriodicity <${EU}/frequency/MONTHLY> ;
  dct:language <${EU}/language/FRA>, <${EU}/language/ENG> ;
  dct:accessRights <${EU}/access-right/PUBLIC> ;
  dcat:theme <${EU}/data-theme/TRAN>, <http://eurovoc.europa.eu/100142> ;
  dcat:distribution [ dcat:downloadURL <http://x.test/f> ; dct:format <${EU}/file-type/CSV> ;
     dcat:mediaType <https://www.iana.org/assignments/media-types/text/csv> ; dct:license <${EU}/licence/CC_BY_4_0> ; dcat:byteSize "1024"^^xsd:decimal ]`),
    );
    expect(record.frequency).toBe('P1M');
    expect(record.languages).toEqual(['en', 'fr']);
    expect(record.accessRights).toBe('public');
    expect(record.subjects).toEqual(['transport']);
    expect(record.licence?.id).toBe('CC-BY-4.0');
    expect(record.distributions).toEqual([
      { id: 'http://x.test/f', title: { en: 'f' }, url: 'http://x.test/f', format: 'CSV', mediaType: 'text/csv', size: 1024, languages: [] },
    ]);
  });

  it('maps Dublin Core frequencies, labelled nodes, literals and dct:IMT formats', async () => {
    const record = await mapOne(
      doc(`dct:accrualPeriodicity <http://purl.org/cld/freq/quarterly> ;
  dct:accessRights [ a dct:RightsStatement ; skos:prefLabel "restricted" ] ;
  dcat:theme [ skos:prefLabel "Santé et sécurité"@fr ] ;
  dct:license [ a dct:LicenseDocument ; skos:prefLabel "Open Government Licence - Canada" ] ;
  dcat:distribution [ dcat:accessURL <http://x.test/page> ; dct:format [ a dct:IMT ; rdf:value "text/html" ] ]`).replace(PREFIXES, `${PREFIXES}@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n`),
    );
    expect(record.frequency).toBe('P3M');
    expect(record.accessRights).toBe('restricted');
    expect(record.subjects).toEqual(['health_and_safety']);
    expect(record.licence?.id).toBe('OGL-Canada-2.0');
    expect(record.distributions[0]).toMatchObject({ format: 'HTML', mediaType: 'text/html' });
  });

  it('keeps an unknown licence as the source said it, and takes a recognized one from the distributions first', async () => {
    expect((await mapOne(doc('dct:license <https://data.some.org/link/to/license>'))).licence).toEqual({
      original: 'https://data.some.org/link/to/license',
      url: 'https://data.some.org/link/to/license',
    });
    const record = await mapOne(doc('dct:license "Custom terms" ; dcat:distribution [ dcat:downloadURL <http://x.test/f> ; dct:license <http://creativecommons.org/licenses/by/4.0/> ]'));
    expect(record.licence?.id).toBe('CC-BY-4.0');
  });

  it('drops distributions without a URL, falls back to the access service endpoint (an API)', async () => {
    const record = await mapOne(
      doc(`dcat:distribution [ dct:title "Nothing to fetch" ], [ dct:title "Service"@en ; dcat:accessService [ dcat:endpointURL <https://x.test/wms> ] ]`),
    );
    expect(record.distributions).toHaveLength(1);
    expect(record.distributions[0]).toMatchObject({ url: 'https://x.test/wms', resourceType: 'api', title: { en: 'Service' } });
  });
});

describe('coverage and dates', () => {
  it('reads periods in DCAT 2, schema.org and OWL-Time forms, and interval literals', async () => {
    expect((await mapOne(doc('dct:temporal [ dcat:startDate "2016-01-01"^^xsd:date ; dcat:endDate "2016-12-05T00:00:00"^^xsd:dateTime ]'))).temporal).toEqual({
      start: '2016-01-01',
      end: '2016-12-05',
    });
    expect((await mapOne(doc('dct:temporal [ schema:startDate "1905-03-01" ]'))).temporal).toEqual({ start: '1905-03-01' });
    expect((await mapOne(doc('dct:temporal [ time:hasBeginning [ time:inXSDDate "2001-02-03"^^xsd:date ] ; time:hasEnd [ time:inXSDDateTimeStamp "2002-01-01T10:00:00Z" ] ]'))).temporal).toEqual({
      start: '2001-02-03',
      end: '2002-01-01T10:00:00.000Z',
    });
    expect((await mapOne(doc('dct:temporal "2019-01/2020-06"'))).temporal).toEqual({ start: '2019-01', end: '2020-06' });
  });

  it('makes boxes from WKT polygons, CQL envelopes, GeoJSON and GML, and names from labels or literals', async () => {
    const record = await mapOne(doc('dct:spatial [ a dct:Location ; skos:prefLabel "Ontario"@en ; dcat:bbox "POLYGON((-95.2 41.7,-95.2 56.9,-74.3 56.9,-74.3 41.7,-95.2 41.7))"^^gsp:wktLiteral ], "Greater Toronto"'));
    expect(record.spatial).toEqual({ bbox: [-95.2, 41.7, -74.3, 56.9], places: ['Greater Toronto', 'Ontario'] });
    expect(bboxOfGeometry('ENVELOPE(-79.8, -57.1, 62.6, 45.0)')).toEqual([-79.8, 45, -57.1, 62.6]);
    expect(bboxOfGeometry('<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT(-73.5 45.5)')).toEqual([-73.5, 45.5, -73.5, 45.5]);
    expect(bboxOfGeometry('<http://www.opengis.net/def/crs/EPSG/0/4326> POINT(45.5 -73.5)')).toEqual([-73.5, 45.5, -73.5, 45.5]);
    expect(bboxOfGeometry('SRID=4326;MULTIPOLYGON(((1 2,3 4,1 4,1 2)),((5 6,7 8,5 8,5 6)))')).toEqual([1, 2, 7, 8]);
    expect(bboxOfGeometry('{"type":"Polygon","coordinates":[[[-10,40],[5,40],[5,52],[-10,52],[-10,40]]]}')).toEqual([-10, 40, 5, 52]);
    expect(bboxOfGeometry('<gml:Envelope srsName="http://www.opengis.net/def/crs/OGC/1.3/CRS84"><gml:lowerCorner>-141 41.7</gml:lowerCorner><gml:upperCorner>-52.6 83.1</gml:upperCorner></gml:Envelope>')).toEqual([-141, 41.7, -52.6, 83.1]);
    expect(bboxOfGeometry('<Envelope xmlns="http://www.opengis.net/gml/3.2" srsName="EPSG:4326"><lowerCorner>41.7 -141</lowerCorner><upperCorner>83.1 -52.6</upperCorner></Envelope>')).toEqual([-141, 41.7, -52.6, 83.1]);
    // Projected metres make no box rather than a wrong one.
    expect(bboxOfGeometry('POLYGON((300000 5000000,400000 5000000,400000 5100000,300000 5000000))')).toBeUndefined();
    expect(bboxOfGeometry('not a geometry')).toBeUndefined();
  });

  it('takes dates at their precision, the catalogue record stamp as the source stamp, and the landing page', async () => {
    const { datasets } = await readDocument(
      `${PREFIXES}<http://x.test/d/1> a dcat:Dataset ; dct:issued "2012-05-10"^^xsd:date ; dct:modified "2012-05-10T21:04"^^xsd:dateTime ; dcat:landingPage "https://x.test/page/1" .
<http://x.test/r/1> a dcat:CatalogRecord ; foaf:primaryTopic <http://x.test/d/1> ; dct:modified "2024-10-09T17:34:28Z"^^xsd:dateTime .`,
      { contentType: 'text/turtle' },
    );
    const result = mapDcatDataset(datasets[0]?.raw, { settings: dcatSettings() });
    expect(result.kind).toBe('record');
    if (result.kind !== 'record') return;
    expect(result.record).toMatchObject({ issued: '2012-05-10', modified: '2012-05-10T21:04:00.000Z' });
    expect(result.record.provenance).toMatchObject({ remoteId: 'http://x.test/d/1', landingPage: 'https://x.test/page/1', modifiedAtSource: '2024-10-09T17:34:28.000Z' });
  });
});

describe('identity, filters and bad input', () => {
  it('identifies a blank-node dataset by dct:identifier, and refuses one without', async () => {
    const { datasets } = await readDocument(`${PREFIXES}[ a dcat:Dataset ; dct:identifier "abc-1" ; dct:title "x" ] . [ a dcat:Dataset ; dct:title "y" ] .`, { contentType: 'text/turtle' });
    const results = datasets.map((d) => mapDcatDataset(d.raw, { settings: dcatSettings() }));
    expect(results[0]).toMatchObject({ kind: 'record', record: { id: 'eu:abc-1' } });
    expect(results[1]).toEqual({ kind: 'problem', reason: expect.stringMatching(/blank node without dct:identifier/) });
  });

  it('skips datasets the filters do not admit, naming the filter', async () => {
    const turtle = doc(`dcat:theme <${EU}/data-theme/TRAN> ; dct:publisher <http://x.test/org>`);
    const { datasets } = await readDocument(turtle, { contentType: 'text/turtle' });
    const raw = datasets[0]?.raw;
    expect(mapDcatDataset(raw, { settings: dcatSettings({ filters: { theme: [`${EU}/data-theme/TRAN`] } }) }).kind).toBe('record');
    expect(mapDcatDataset(raw, { settings: dcatSettings({ filters: { 'dcat:theme': [`${EU}/data-theme/HEAL`] } }) })).toEqual({ kind: 'skip', reason: expect.stringMatching(/^dcat:theme: .*TRAN is not among/) });
    expect(mapDcatDataset(raw, { settings: dcatSettings({ filters: { publisher: ['http://x.test/org'] } }) }).kind).toBe('record');
  });

  it('reports a stored raw record that is not a node, with where', () => {
    expect(mapDcatDataset('nope', { settings: dcatSettings() })).toEqual({ kind: 'problem', reason: expect.stringMatching(/\$: not an object/) });
    expect(mapDcatDataset({ '@id': 'x', 'http://purl.org/dc/terms/title': 'plain' }, { settings: dcatSettings() })).toEqual({
      kind: 'problem',
      reason: expect.stringMatching(/\$\.http:\/\/purl\.org\/dc\/terms\/title: not a list of values/),
    });
  });
});
