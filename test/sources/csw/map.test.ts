// Mapping ISO 19139 and HNAP records onto the core, one concern at a time, on small documents.
import { describe, expect, it } from 'vitest';
import { bilingual, frenchLocale, isoRecord, plain } from './helpers/records.js';
import { cswSettings } from './helpers/csw-server.js';
import { mappedXml, mapXml } from './helpers/map-xml.js';

const NOTICE = "** Cet élément de métadonnées provenant d’une tierce partie a été traduit à l'aide d'un outil de traduction automatisée (Amazon Translate).**";

function identification(inner: string, title = bilingual('title', 'Roads', 'Routes')): string {
  return `<gmd:MD_DataIdentification><gmd:citation><gmd:CI_Citation>${title}</gmd:CI_Citation></gmd:citation>${inner}</gmd:MD_DataIdentification>`;
}

function party(organisation: string, role: string, email?: string, extra = ''): string {
  return (
    `<gmd:CI_ResponsibleParty>${organisation}` +
    (email !== undefined ? `<gmd:contactInfo><gmd:CI_Contact><gmd:address><gmd:CI_Address>${plain('electronicMailAddress', email)}</gmd:CI_Address></gmd:address></gmd:CI_Contact></gmd:contactInfo>` : '') +
    `${extra}<gmd:role><gmd:CI_RoleCode codeList="x" codeListValue="${role}">${role}</gmd:CI_RoleCode></gmd:role></gmd:CI_ResponsibleParty>`
  );
}

function onLine(url: string, protocol: string, name: string, description?: string, role?: string): string {
  return (
    `<gmd:onLine${role ? ` xlink:role="${role}"` : ''}><gmd:CI_OnlineResource><gmd:linkage><gmd:URL>${url}</gmd:URL></gmd:linkage>` +
    `${plain('protocol', protocol)}${name}${description ?? ''}</gmd:CI_OnlineResource></gmd:onLine>`
  );
}

function distribution(...links: string[]): string {
  return `<gmd:distributionInfo><gmd:MD_Distribution><gmd:transferOptions><gmd:MD_DigitalTransferOptions>${links.join('')}</gmd:MD_DigitalTransferOptions></gmd:transferOptions></gmd:MD_Distribution></gmd:distributionInfo>`;
}

describe('texts in both languages', () => {
  it('reads the main text in the record language and PT_FreeText translations by locale', async () => {
    const r = await mappedXml(isoRecord({ identification: identification(bilingual('abstract', 'Line one.\n\n  Line two.', 'Ligne un.')) }));
    expect(r.title).toEqual({ en: 'Roads', fr: 'Routes' });
    expect(r.description).toEqual({ en: 'Line one.\n\nLine two.', fr: 'Ligne un.' });
  });

  it('knows French-first records: the main text is French, the translation English', async () => {
    const locale = `<gmd:locale><gmd:PT_Locale id="ENG"><gmd:languageCode><gmd:LanguageCode codeList="x" codeListValue="eng">English</gmd:LanguageCode></gmd:languageCode></gmd:PT_Locale></gmd:locale>`;
    const r = await mappedXml(isoRecord({ language: 'fra; CAN', locales: locale, identification: identification('', bilingual('title', 'Routes', 'Roads', '#ENG')) }));
    expect(r.title).toEqual({ fr: 'Routes', en: 'Roads' });
  });

  it('reads locales that name a language without a PT_Locale (#fr, #locale-fre)', async () => {
    const r = await mappedXml(isoRecord({ locales: '', identification: identification('', bilingual('title', 'Roads', 'Routes', '#locale-fre')) }));
    expect(r.title).toEqual({ en: 'Roads', fr: 'Routes' });
  });

  it('drops French placeholders and tags machine translation, without its notice', async () => {
    const r = await mappedXml(
      isoRecord({
        identification: identification(bilingual('abstract', 'Cardium data.', `Données Cardium.\n\n${NOTICE}`), bilingual('title', 'Cardium', 'Translation of Cardium')),
      }),
    );
    expect(r.title).toEqual({ en: 'Cardium' });
    expect(r.description).toEqual({ en: 'Cardium data.', 'fr-t-en': 'Données Cardium.' });
  });

  it('takes the source language for a record that names none, and the id when there is no title', async () => {
    const xml = isoRecord({ identification: identification('', '') }).replace(/<gmd:language>.*?<\/gmd:language>/, '');
    const r = await mappedXml(xml, { settings: cswSettings('http://x/csw', { primaryLanguage: 'fr' }) });
    expect(r.title).toEqual({ und: 'rec-1' });
    const titled = await mappedXml(isoRecord({ identification: identification('', plain('title', 'Carte')) }).replace(/<gmd:language>.*?<\/gmd:language>/, ''), {
      settings: cswSettings('http://x/csw', { primaryLanguage: 'fr' }),
    });
    expect(titled.title).toEqual({ fr: 'Carte' });
  });

  it('turns HTML abstracts into text', async () => {
    const r = await mappedXml(isoRecord({ identification: identification(plain('abstract', '&lt;p&gt;First&lt;/p&gt;&lt;p&gt;Second &amp;amp; last&lt;/p&gt;')) }));
    expect(r.description['en']).toBe('First\n\nSecond & last');
  });
});

