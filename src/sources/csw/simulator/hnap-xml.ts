// A drafted record written as an HNAP ISO 19139 `gmd:MD_Metadata`, the way the Federal
// Geospatial Platform serves them: every text in the record's language with its translation in
// `gmd:PT_FreeText`, HNAP code values (`RI_414`, `pointOfContact; contact`), organisation names
// as `;`-separated hierarchies, online resources described `Dataset;CSV;eng,fra`.
import type { Label } from '../../../core/langstring.js';
import { isoDate } from '../../simulator/timestamps.js';
import type { DraftResource } from '../../simulator/draft.js';
import { MACHINE_TRANSLATION_NOTICE } from '../../simulator/vocabulary/sentences.js';
import { NS } from '../xml/namespaces.js';
import type { DraftRecord } from './draft-record.js';
import { FREQUENCY_CODES } from './geography.js';

const ENGLISH_NOTICE = '** This third-party metadata element was translated using an automated translation tool (Amazon Translate).**';
const REGISTER = 'http://nap.geogratis.gc.ca/metadata/register/napMetadataRegister.xml';
const FEDERAL_LICENCE = 'Open Government Licence - Canada (https://open.canada.ca/en/open-government-licence-canada)';
const FEDERAL_LICENCE_FR = 'Licence du gouvernement ouvert - Canada (https://ouvert.canada.ca/fr/licence-du-gouvernement-ouvert-canada)';

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Writes one record; `g` is the prefix of ISO elements (`gmd:` or none, in a default namespace). */
class Writer {
  readonly g: string;
  private readonly other: 'en' | 'fr';

  constructor(private readonly draft: DraftRecord) {
    this.g = draft.defaultNamespace ? '' : 'gmd:';
    this.other = draft.main === 'en' ? 'fr' : 'en';
  }

  /** The text in the other language, as this record's translation writes it. */
  private translated(label: Label, notice: boolean): string {
    const { translation } = this.draft;
    const text = label[this.other];
    if (translation === 'placeholder' && this.other === 'fr') return `Translation of ${label.en}`;
    if (translation === 'human' || !notice) return text;
    return `${text}\n\n${this.other === 'fr' ? MACHINE_TRANSLATION_NOTICE : ENGLISH_NOTICE}`;
  }

  text(name: string, label: Label, notice = false): string {
    const g = this.g;
    const locale = this.other === 'fr' ? '#fra' : '#eng';
    return (
      `<${g}${name} xsi:type="gmd:PT_FreeText_PropertyType"><gco:CharacterString>${esc(label[this.draft.main])}</gco:CharacterString>` +
      `<${g}PT_FreeText><${g}textGroup><${g}LocalisedCharacterString locale="${locale}">${esc(this.translated(label, notice))}</${g}LocalisedCharacterString></${g}textGroup></${g}PT_FreeText></${g}${name}>`
    );
  }

  plain(name: string, text: string): string {
    return `<${this.g}${name}><gco:CharacterString>${esc(text)}</gco:CharacterString></${this.g}${name}>`;
  }

  code(name: string, type: string, register: string, value: string, text: string): string {
    const g = this.g;
    return `<${g}${name}><${g}${type} codeList="${REGISTER}#${register}" codeListValue="${value}">${esc(text)}</${g}${type}></${g}${name}>`;
  }

  party(role: [string, string], email: string): string {
    const g = this.g;
    const { organisation } = this.draft;
    return (
      `<${g}CI_ResponsibleParty>${this.text('organisationName', organisation)}` +
      `<${g}contactInfo><${g}CI_Contact><${g}address><${g}CI_Address>${this.plain('city', 'Ottawa')}${this.text('country', { en: 'Canada', fr: 'Canada' })}` +
      `${this.text('electronicMailAddress', { en: email, fr: email })}</${g}CI_Address></${g}address></${g}CI_Contact></${g}contactInfo>` +
      `${this.code('role', 'CI_RoleCode', 'IC_90', role[0], role[1])}</${g}CI_ResponsibleParty>`
    );
  }

  date(iso: string, code: string, text: string): string {
    const g = this.g;
    return `<${g}date><${g}CI_Date><${g}date><gco:Date>${iso}</gco:Date></${g}date>${this.code('dateType', 'CI_DateTypeCode', 'IC_87', code, text)}</${g}CI_Date></${g}date>`;
  }
}

