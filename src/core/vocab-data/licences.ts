// Licences: the 17 of open.canada.ca (ckanext-canada `licenses.json`), other Canadian government
// licences, Creative Commons, Open Data Commons, the UK, French and German open licences, and CKAN's
// default licence ids. Ids are SPDX ids where SPDX has one.
//
// `open` says whether the licence conforms to the Open Definition (free use, modification and
// redistribution by anyone, for any purpose, at most with attribution or share-alike). The
// `od_conformance` flags in `licenses.json` are all false, even for the Open Government Licence –
// Canada, which opendefinition.org lists as conformant, so they are not used.
import type { Licence } from '../licences.js';

export interface LicenceEntry extends Licence {
  /** Vague entries (not specified, "other") give way to a precise match from another field. */
  vague?: boolean;
}

interface Options {
  url?: string;
  urlFr?: string;
  open: boolean;
  aliases?: string[];
  vague?: boolean;
}

function l(id: string, en: string, fr: string, o: Options): LicenceEntry {
  const entry: LicenceEntry = { id, label: { en, fr }, open: o.open, aliases: o.aliases ?? [] };
  if (o.url !== undefined) entry.url = o.url;
  if (o.urlFr !== undefined) entry.urlFr = o.urlFr;
  if (o.vague) entry.vague = true;
  return entry;
}