describe('keywords, topics and subjects', () => {
  it('gathers keywords per language, with gmx:Anchor keywords, places and thesaurus subjects', async () => {
    const keywords =
      `<gmd:descriptiveKeywords><gmd:MD_Keywords>${bilingual('keyword', 'Roads', 'Routes')}${bilingual('keyword', 'roads', 'Translation of roads')}` +
      `<gmd:keyword><gmx:Anchor xlink:href="http://inspire.ec.europa.eu/theme/tn">Transport networks</gmx:Anchor></gmd:keyword></gmd:MD_Keywords></gmd:descriptiveKeywords>` +
      `<gmd:descriptiveKeywords><gmd:MD_Keywords>${bilingual('keyword', 'Alberta', 'Alberta')}<gmd:type><gmd:MD_KeywordTypeCode codeList="x" codeListValue="RI_525">place; endroit</gmd:MD_KeywordTypeCode></gmd:type></gmd:MD_Keywords></gmd:descriptiveKeywords>` +
      `<gmd:descriptiveKeywords><gmd:MD_Keywords>${bilingual('keyword', 'Agriculture', 'Agriculture')}<gmd:thesaurusName><gmd:CI_Citation>${bilingual('title', 'Government of Canada Core Subject Thesaurus', 'Thésaurus des sujets de base du gouvernement du Canada')}</gmd:CI_Citation></gmd:thesaurusName></gmd:MD_Keywords></gmd:descriptiveKeywords>` +
      '<gmd:topicCategory><gmd:MD_TopicCategoryCode>inlandWaters</gmd:MD_TopicCategoryCode></gmd:topicCategory>' +
      '<gmd:topicCategory><gmd:MD_TopicCategoryCode>transportation</gmd:MD_TopicCategoryCode></gmd:topicCategory>';
    const r = await mappedXml(isoRecord({ identification: identification(keywords) }));
    expect(r.keywords).toEqual({ en: ['Roads', 'Transport networks', 'Alberta', 'Agriculture'], fr: ['Routes', 'Alberta', 'Agriculture'] });
    expect(r.spatial?.places).toEqual(['Alberta']);
    expect(r.subjects).toEqual(['nature_and_environment', 'transport', 'agriculture']);
  });
});