function resourceLink(w: Writer, draft: DraftRecord, resource: DraftResource, siteUrl: string): string {
  const g = w.g;
  const topicId = draft.header.topic.id;
  const format = resource.spelling.format.replace(/^\./, '').toUpperCase() || 'other';
  let url: string;
  let protocol: string;
  let type: Label;
  switch (resource.kind) {
    case 'api': {
      const wms = format === 'WMS';
      url = wms ? `${siteUrl}/geoserver/wms?service=WMS&request=GetCapabilities&layers=${topicId}` : `${siteUrl}/arcgis/rest/services/${topicId}/MapServer`;
      protocol = wms ? 'OGC:WMS' : 'ESRI REST: Map Service';
      type = { en: 'Web Service', fr: 'Service Web' };
      break;
    }
    case 'page':
      url = `${siteUrl}/${draft.main}/${topicId}`;
      protocol = 'WWW:LINK-1.0-http--link';
      type = { en: 'Dataset', fr: 'Données' };
      break;
    case 'document':
      url = `${siteUrl}/data/${draft.stamp.id}/${resource.fileName}`;
      protocol = 'WWW:DOWNLOAD-1.0-http--download';
      type = { en: 'Supporting Document', fr: 'Document de soutien' };
      break;
    default:
      url = `${siteUrl}/data/${draft.stamp.id}/${resource.fileName}`;
      protocol = 'WWW:DOWNLOAD-1.0-http--download';
      type = { en: 'Dataset', fr: 'Données' };
  }
  const languages = resource.kind === 'api' ? (draft.main === 'en' ? 'eng' : 'fra') : 'eng,fra';
  const describedFormat = resource.kind === 'page' ? 'HTML' : format;
  return (
    `<${g}onLine><${g}CI_OnlineResource><${g}linkage><${g}URL>${esc(url)}</${g}URL></${g}linkage>${w.plain('protocol', protocol)}` +
    `${w.text('name', resource.title)}${w.text('description', { en: `${type.en};${describedFormat};${languages}`, fr: `${type.fr};${describedFormat};${languages}` })}` +
    `</${g}CI_OnlineResource></${g}onLine>`
  );
}