const CANADA: readonly LicenceEntry[] = [
  l('OGL-Canada-2.0', 'Open Government Licence – Canada', 'Licence du gouvernement ouvert – Canada', {
    url: 'https://open.canada.ca/en/open-government-licence-canada',
    urlFr: 'https://open.canada.ca/fr/licence-du-gouvernement-ouvert-canada',
    open: true,
    aliases: [
      'ca-ogl-lgo', 'OGL-Canada', 'OGL Canada 2.0', 'OGL-Canada-2.0', 'LGO-Canada', 'ca-ogl', 'ogl-lgo',
      'Open Government Licence - Canada 2.0', 'Open Government Licence Canada', 'Licence du gouvernement ouvert Canada',
      'Licence du gouvernement ouvert - Canada 2.0', 'Government of Canada Open Government Licence',
      'Licence du gouvernement ouvert du Canada', 'Open Government Licence – Canada (OGL-Canada 2.0)',
      'https://open.canada.ca/en/open-government-licence-canada', 'https://open.canada.ca/fr/licence-du-gouvernement-ouvert-canada',
      'http://data.gc.ca/eng/open-government-licence-canada', 'http://data.gc.ca/fra/licence-du-gouvernement-ouvert-canada',
      'https://www.canada.ca/en/treasury-board-secretariat/services/information-technology/open-government/open-government-licence-canada.html',
    ],
  }),
  l('ODLA-Lobbying', 'Open Data Licence Agreement – Office of the Commissioner of Lobbying', 'Accord de licence de données libres – Commissariat au lobbying', {
    url: 'https://lobbycanada.gc.ca/en/open-data/open-data-licence-agreement/',
    urlFr: 'https://lobbycanada.gc.ca/fr/données-libres/accord-de-licence-de-données-libres/',
    open: true,
    aliases: ['ca-odla-aldg', 'Open Data Licence Agreement - Office of the Commissioner of Lobbying', 'Accord de licence de données libres - Commissariat au lobbying'],
  }),
  l('OGL-CIHI', 'Open Government Licence – Canadian Institute for Health Information', 'Licence du gouvernement ouvert – Institut canadien d’information sur la santé', {
    url: 'https://www.cihi.ca/cihi-ext-portal/docx/internet/OPEN_GOV_LICENCE_CIHI_EN',
    urlFr: 'https://www.cihi.ca/cihi-ext-portal/docx/internet/OPEN_GOV_LICENCE_CIHI_FR',
    open: true,
    aliases: ['ca-cihi-icis', 'Open Government Licence - CIHI', 'Licence du gouvernement ouvert - ICIS'],
  }),
  // Permits reproducing federal laws, not adapting them: not open in the Open Definition's sense.
  l('RFLO-Canada', 'Reproduction of Federal Laws Order', 'Décret sur la reproduction de la législation fédérale et des décisions des tribunaux de constitution fédérale', {
    url: 'https://laws-lois.justice.gc.ca/eng/regulations/SI-97-5/FullText.html',
    urlFr: 'https://laws-lois.justice.gc.ca/fra/reglements/TR-97-5/TexteComplet.html',
    open: false,
    aliases: ['ca-rflo-drlf', 'Décret sur la reproduction de la législation fédérale', 'SI/97-5', 'TR/97-5'],
  }),
  l('OGL-Alberta-2.1', 'Open Government Licence – Alberta', 'Licence du gouvernement ouvert – Alberta', {
    url: 'https://open.alberta.ca/licence',
    open: true,
    aliases: ['ab-ogla', 'OGLA', 'OGL-Alberta', 'OGL-AB', 'Open Government Licence - Alberta 2.1', 'Open Government Licence Alberta', 'Open Government Licence - Alberta (OGLA)', 'Alberta Open Government Licence'],
  }),
  // Permits non-commercial reproduction of Alberta's official publications only.
  l('QPTU-Alberta', 'Alberta Queen’s Printer Terms of Use', 'Conditions d’utilisation de l’Imprimeur de la Reine de l’Alberta', {
    url: 'https://www.qp.alberta.ca/copyright.cfm',
    open: false,
    aliases: ['ab-qptu', 'QPTU', 'Alberta Queens Printer Terms of Use', 'Queen\'s Printer Terms of Use', 'Alberta King\'s Printer Terms of Use', 'King\'s Printer Terms of Use', 'KPTU', 'https://kings-printer.alberta.ca/copyright.cfm'],
  }),
  l('OGL-BC-2.0', 'Open Government Licence – British Columbia', 'Licence du gouvernement ouvert – Colombie-Britannique', {
    url: 'https://www2.gov.bc.ca/gov/content/data/open-data/open-government-licence-bc',
    open: true,
    aliases: [
      'bc-oglbc', 'OGL-BC', 'OGL-BC 2.0', 'OGL-vbc2.0', 'Open Government Licence - British Columbia 2.0', 'Open Government Licence - BC', 'Open Government License - British Columbia', 'Open Government Licence – British Columbia (OGL-BC)',
      'http://www2.gov.bc.ca/gov/content/governments/about-the-bc-government/databc/open-data/open-government-license-bc',
      'https://www2.gov.bc.ca/gov/content/governments/about-the-bc-government/databc/open-data/open-government-licence-bc',
      'http://www.data.gov.bc.ca/local/dbc/docs/license/OGL-vbc2.0.pdf',
    ],
  }),
  l('OGL-NL', 'Open Government Licence – Newfoundland and Labrador', 'Licence du gouvernement ouvert – Terre-Neuve-et-Labrador', {
    url: 'https://opendata.gov.nl.ca/public/opendata/page/?page-id=licence',
    open: true,
    aliases: ['nl-oglnl', 'OGL-NL', 'Open Government Licence - Newfoundland & Labrador'],
  }),
  l('OGL-NS', 'Open Government Licence – Nova Scotia', 'Licence du gouvernement ouvert – Nouvelle-Écosse', {
    url: 'https://novascotia.ca/opendata/licence.asp',
    open: true,
    aliases: ['ns-oglns', 'OGL-NS', 'Nova Scotia Open Government Licence'],
  }),
  l('OGL-Ontario-1.0', 'Open Government Licence – Ontario', 'Licence du gouvernement ouvert – Ontario', {
    url: 'https://www.ontario.ca/page/open-government-licence-ontario',
    urlFr: 'https://www.ontario.ca/fr/page/licence-du-gouvernement-ouvert-ontario',
    open: true,
    aliases: ['on-oglo', 'OGL-ON', 'OGL-Ontario', 'OGLO', 'Open Government Licence - Ontario 1.0', 'Open Government Licence Ontario', 'Open Government Licence – Ontario (OGL-ON)'],
  }),
  l('OGL-PEI', 'Open Government Licence – Prince Edward Island', 'Licence du gouvernement ouvert – Île-du-Prince-Édouard', {
    url: 'https://www.princeedwardisland.ca/en/information/finance/open-government-licence-prince-edward-island',
    urlFr: 'https://www.princeedwardisland.ca/fr/information/finances/licence-du-gouvernement-ouvert-ile-du-prince-edouard',
    open: true,
    aliases: ['pei-oglpei', 'OGL-PE', 'OGL-PEI', 'Open Government Licence - PEI'],
  }),
  l('OGL-NB', 'Open Government Licence – New Brunswick', 'Licence du gouvernement ouvert – Nouveau-Brunswick', {
    url: 'http://www.snb.ca/e/2000/data-E.html',
    urlFr: 'http://www.snb.ca/f/2000/data-F.html',
    open: true,
    aliases: ['nb-oglnb', 'OGL-NB'],
  }),
  l('GeoNB-ODL', 'GeoNB Open Data Licence', 'Licence de données ouvertes de GeoNB', {
    url: 'http://geonb.snb.ca/documents/license/geonb-odl_en.pdf',
    urlFr: 'http://geonb.snb.ca/documents/license/geonb-odl_fr.pdf',
    open: true,
    aliases: ['GeoNB ODL', 'GeoNB Open Data License'],
  }),
  l('OGL-Yukon', 'Open Government Licence – Yukon', 'Licence du gouvernement ouvert – Yukon', {
    url: 'https://open.yukon.ca/open-government-licence-yukon',
    urlFr: 'https://open.yukon.ca/fr/gouvernement-ouvert-licence-du-yukon',
    open: true,
    aliases: ['yk-oglyk', 'OGL-YK', 'OGL-YT', 'OGL-Yukon', 'Open Government Licence Yukon', 'Yukon Open Government Licence'],
  }),
  l('SK-SUUDL-2.0', 'Government of Saskatchewan Standard Unrestricted Use Data Licence (version 2.0)', 'Licence standard de données à usage non restreint du gouvernement de la Saskatchewan (version 2.0)', {
    url: 'https://gisappl.saskatchewan.ca/Html5Ext/Resources/GOS_Standard_Unrestricted_Use_Data_Licence_v2.0.pdf',
    open: true,
    aliases: ['sk-suudl', 'SUUDL', 'Government of Saskatchewan Standard Unrestricted Use Data License (Version 2.0)', 'Standard Unrestricted Use Data Licence', 'Saskatchewan Standard Unrestricted Use Data Licence'],
  }),
  l('OpenMB', 'OpenMB Information and Data Use Licence', 'Licence d’utilisation de l’information et des données du site Ouverture MB', {
    url: 'https://manitoba.ca/asset_library/en/legal/OpenMB-Information-Data-Use-Licence.pdf',
    urlFr: 'https://manitoba.ca/asset_library/en/legal/OpenMB-Information-Data-Use-Licence.fr.pdf',
    open: true,
    aliases: ['mb-omb', 'OpenMB Information and Data Use License', 'OpenMB Licence', 'Manitoba Open Data Licence', 'Manitoba Open Data License', 'https://manitoba.ca/legal/copyright.html', 'https://www.gov.mb.ca/legal/copyright.html', 'https://manitoba.ca/legal/copyright.fr.html'],
  }),
  // Manitoba Land Initiative's licence for geospatial data (use, copy, modify and redistribute with attribution).
  l('MB-Geospatial-ODL', 'Manitoba Geospatial Open Data Licence', 'Licence de données géospatiales ouvertes du Manitoba', {
    url: 'https://www.gov.mb.ca/geomb/pubs/geospatialopendatalicence.pdf',
    open: true,
    aliases: ['Geospatial Open Data Licence', 'Manitoba Geospatial Open Data License', 'https://www.gov.mb.ca/geomb/pubs/geospatialopendatalicence.pdf', 'https://manitoba.ca/geomb/pubs/geospatialopendatalicence.pdf'],
  }),
  l('OGL-NWT', 'Open Government Licence – Northwest Territories', 'Licence de gouvernement ouvert – Territoires du Nord-Ouest', {
    url: 'https://www.gov.nt.ca/en/open-government-licence-northwest-territories',
    urlFr: 'https://www.gov.nt.ca/fr/open-government-licence-northwest-territories',
    open: true,
    aliases: ['nwt-tno', 'OGL-NT', 'OGL-NWT', 'Open Government Licence Northwest Territories', 'Licence de gouvernement ouvert Territoires du Nord-Ouest', 'Licence du gouvernement ouvert – Territoires du Nord-Ouest'],
  }),
  // Municipal licences of the CKAN cities and the large city portals.
  l('OGL-Toronto', 'Open Government Licence – Toronto', 'Licence du gouvernement ouvert – Toronto', {
    url: 'https://open.toronto.ca/open-data-license/',
    open: true,
    aliases: ['open-government-licence-toronto', 'Open Data Licence - City of Toronto', 'City of Toronto Open Data Licence', 'https://www.toronto.ca/city-government/data-research-maps/open-data/open-data-licence/'],
  }),
  l('ODL-Ottawa-2.0', 'City of Ottawa Open Data Licence (version 2.0)', 'Licence de données ouvertes de la Ville d’Ottawa (version 2.0)', {
    url: 'https://ottawa.ca/en/city-hall/get-know-your-city/open-data',
    open: true,
    aliases: ['Open Data Licence Version 2.0 - City of Ottawa', 'City of Ottawa Open Data Licence', 'Open Data Licence - Ottawa', 'https://ottawa.ca/en/city-hall/get-know-your-city/open-data#open-data-licence-version-2-0'],
  }),
  l('OGL-Niagara-2.0', 'Open Government Licence 2.0 – Niagara Region', 'Licence du gouvernement ouvert 2.0 – Région de Niagara', {
    url: 'https://niagaraopendata.ca/pages/open-government-license-2-0-niagara-region',
    open: true,
    aliases: ['Open Government License 2.0 - Niagara Region', 'Open Government Licence - Niagara Region'],
  }),
  l('OGL-Surrey', 'Open Government Licence – Surrey', 'Licence du gouvernement ouvert – Surrey', {
    url: 'http://data.surrey.ca/pages/open-government-licence-surrey',
    open: true,
    aliases: ['Open Government Licence - City of Surrey'],
  }),
  l('OGL-Guelph', 'Open Government Licence – Guelph', 'Licence du gouvernement ouvert – Guelph', {
    url: 'http://data.open.guelph.ca/pages/open-government-licence',
    open: true,
    aliases: ['Open Government Licence - City of Guelph'],
  }),
  l('OGL-Vancouver', 'Open Government Licence – Vancouver', 'Licence du gouvernement ouvert – Vancouver', {
    url: 'https://opendata.vancouver.ca/pages/licence/',
    open: true,
    aliases: ['Open Government Licence - City of Vancouver', 'Open Government License - Vancouver'],
  }),
  l('OGL-Calgary', 'Open Government Licence – City of Calgary', 'Licence du gouvernement ouvert – Ville de Calgary', {
    open: true,
    aliases: ['Open Government Licence - Calgary', 'Open Government License - City of Calgary'],
  }),
  l('OGL-Edmonton', 'Open Government Licence – City of Edmonton', 'Licence du gouvernement ouvert – Ville d’Edmonton', {
    open: true,
    aliases: ['Open Government Licence - Edmonton', 'City of Edmonton Open Data Terms of Use'],
  }),
];