describe('where and when', () => {
  function box(w: number, e: number, s: number, n: number): string {
    return `<gmd:extent><gmd:EX_Extent><gmd:geographicElement><gmd:EX_GeographicBoundingBox><gmd:westBoundLongitude><gco:Decimal>${w}</gco:Decimal></gmd:westBoundLongitude><gmd:eastBoundLongitude><gco:Decimal>${e}</gco:Decimal></gmd:eastBoundLongitude><gmd:southBoundLatitude><gco:Decimal>${s}</gco:Decimal></gmd:southBoundLatitude><gmd:northBoundLatitude><gco:Decimal>${n}</gco:Decimal></gmd:northBoundLatitude></gmd:EX_GeographicBoundingBox></gmd:geographicElement></gmd:EX_Extent></gmd:extent>`;
  }

  it('makes the union of several boxes, and no box of projected coordinates', async () => {
    const r = await mappedXml(isoRecord({ identification: identification(box(-120, -110, 49, 55) + box(-115, -100, 45, 60)) }));
    expect(r.spatial?.bbox).toEqual([-120, 45, -100, 60]);
    const projected = await mappedXml(isoRecord({ identification: identification(box(300000, 700000, 5000000, 6000000)) }));
    expect(projected.spatial).toBeUndefined();
  });

  it('reads swapped longitudes as such, and a box across the antimeridian as one', async () => {
    const swapped = await mappedXml(isoRecord({ identification: identification(box(3.28, 1.31, 49.3, 50.4)) }));
    expect(swapped.spatial?.bbox).toEqual([1.31, 49.3, 3.28, 50.4]);
    const across = await mappedXml(isoRecord({ identification: identification(box(170, -170, 50, 60)) }));
    expect(across.spatial?.bbox).toEqual([170, 50, -170, 60]);
  });

  it('reads GML 3.2 periods, GML 3.1.1 begin/end instants and single instants', async () => {
    const period = '<gmd:extent><gmd:EX_Extent><gmd:temporalElement><gmd:EX_TemporalExtent><gmd:extent><gml:TimePeriod gml:id="t"><gml:beginPosition>2001-05</gml:beginPosition><gml:endPosition indeterminatePosition="now"/></gml:TimePeriod></gmd:extent></gmd:EX_TemporalExtent></gmd:temporalElement></gmd:EX_Extent></gmd:extent>';
    expect((await mappedXml(isoRecord({ identification: identification(period) }))).temporal).toEqual({ start: '2001-05' });
    const old = period.replace(/gml\/3\.2/, '').replace('<gml:beginPosition>2001-05</gml:beginPosition><gml:endPosition indeterminatePosition="now"/>', '<gml:begin><gml:TimeInstant><gml:timePosition>1990</gml:timePosition></gml:TimeInstant></gml:begin><gml:end><gml:TimeInstant><gml:timePosition>2000-12-31</gml:timePosition></gml:TimeInstant></gml:end>');
    const xml311 = isoRecord({ identification: identification(old) }).replace('xmlns:gml="http://www.opengis.net/gml/3.2"', 'xmlns:gml="http://www.opengis.net/gml"');
    expect((await mappedXml(xml311)).temporal).toEqual({ start: '1990', end: '2000-12-31' });
    const instant = '<gmd:extent><gmd:EX_Extent><gmd:temporalElement><gmd:EX_TemporalExtent><gmd:extent><gml:TimeInstant gml:id="i"><gml:timePosition>2019-07-01</gml:timePosition></gml:TimeInstant></gmd:extent></gmd:EX_TemporalExtent></gmd:temporalElement></gmd:EX_Extent></gmd:extent>';
    expect((await mappedXml(isoRecord({ identification: identification(instant) }))).temporal).toEqual({ start: '2019-07-01', end: '2019-07-01' });
  });

  it('dates the record from its citation and its dateStamp', async () => {
    const date = (d: string, type: string) => `<gmd:date><gmd:CI_Date><gmd:date><gco:Date>${d}</gco:Date></gmd:date><gmd:dateType><gmd:CI_DateTypeCode codeList="x" codeListValue="${type}">${type}</gmd:CI_DateTypeCode></gmd:dateType></gmd:CI_Date></gmd:date>`;
    const title = bilingual('title', 'Roads', 'Routes') + date('2010-01-02', 'RI_366') + date('2011-02-03', 'publication') + date('2019-04-05', 'revision') + date('2015-01-01', 'revision');
    const r = await mappedXml(isoRecord({ identification: identification('', title) }));
    expect(r.issued).toBe('2011-02-03');
    expect(r.modified).toBe('2019-04-05');
    expect(r.provenance.modifiedAtSource).toBe('2024-03-01T10:00:00.000Z');
    const created = await mappedXml(isoRecord({ identification: identification('', bilingual('title', 'Roads', 'Routes') + date('0001-01-01', 'publication') + date('2010-01-02', 'creation')) }));
    expect(created.issued).toBe('2010-01-02');
    expect(created.modified).toBe('2024-03-01T10:00:00.000Z');
  });
});