/** The whole `gmd:MD_Metadata` of a drafted record. */
export function hnapXml(draft: DraftRecord, siteUrl: string): string {
  const w = new Writer(draft);
  const g = w.g;
  const { stamp, header, body, government } = draft;
  const email = government ? government.organization.email : header.org.email;
  const main = draft.main === 'en' ? 'eng; CAN' : 'fra; CAN';
  const otherLocale = draft.main === 'en' ? ['fra', 'French; Français'] : ['eng', 'English; Anglais'];
  const abstract: Label = { en: body.paragraphs.map((p) => p.en).join('\n\n'), fr: body.paragraphs.map((p) => p.fr).join('\n\n') };
  const licence = government ? `${government.licenceTitle} (${government.licenceUrl})` : FEDERAL_LICENCE;
  const licenceFr = government ? `${government.licenceTitle} (${government.licenceUrl})` : FEDERAL_LICENCE_FR;
  const [frequencyCode, frequencyText] = FREQUENCY_CODES[body.frequency.code] ?? ['RI_543', 'unknown; inconnu'];
  const [west, south, east, north] = draft.box;
  const namespaces = `${draft.defaultNamespace ? `xmlns="${NS.gmd}"` : `xmlns:gmd="${NS.gmd}"`} xmlns:gco="${NS.gco}" xmlns:gml="${NS.gml}" xmlns:xlink="${NS.xlink}" xmlns:xsi="${NS.xsi}"`;
  const keywords = body.keywords.map((k) => w.text('keyword', k)).join('');
  const cst = w.text('keyword', { en: 'Government information', fr: 'Information gouvernementale' });
  const parts = [
    `<${g}MD_Metadata ${namespaces}>`,
    w.plain('fileIdentifier', stamp.id),
    w.plain('language', main),
    w.code('characterSet', 'MD_CharacterSetCode', 'IC_95', 'RI_458', 'utf8; utf8'),
    w.code('hierarchyLevel', 'MD_ScopeCode', 'IC_108', 'RI_622', 'dataset; jeuDonnées'),
    `<${g}contact>${w.party(['RI_414', 'pointOfContact; contact'], email)}</${g}contact>`,
    `<${g}dateStamp><gco:DateTime>${new Date(stamp.modifiedMs).toISOString().slice(0, 19)}</gco:DateTime></${g}dateStamp>`,
    w.text('metadataStandardName', { en: 'North American Profile of ISO 19115:2003 - Geographic information - Metadata', fr: 'Profil nord-américain de la norme ISO 19115:2003 - Information géographique - Métadonnées' }),
    `<${g}locale><${g}PT_Locale id="${otherLocale[0]}"><${g}languageCode><${g}LanguageCode codeList="${REGISTER}#IC_116" codeListValue="${otherLocale[0]}">${otherLocale[1]}</${g}LanguageCode></${g}languageCode></${g}PT_Locale></${g}locale>`,
    `<${g}identificationInfo><${g}MD_DataIdentification><${g}citation><${g}CI_Citation>`,
    w.text('title', header.title),
    w.date(isoDate(stamp.createdMs), 'RI_366', 'creation; création'),
    w.date(isoDate(stamp.createdMs + 86_400_000 * 3), 'RI_367', 'publication; publication'),
    `<${g}citedResponsibleParty>${w.party(['RI_414', 'pointOfContact; contact'], email)}</${g}citedResponsibleParty>`,
    `</${g}CI_Citation></${g}citation>`,
    w.text('abstract', abstract, true),
    w.code('status', 'MD_ProgressCode', 'IC_106', 'RI_593', 'completed; complété'),
    `<${g}resourceMaintenance><${g}MD_MaintenanceInformation>${w.code('maintenanceAndUpdateFrequency', 'MD_MaintenanceFrequencyCode', 'IC_102', frequencyCode, frequencyText)}</${g}MD_MaintenanceInformation></${g}resourceMaintenance>`,
    `<${g}descriptiveKeywords><${g}MD_Keywords>${keywords}${w.code('type', 'MD_KeywordTypeCode', 'IC_101', 'RI_528', 'theme; thème')}</${g}MD_Keywords></${g}descriptiveKeywords>`,
    `<${g}descriptiveKeywords><${g}MD_Keywords>${cst}<${g}thesaurusName><${g}CI_Citation>${w.text('title', { en: 'Government of Canada Core Subject Thesaurus', fr: 'Thésaurus des sujets de base du gouvernement du Canada' })}</${g}CI_Citation></${g}thesaurusName></${g}MD_Keywords></${g}descriptiveKeywords>`,
    `<${g}resourceConstraints><${g}MD_LegalConstraints>${w.text('useLimitation', { en: licence, fr: licenceFr })}${w.code('accessConstraints', 'MD_RestrictionCode', 'IC_107', 'RI_606', 'license; licence')}</${g}MD_LegalConstraints></${g}resourceConstraints>`,
    w.plain('language', 'eng; CAN'),
    w.plain('language', 'fra; CAN'),
    ...draft.topics.map((t) => `<${g}topicCategory><${g}MD_TopicCategoryCode>${t}</${g}MD_TopicCategoryCode></${g}topicCategory>`),
    `<${g}extent><${g}EX_Extent><${g}geographicElement><${g}EX_GeographicBoundingBox>`,
    `<${g}westBoundLongitude><gco:Decimal>${west}</gco:Decimal></${g}westBoundLongitude><${g}eastBoundLongitude><gco:Decimal>${east}</gco:Decimal></${g}eastBoundLongitude>`,
    `<${g}southBoundLatitude><gco:Decimal>${south}</gco:Decimal></${g}southBoundLatitude><${g}northBoundLatitude><gco:Decimal>${north}</gco:Decimal></${g}northBoundLatitude>`,
    `</${g}EX_GeographicBoundingBox></${g}geographicElement></${g}EX_Extent></${g}extent>`,
    `<${g}extent><${g}EX_Extent><${g}temporalElement><${g}EX_TemporalExtent><${g}extent><gml:TimePeriod gml:id="tp-${stamp.index}"><gml:beginPosition>${header.y0}-01-01</gml:beginPosition><gml:endPosition>${header.y1}-12-31</gml:endPosition></gml:TimePeriod></${g}extent></${g}EX_TemporalExtent></${g}temporalElement></${g}EX_Extent></${g}extent>`,
    `</${g}MD_DataIdentification></${g}identificationInfo>`,
    `<${g}distributionInfo><${g}MD_Distribution>`,
    `<${g}distributor><${g}MD_Distributor><${g}distributorContact>${w.party(['RI_412', 'distributor; distributeur'], email)}</${g}distributorContact></${g}MD_Distributor></${g}distributor>`,
    `<${g}transferOptions><${g}MD_DigitalTransferOptions>${body.resources.map((r) => resourceLink(w, draft, r, siteUrl)).join('')}</${g}MD_DigitalTransferOptions></${g}transferOptions>`,
    `</${g}MD_Distribution></${g}distributionInfo>`,
    `</${g}MD_Metadata>`,
  ];
  return parts.join('\n');
}
