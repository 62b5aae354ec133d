// Small hand-written ISO 19139 documents for unit tests (real recorded ones are in
// ../shared/fixtures and read in place by the conformance tests).

export const NAMESPACES =
  'xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmx="http://www.isotc211.org/2005/gmx" ' +
  'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:srv="http://www.isotc211.org/2005/srv"';

/** `<gmd:NAME>` with an English main text and a French translation. */
export function bilingual(name: string, en: string, fr: string, locale = '#fra'): string {
  return `<gmd:${name}><gco:CharacterString>${en}</gco:CharacterString><gmd:PT_FreeText><gmd:textGroup><gmd:LocalisedCharacterString locale="${locale}">${fr}</gmd:LocalisedCharacterString></gmd:textGroup></gmd:PT_FreeText></gmd:${name}>`;
}

export function plain(name: string, text: string): string {
  return `<gmd:${name}><gco:CharacterString>${text}</gco:CharacterString></gmd:${name}>`;
}

export function frenchLocale(id = 'fra'): string {
  return `<gmd:locale><gmd:PT_Locale id="${id}"><gmd:languageCode><gmd:LanguageCode codeList="x" codeListValue="fra">French; Français</gmd:LanguageCode></gmd:languageCode></gmd:PT_Locale></gmd:locale>`;
}

export interface RecordParts {
  id?: string;
  language?: string;
  locales?: string;
  dateStamp?: string;
  hierarchy?: string;
  contact?: string;
  identification?: string;
  distribution?: string;
}

/** A `gmd:MD_Metadata` with the given parts (an MD_DataIdentification by default). */
export function isoRecord(parts: RecordParts = {}): string {
  const id = parts.id ?? 'rec-1';
  const identification =
    parts.identification ??
    `<gmd:MD_DataIdentification><gmd:citation><gmd:CI_Citation>${bilingual('title', `Title ${id}`, `Titre ${id}`)}</gmd:CI_Citation></gmd:citation>${bilingual('abstract', 'About it.', 'À son sujet.')}</gmd:MD_DataIdentification>`;
  return (
    `<gmd:MD_Metadata ${NAMESPACES}>` +
    `<gmd:fileIdentifier><gco:CharacterString>${id}</gco:CharacterString></gmd:fileIdentifier>` +
    `<gmd:language><gco:CharacterString>${parts.language ?? 'eng; CAN'}</gco:CharacterString></gmd:language>` +
    (parts.hierarchy !== undefined ? `<gmd:hierarchyLevel><gmd:MD_ScopeCode codeList="x" codeListValue="${parts.hierarchy}">${parts.hierarchy}</gmd:MD_ScopeCode></gmd:hierarchyLevel>` : '') +
    (parts.contact ?? '') +
    `<gmd:dateStamp><gco:DateTime>${parts.dateStamp ?? '2024-03-01T10:00:00'}</gco:DateTime></gmd:dateStamp>` +
    (parts.locales ?? frenchLocale()) +
    `<gmd:identificationInfo>${identification}</gmd:identificationInfo>` +
    (parts.distribution ?? '') +
    '</gmd:MD_Metadata>'
  );
}

export interface PageParts {
  matched?: number;
  returned?: number;
  next?: number;
  records: string[];
}

export function getRecordsResponse(page: PageParts): string {
  const attrs = [
    page.matched !== undefined ? `numberOfRecordsMatched="${page.matched}"` : '',
    `numberOfRecordsReturned="${page.returned ?? page.records.length}"`,
    page.next !== undefined ? `nextRecord="${page.next}"` : '',
  ].join(' ');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"><csw:SearchStatus timestamp="2024-01-01T00:00:00"/><csw:SearchResults ${attrs} elementSet="full">${page.records.join('\n')}</csw:SearchResults></csw:GetRecordsResponse>`;
}

export function exceptionReport(code: string, locator: string, text: string): string {
  return `<?xml version="1.0"?><ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows" version="1.2.0"><ows:Exception exceptionCode="${code}" locator="${locator}"><ows:ExceptionText>${text}</ows:ExceptionText></ows:Exception></ows:ExceptionReport>`;
}