describe('publisher, jurisdiction and contact', () => {
  const alberta = bilingual('organisationName', 'Government of Alberta; Government of Alberta; Alberta Geological Survey', "Gouvernement de l'Alberta; Gouvernement de l'Alberta; Translation of Alberta Geological Survey");
  const nrcan = bilingual('organisationName', 'Government of Canada; Natural Resources Canada; Earth Sciences Sector', 'Gouvernement du Canada; Ressources naturelles Canada; Secteur des sciences de la Terre');

  it('keeps the department of an HNAP name as publisher, and its government as jurisdiction', async () => {
    const cited = `<gmd:citedResponsibleParty>${party(alberta, 'RI_414', 'Canada (French and English only) : AGS-Info@aer.ca')}</gmd:citedResponsibleParty>`;
    const r = await mappedXml(isoRecord({ identification: identification('', bilingual('title', 'Roads', 'Routes') + cited) }));
    expect(r.publisher).toEqual({ id: 'government-of-alberta', name: { en: 'Government of Alberta', fr: "Gouvernement de l'Alberta" } });
    expect(r.jurisdiction).toEqual({ level: 'provincial', code: 'CA-AB' });
    expect(r.contactPoint).toEqual({ name: { en: 'Alberta Geological Survey' }, email: 'AGS-Info@aer.ca' });

    const federal = await mappedXml(isoRecord({ identification: identification(`<gmd:pointOfContact>${party(nrcan, 'pointOfContact', 'geoinfo@nrcan.gc.ca')}</gmd:pointOfContact>`) }), {
      settings: cswSettings('http://x/csw', { jurisdiction: { level: 'provincial', code: 'CA-QC' } }),
    });
    expect(federal.publisher?.name).toEqual({ en: 'Natural Resources Canada', fr: 'Ressources naturelles Canada' });
    expect(federal.jurisdiction).toEqual({ level: 'federal', code: 'CA' });
  });

  it('prefers the publisher role, lets organizationJurisdictions decide, and falls back to the source', async () => {
    const parties =
      `<gmd:pointOfContact>${party(plain('organisationName', 'Ville de Laval'), 'pointOfContact', 'info@laval.ca')}</gmd:pointOfContact>` +
      `<gmd:pointOfContact>${party(plain('organisationName', 'Service des données'), 'publisher')}</gmd:pointOfContact>`;
    const r = await mappedXml(isoRecord({ identification: identification(parties) }), {
      settings: cswSettings('http://x/csw', { organizationJurisdictions: { 'service-des-donnees': { level: 'municipal', code: 'CA-QC', municipality: 'Laval' } } }),
    });
    expect(r.publisher).toEqual({ id: 'service-des-donnees', name: { en: 'Service des données' } });
    expect(r.jurisdiction).toEqual({ level: 'municipal', code: 'CA-QC', municipality: 'Laval' });
    expect(r.contactPoint?.email).toBe('info@laval.ca');
    const none = await mappedXml(isoRecord(), { settings: cswSettings('http://x/csw', { publisher: { id: 'portal', name: { en: 'Portal', fr: 'Portail' } } }) });
    expect(none.publisher?.id).toBe('portal');
    expect(none.jurisdiction).toEqual({ level: 'federal', code: 'CA' });
  });
});