const INTERNATIONAL: readonly LicenceEntry[] = [
  l('ODbL-1.0', 'Open Data Commons Open Database License (ODbL) 1.0', 'Licence ouverte de base de données (ODbL) 1.0 d’Open Data Commons', {
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    open: true,
    aliases: ['odc-odbl', 'ODbL', 'ODC-ODbL', 'ODC-ODbL-1.0', 'Open Database License', 'Open Database Licence', 'Open Data Commons Open Database License', 'Open Data Commons Open Database License (ODbL)', 'Open Data Commons Open Database License v1.0', 'Licence ouverte de base de données', 'ODC_BL', 'http://opendatacommons.org/licenses/odbl/1.0/', 'http://opendatacommons.org/licenses/odbl/', 'http://www.opendefinition.org/licenses/odc-odbl', 'http://opendatacommons.org/licenses/odbl/summary/'],
  }),
  l('ODC-By-1.0', 'Open Data Commons Attribution License 1.0', 'Licence d’attribution 1.0 d’Open Data Commons', {
    url: 'https://opendatacommons.org/licenses/by/1-0/',
    open: true,
    aliases: ['odc-by', 'ODC-BY', 'ODC-By', 'Open Data Commons Attribution License', 'Open Data Commons Attribution License v1.0', 'ODC_BY', 'http://opendatacommons.org/licenses/by/1.0/', 'http://opendatacommons.org/licenses/by/', 'http://www.opendefinition.org/licenses/odc-by', 'http://opendatacommons.org/licenses/by/summary/'],
  }),
  l('PDDL-1.0', 'Open Data Commons Public Domain Dedication and License (PDDL) 1.0', 'Dévouement au domaine public et licence (PDDL) 1.0 d’Open Data Commons', {
    url: 'https://opendatacommons.org/licenses/pddl/1-0/',
    open: true,
    aliases: ['odc-pddl', 'PDDL', 'ODC-PDDL', 'ODC-PDDL-1.0', 'Open Data Commons Public Domain Dedication and License', 'Open Data Commons Public Domain Dedication and License (PDDL)', 'Open Data Commons Public Domain Dedication and License 1.0', 'ODC_PDDL', 'http://opendatacommons.org/licenses/pddl/1.0/', 'http://opendatacommons.org/licenses/pddl/', 'http://www.opendefinition.org/licenses/odc-pddl', 'http://opendatacommons.org/licenses/pddl/summary/'],
  }),
  l('OGL-UK-1.0', 'Open Government Licence v1.0 (United Kingdom)', 'Licence du gouvernement ouvert v1.0 (Royaume-Uni)', {
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/1/',
    open: true,
    aliases: ['OGL-UK-1.0', 'UK OGL 1.0', 'Open Government Licence v1.0', 'UK Open Government Licence 1.0'],
  }),
  l('OGL-UK-2.0', 'Open Government Licence v2.0 (United Kingdom)', 'Licence du gouvernement ouvert v2.0 (Royaume-Uni)', {
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/',
    open: true,
    aliases: ['OGL-UK-2.0', 'UK OGL 2.0', 'Open Government Licence v2.0', 'UK Open Government Licence 2.0', 'OGL UK 2.0'],
  }),
  l('OGL-UK-3.0', 'Open Government Licence v3.0 (United Kingdom)', 'Licence du gouvernement ouvert v3.0 (Royaume-Uni)', {
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    open: true,
    aliases: ['OGL-UK-3.0', 'UK OGL 3.0', 'Open Government Licence v3.0', 'UK Open Government Licence 3.0', 'OGL UK 3.0', 'OGL3', 'OGL v3'],
  }),
  l('OGL-UK', 'Open Government Licence (United Kingdom)', 'Licence du gouvernement ouvert (Royaume-Uni)', {
    url: 'http://reference.data.gov.uk/id/open-government-licence',
    open: true,
    aliases: ['uk-ogl', 'UK OGL', 'UK Open Government Licence', 'UK Open Government Licence (OGL)', 'OGL-UK', 'https://www.nationalarchives.gov.uk/doc/open-government-licence/'],
  }),
  l('etalab-2.0', 'Open Licence 2.0 (Etalab)', 'Licence Ouverte 2.0 (Etalab)', {
    url: 'https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf',
    open: true,
    aliases: ['etalab-2.0', 'Licence Ouverte 2.0', 'Licence Ouverte / Open Licence 2.0', 'Licence Ouverte / Open Licence version 2.0', 'Open Licence 2.0', 'lov2', 'fr-lo-2.0', 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/', 'https://www.etalab.gouv.fr/wp-content/uploads/2018/11/open-licence.pdf'],
  }),
  l('etalab-1.0', 'Open Licence 1.0 (Etalab)', 'Licence Ouverte 1.0 (Etalab)', {
    url: 'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf',
    open: true,
    aliases: ['etalab-1.0', 'Licence Ouverte 1.0', 'Licence Ouverte / Open Licence 1.0', 'Licence Ouverte / Open Licence', 'Licence Ouverte', 'fr-lo', 'fr-lo-1.0', 'lov1', 'https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Open_Licence.pdf'],
  }),
  l('DL-DE-BY-2.0', 'Data licence Germany – attribution – version 2.0', 'Licence de données Allemagne – attribution – version 2.0', {
    url: 'https://www.govdata.de/dl-de/by-2-0',
    open: true,
    aliases: ['dl-de-by-2.0', 'dl-by-de/2.0', 'dl-de/by-2-0', 'DL_DE_BY_2_0', 'Datenlizenz Deutschland – Namensnennung – Version 2.0', 'Data licence Germany attribution 2.0', 'http://dcat-ap.de/def/licenses/dl-by-de/2.0', 'https://www.govdata.de/dl-de/by-2-0'],
  }),
  l('DL-DE-ZERO-2.0', 'Data licence Germany – zero – version 2.0', 'Licence de données Allemagne – zéro – version 2.0', {
    url: 'https://www.govdata.de/dl-de/zero-2-0',
    open: true,
    aliases: ['dl-de-zero-2.0', 'dl-zero-de/2.0', 'dl-de/zero-2-0', 'DL_DE_ZERO_2_0', 'Datenlizenz Deutschland – Zero – Version 2.0', 'Data licence Germany zero 2.0', 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0', 'https://www.govdata.de/dl-de/zero-2-0'],
  }),
  l('GFDL', 'GNU Free Documentation License', 'Licence de documentation libre GNU', {
    url: 'https://www.gnu.org/licenses/fdl.html',
    open: true,
    aliases: ['gfdl', 'GNU FDL', 'GNU_FDL', 'GFDL-1.3', 'GFDL-1.3-or-later', 'Licence de documentation libre GNU', 'http://www.opendefinition.org/licenses/gfdl', 'https://www.gnu.org/licenses/fdl-1.3.html'],
  }),
];

/** CKAN's own default licence ids for the cases the other entries do not cover. */
const CKAN_GENERIC: readonly LicenceEntry[] = [
  l('notspecified', 'Licence not specified', 'Licence non précisée', {
    open: false,
    vague: true,
    aliases: ['notspecified', 'License not specified', 'Licence not specified', 'not specified', 'unspecified', 'no licence', 'no license', 'aucune licence', 'licence non specifiee', 'licence non précisée', 'none'],
  }),
  l('other-open', 'Other (open)', 'Autre (ouverte)', {
    open: true,
    vague: true,
    // The Swiss terms of use (DCAT-AP CH) are graded rather than named licences.
    aliases: ['other-open', 'Other (Open)', 'Autre (ouverte)', 'Other open licence', 'http://dcat-ap.ch/vocabulary/licenses/terms_open'],
  }),
  l('other-pd', 'Other (public domain)', 'Autre (domaine public)', {
    open: true,
    vague: true,
    // DCAT-US catalogues of US federal agencies mark works of the US Government (public domain) with the usa.gov URLs.
    aliases: ['other-pd', 'Other (Public Domain)', 'Public Domain', 'Domaine public', 'Autre (domaine public)', 'U.S. Government Work', 'US Government Work', 'http://www.usa.gov/publicdomain/label/1.0/', 'https://www.usa.gov/government-works', 'https://creativecommons.org/publicdomain/mark/1.0/', 'Public Domain Mark 1.0'],
  }),
  l('other-at', 'Other (attribution)', 'Autre (attribution)', {
    open: true,
    vague: true,
    aliases: ['other-at', 'Other (Attribution)', 'Autre (attribution)', 'http://dcat-ap.ch/vocabulary/licenses/terms_by'],
  }),
  l('other-nc', 'Other (non-commercial)', 'Autre (non commerciale)', {
    open: false,
    vague: true,
    // Swiss "commercial use requires permission".
    aliases: ['other-nc', 'Other (Non-Commercial)', 'Autre (non commerciale)', 'http://dcat-ap.ch/vocabulary/licenses/terms_ask', 'http://dcat-ap.ch/vocabulary/licenses/terms_by_ask'],
  }),
  l('other-closed', 'Other (not open)', 'Autre (non ouverte)', {
    open: false,
    vague: true,
    aliases: ['other-closed', 'Other (Not Open)', 'Autre (non ouverte)', 'All rights reserved', 'Tous droits réservés'],
  }),
];

// Creative Commons, generated from its four elements. NC and ND are not open.
const CC_VARIANTS: readonly { code: string; en: string; fr: string; open: boolean }[] = [
  { code: 'BY', en: 'Attribution', fr: 'Attribution', open: true },
  { code: 'BY-SA', en: 'Attribution-ShareAlike', fr: 'Attribution – Partage dans les mêmes conditions', open: true },
  { code: 'BY-ND', en: 'Attribution-NoDerivatives', fr: 'Attribution – Pas de modification', open: false },
  { code: 'BY-NC', en: 'Attribution-NonCommercial', fr: 'Attribution – Pas d’utilisation commerciale', open: false },
  { code: 'BY-NC-SA', en: 'Attribution-NonCommercial-ShareAlike', fr: 'Attribution – Pas d’utilisation commerciale – Partage dans les mêmes conditions', open: false },
  { code: 'BY-NC-ND', en: 'Attribution-NonCommercial-NoDerivatives', fr: 'Attribution – Pas d’utilisation commerciale – Pas de modification', open: false },
];
export const CC_VERSIONS = ['1.0', '2.0', '2.5', '3.0', '4.0'] as const;

function ccPath(code: string, version: string): string {
  // Version 1.0 of BY-NC-ND was published as by-nd-nc.
  const path = code === 'BY-NC-ND' && version === '1.0' ? 'by-nd-nc' : code.toLowerCase();
  return `https://creativecommons.org/licenses/${path}/${version}/`;
}

function creativeCommons(): LicenceEntry[] {
  const out: LicenceEntry[] = [
    l('CC0-1.0', 'Creative Commons CC0 1.0 Universal (public domain dedication)', 'Creative Commons CC0 1.0 universel (dévouement au domaine public)', {
      url: 'https://creativecommons.org/publicdomain/zero/1.0/',
      open: true,
      aliases: ['cc-zero', 'CC0', 'CC-0', 'CC Zero', 'CCZero', 'Creative Commons CCZero', 'Creative Commons Zero', 'http://www.opendefinition.org/licenses/cc-zero'],
    }),
  ];
  for (const v of CC_VARIANTS) {
    for (const version of CC_VERSIONS) {
      out.push(l(`CC-${v.code}-${version}`, `Creative Commons ${v.en} ${version}`, `Creative Commons ${v.fr} ${version}`, { url: ccPath(v.code, version), open: v.open }));
    }
    // CKAN's cc-by, cc-by-sa and cc-nc name no version.
    out.push(l(`CC-${v.code}`, `Creative Commons ${v.en} (version not specified)`, `Creative Commons ${v.fr} (version non précisée)`, { open: v.open }));
  }
  return out;
}

export const LICENCE_ENTRIES: readonly LicenceEntry[] = [...CANADA, ...INTERNATIONAL, ...creativeCommons(), ...CKAN_GENERIC];

/** CKAN ids and EU authority codes of the Creative Commons entries. */
export const CC_EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'CC-BY': ['cc-by', 'http://www.opendefinition.org/licenses/cc-by'],
  'CC-BY-SA': ['cc-by-sa', 'http://www.opendefinition.org/licenses/cc-by-sa'],
  'CC-BY-NC': ['cc-nc', 'Creative Commons Non-Commercial (Any)'],
  'CC-BY-4.0': ['qc-cc-by', 'CC_BY', 'Creative Commons 4.0 Attribution (CC-BY) licence – Quebec', 'Licence Creative Commons 4.0 Attribution (CC-BY) – Québec', 'https://www.donneesquebec.ca/fr/licence/', 'https://www.donneesquebec.ca/licence/', 'http://donnees.ville.montreal.qc.ca/portail/licence/'],
  'CC-BY-SA-4.0': ['CC_BYSA'],
  'CC-BY-ND-4.0': ['CC_BYND'],
  'CC-BY-NC-4.0': ['CC_BYNC'],
  'CC-BY-NC-SA-4.0': ['CC_BYNCSA'],
  'CC-BY-NC-ND-4.0': ['CC_BYNCND'],
};