describe('distributions', () => {
  it('reads formats from HNAP descriptions, protocols and URLs, with languages and resource types', async () => {
    const links = [
      onLine('https://geo.example.ca/arcgis/rest/services/roads/MapServer', 'ESRI REST: Map Service', bilingual('name', 'Roads (ESRI REST)', 'Routes (ESRI REST)'), bilingual('description', 'Web Service;ESRI REST;eng', 'Service Web;ESRI REST;eng')),
      onLine('https://geo.example.ca/wms?request=GetCapabilities', 'OGC:WMS', bilingual('name', 'Roads (WMS)', 'Routes (WMS)'), undefined, 'urn:xml:lang:fra-CAN'),
      onLine('https://geo.example.ca/data/roads.csv', 'WWW:DOWNLOAD-1.0-http--download', bilingual('name', 'Roads table', 'Table des routes'), bilingual('description', 'Dataset;CSV;eng,fra', 'Données;CSV;eng,fra')),
      onLine('https://geo.example.ca/data/roads.kml', 'HTTPS', bilingual('name', 'Roads (KML)', 'Translation of Roads (KML)')),
      onLine('https://geo.example.ca/data/roads_shp.zip', 'HTTPS', '', bilingual('description', 'Dataset;other;fra', 'Données;other;fra')),
      onLine('not a url', 'HTTPS', ''),
      onLine('https://geo.example.ca/data/roads.csv', 'WWW:DOWNLOAD-1.0-http--download', ''),
    ];
    const r = await mappedXml(isoRecord({ distribution: distribution(...links) }));
    expect(r.distributions.map((d) => [d.format, d.resourceType, d.languages])).toEqual([
      ['ESRI REST', 'web_service', ['en']],
      ['WMS', 'web_service', ['fr']],
      ['CSV', 'dataset', ['en', 'fr']],
      ['KML', undefined, []],
      ['ZIP', 'dataset', ['fr']],
    ]);
    expect(r.distributions[2]?.title).toEqual({ en: 'Roads table', fr: 'Table des routes' });
    expect(r.distributions[2]?.description).toBeUndefined();
    expect(r.distributions[3]?.title).toEqual({ en: 'Roads (KML)' });
    expect(r.distributions[4]?.title).toEqual({ und: 'roads_shp.zip' });
    expect(new Set(r.distributions.map((d) => d.id)).size).toBe(5);
    // Without a declared language, the data's languages are those of its distributions.
    expect(r.languages).toEqual(['en', 'fr']);
  });

  it('names a download whose link says no format by the record\'s distribution format, when it declares only one', async () => {
    const formats = (...names: string[]) => names.map((n) => `<gmd:distributionFormat><gmd:MD_Format>${plain('name', n)}</gmd:MD_Format></gmd:distributionFormat>`).join('');
    const info = (declared: string, ...links: string[]) =>
      `<gmd:distributionInfo><gmd:MD_Distribution>${declared}<gmd:transferOptions><gmd:MD_DigitalTransferOptions>${links.join('')}</gmd:MD_DigitalTransferOptions></gmd:transferOptions></gmd:MD_Distribution></gmd:distributionInfo>`;
    const links = [
      onLine('https://geo.example.eu/telechargement/ressource/2b8a', 'WWW:DOWNLOAD-1.0-http--download', ''),
      onLine('https://geo.example.eu/data/roads.zip', 'WWW:DOWNLOAD-1.0-http--download', ''),
      onLine('https://geo.example.eu/about', 'WWW:LINK-1.0-http--link', ''),
      // Catalogues mark their own metadata pages and service requests as downloads too.
      onLine('https://geo.example.eu/catalog.search#/metadata/2b8a', 'WWW:DOWNLOAD-1.0-http--download', ''),
      onLine('https://geo.example.eu/csw?SERVICE=CSW&amp;REQUEST=GetRecordById&amp;ID=2b8a', 'WWW:DOWNLOAD-1.0-http--download', ''),
    ];
    const formatsOf = async (declared: string) => (await mappedXml(isoRecord({ distribution: info(declared, ...links) }))).distributions.map((d) => d.format);
    // Its own format first (the archive), the record's for the link without one, none for a web page.
    expect(await formatsOf(formats('GeoPackage'))).toEqual(['GPKG', 'ZIP', undefined, undefined, undefined]);
    expect(await formatsOf(formats('ESRI Shapefile', 'Shapefile'))).toEqual(['SHP', 'ZIP', undefined, undefined, undefined]);
    // Several formats, or one nobody can name, say nothing of this link.
    expect(await formatsOf(formats('ESRI Shapefile', 'GML'))).toEqual([undefined, 'ZIP', undefined, undefined, undefined]);
    expect(await formatsOf(formats('Other'))).toEqual([undefined, 'ZIP', undefined, undefined, undefined]);
  });

  it('leaves a contact\'s web site out, and takes a service\'s connect points', async () => {
    const contactSite = `<gmd:distributionInfo><gmd:MD_Distribution><gmd:distributor><gmd:MD_Distributor><gmd:distributorContact><gmd:CI_ResponsibleParty><gmd:contactInfo><gmd:CI_Contact><gmd:onlineResource><gmd:CI_OnlineResource><gmd:linkage><gmd:URL>https://portal.example.ca/</gmd:URL></gmd:linkage></gmd:CI_OnlineResource></gmd:onlineResource></gmd:CI_Contact></gmd:contactInfo></gmd:CI_ResponsibleParty></gmd:distributorContact></gmd:MD_Distributor></gmd:distributor></gmd:MD_Distribution></gmd:distributionInfo>`;
    const service =
      `<srv:SV_ServiceIdentification><gmd:citation><gmd:CI_Citation>${plain('title', 'Imagery service')}</gmd:CI_Citation></gmd:citation>${plain('abstract', 'Tiles.')}` +
      '<srv:serviceType><gco:LocalName>WMS</gco:LocalName></srv:serviceType>' +
      '<srv:containsOperations><srv:SV_OperationMetadata><srv:connectPoint><gmd:CI_OnlineResource><gmd:linkage><gmd:URL> https://maps.example.org/wms?service=WMS </gmd:URL></gmd:linkage></gmd:CI_OnlineResource></srv:connectPoint></srv:SV_OperationMetadata></srv:containsOperations>' +
      '</srv:SV_ServiceIdentification>';
    const r = await mappedXml(isoRecord({ identification: service, distribution: contactSite, locales: '' }));
    expect(r.title).toEqual({ en: 'Imagery service' });
    expect(r.distributions.map((d) => [d.url, d.format])).toEqual([['https://maps.example.org/wms?service=WMS', 'WMS']]);
  });
});

describe('licence, frequency, access', () => {
  function legal(inner: string): string {
    return `<gmd:resourceConstraints><gmd:MD_LegalConstraints>${inner}</gmd:MD_LegalConstraints></gmd:resourceConstraints>`;
  }

  it('recognizes licences by a URL inside a text, an Anchor link, or a name', async () => {
    const inText = await mappedXml(isoRecord({ identification: identification(legal(bilingual('useLimitation', 'Open Government Licence - Canada (http://open.canada.ca/en/open-government-licence-canada)', 'Licence du gouvernement ouvert - Canada (http://ouvert.canada.ca/fr/licence-du-gouvernement-ouvert-canada)'))) }));
    expect(inText.licence?.id).toBe('OGL-Canada-2.0');
    const anchor = await mappedXml(isoRecord({ identification: identification(legal('<gmd:otherConstraints><gmx:Anchor xlink:href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</gmx:Anchor></gmd:otherConstraints>')) }));
    expect(anchor.licence?.id).toBe('CC-BY-4.0');
    const named = await mappedXml(isoRecord({ identification: identification(legal(plain('useLimitation', 'Open Government Licence - Alberta'))) }));
    expect(named.licence?.id).toBe('OGL-Alberta-2.1');
    const unknown = await mappedXml(isoRecord({ identification: identification(legal(plain('otherConstraints', 'Licence municipale de la Ville de Nulle-Part'))) }));
    expect(unknown.licence).toEqual({ original: 'Licence municipale de la Ville de Nulle-Part' });
    const none = await mappedXml(isoRecord({ identification: identification(legal(plain('useLimitation', 'Not for navigation.'))) }));
    expect(none.licence).toBeUndefined();
  });

  it('maps maintenance frequency codes (ISO names and HNAP RI_ codes) and restricted access', async () => {
    const maintenance = (code: string) => `<gmd:resourceMaintenance><gmd:MD_MaintenanceInformation><gmd:maintenanceAndUpdateFrequency><gmd:MD_MaintenanceFrequencyCode codeList="x" codeListValue="${code}">${code}</gmd:MD_MaintenanceFrequencyCode></gmd:maintenanceAndUpdateFrequency></gmd:MD_MaintenanceInformation></gmd:resourceMaintenance>`;
    expect((await mappedXml(isoRecord({ identification: identification(maintenance('RI_537')) }))).frequency).toBe('P3M');
    expect((await mappedXml(isoRecord({ identification: identification(maintenance('asNeeded')) }))).frequency).toBe('as_needed');
    const restricted = await mappedXml(isoRecord({ identification: identification(legal('<gmd:accessConstraints><gmd:MD_RestrictionCode codeList="x" codeListValue="restricted">restricted</gmd:MD_RestrictionCode></gmd:accessConstraints>')) }));
    expect(restricted.accessRights).toBe('restricted');
  });
});

describe('records that cannot be mapped, filters, landing pages', () => {
  it('reports a record without identifier or identification, and skips what filters leave out', async () => {
    const noId = isoRecord().replace(/<gmd:fileIdentifier>.*?<\/gmd:fileIdentifier>/, '');
    expect(await mapXml(noId)).toEqual({ kind: 'problem', reason: 'the record has no gmd:fileIdentifier: it cannot be identified' });
    const noIdentification = isoRecord().replace(/<gmd:identificationInfo>.*<\/gmd:identificationInfo>/, '');
    expect((await mapXml(noIdentification)).kind).toBe('problem');
    const settings = cswSettings('http://x/csw', { filters: { hierarchyLevel: ['dataset', 'series'] } });
    expect((await mapXml(isoRecord({ hierarchy: 'service' }), { settings })).kind).toBe('skip');
    expect((await mapXml(isoRecord({ hierarchy: 'dataset' }), { settings })).kind).toBe('record');
  });

  it('makes the landing page from the recordUrl template, and none without one', async () => {
    const r = await mappedXml(isoRecord({ id: 'a b/c' }), { recordUrl: 'https://open.canada.ca/data/en/dataset/{id}' });
    expect(r.provenance.landingPage).toBe('https://open.canada.ca/data/en/dataset/a%20b%2Fc');
    expect((await mappedXml(isoRecord())).provenance.landingPage).toBeUndefined();
  });

  it('keeps the record tree as the raw record', async () => {
    const r = await mappedXml(isoRecord());
    expect(r.provenance.raw).toMatchObject({ name: 'gmd:MD_Metadata' });
    expect(JSON.parse(JSON.stringify(r.provenance.raw))).toEqual(r.provenance.raw);
  });

  it('reads an undeclared-locale translation under the untagged language', async () => {
    const r = await mappedXml(isoRecord({ locales: frenchLocale('FR'), identification: identification('', bilingual('title', 'Roads', 'Qqq', '#zz-unknown')) }));
    expect(r.title).toEqual({ en: 'Roads', und: 'Qqq' });
  });
});
