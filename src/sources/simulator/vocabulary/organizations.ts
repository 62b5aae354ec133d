// Publishers of the three simulated portals. Names follow the real CKAN organization names
// where there are well-known ones (open.canada.ca's `statcan`, `tc`, `bc-cb`...); each lists
// the topics it publishes, most frequent first, so that records stay coherent.
import type { Label } from '../../../core/langstring.js';
import type { Level } from './topics.js';

export interface Organization {
  /** CKAN `organization.name`. */
  name: string;
  title: Label;
  /** In running text, with the article French needs: « le ministère des Finances ». */
  the: Label;
  topics: readonly string[];
  email: string;
  level: Level;
  /** For city publishers on an aggregator. */
  municipality?: string;
  /** ISO 3166-2 code of the province, for provincial and municipal publishers. */
  region?: string;
}

function org(
  name: string,
  en: string,
  fr: string,
  topics: string[],
  email: string,
  level: Level,
  theFr = fr,
  extra: Partial<Organization> = {},
): Organization {
  return { name, title: { en, fr }, the: { en, fr: theFr }, topics, email, level, ...extra };
}

export const FEDERAL_ORGANIZATIONS: readonly Organization[] = [
  org('statcan', 'Statistics Canada', 'Statistique Canada', ['population', 'employment', 'housing-starts', 'travellers', 'field-crops', 'crime', 'school-enrolment', 'salaries'], 'infostats@statcan.gc.ca', 'federal'),
  org('ec', 'Environment and Climate Change Canada', 'Environnement et Changement climatique Canada', ['climate', 'air-quality', 'water-levels', 'surface-water', 'greenhouse-gases', 'species-at-risk'], 'enviroinfo@ec.gc.ca', 'federal'),
  org('nrcan-rncan', 'Natural Resources Canada', 'Ressources naturelles Canada', ['forest-fires', 'mining', 'electricity', 'ev-charging', 'flood-zones', 'road-network'], 'geoinfo@nrcan-rncan.gc.ca', 'federal'),
  org('tc', 'Transport Canada', 'Transports Canada', ['road-collisions', 'road-network', 'ev-charging', 'travellers'], 'opendata-donneesouvertes@tc.gc.ca', 'federal'),
  org('hc-sc', 'Health Canada', 'Santé Canada', ['drinking-water', 'hospitals', 'vaccination', 'food-inspections'], 'info@hc-sc.gc.ca', 'federal'),
  org('tbs-sct', 'Treasury Board of Canada Secretariat', 'Secrétariat du Conseil du Trésor du Canada', ['contracts', 'travel-expenses', 'grants', 'salaries'], 'open-ouvert@tbs-sct.gc.ca', 'federal', 'le Secrétariat du Conseil du Trésor du Canada', { the: { en: 'the Treasury Board of Canada Secretariat', fr: 'le Secrétariat du Conseil du Trésor du Canada' } }),
  org('aafc-aac', 'Agriculture and Agri-Food Canada', 'Agriculture et Agroalimentaire Canada', ['field-crops', 'surface-water', 'greenhouse-gases'], 'aafc.info.aac@agr.gc.ca', 'federal'),
  org('dfo-mpo', 'Fisheries and Oceans Canada', 'Pêches et Océans Canada', ['fisheries', 'water-levels', 'species-at-risk', 'surface-water'], 'info@dfo-mpo.gc.ca', 'federal'),
  org('cic', 'Immigration, Refugees and Citizenship Canada', 'Immigration, Réfugiés et Citoyenneté Canada', ['immigration', 'travellers'], 'ircc.opendata-donneesouvertes.ircc@cic.gc.ca', 'federal'),
  org('phac-aspc', 'Public Health Agency of Canada', 'Agence de la santé publique du Canada', ['vaccination', 'hospitals', 'population'], 'phac.info.aspc@canada.ca', 'federal', "l'Agence de la santé publique du Canada", { the: { en: 'the Public Health Agency of Canada', fr: "l'Agence de la santé publique du Canada" } }),
  org('elections', 'Elections Canada', 'Élections Canada', ['elections', 'polling-stations'], 'info@elections.ca', 'federal'),
  org('fin', 'Department of Finance Canada', 'Ministère des Finances Canada', ['budget', 'grants'], 'fin.financepublic-financepublique.fin@canada.ca', 'federal', 'le ministère des Finances Canada', { the: { en: 'the Department of Finance Canada', fr: 'le ministère des Finances Canada' } }),
  org('pc', 'Parks Canada', 'Parcs Canada', ['parks', 'heritage', 'species-at-risk'], 'information@pc.gc.ca', 'federal'),
  org('ps-sp', 'Public Safety Canada', 'Sécurité publique Canada', ['crime', 'flood-zones', 'forest-fires'], 'ps.opendata-donneesouvertes.sp@canada.ca', 'federal'),
  org('cmhc-schl', 'Canada Mortgage and Housing Corporation', "Société canadienne d'hypothèques et de logement", ['housing-starts'], 'chic@cmhc-schl.gc.ca', 'federal', "la Société canadienne d'hypothèques et de logement", { the: { en: 'the Canada Mortgage and Housing Corporation', fr: "la Société canadienne d'hypothèques et de logement" } }),
  org('infc', 'Infrastructure Canada', 'Infrastructure Canada', ['transit-ridership', 'road-network', 'drinking-water'], 'infc.info.infc@canada.ca', 'federal'),
  org('ic', 'Innovation, Science and Economic Development Canada', 'Innovation, Sciences et Développement économique Canada', ['broadband', 'business-licences'], 'ised-isde@canada.ca', 'federal'),
  org('isc-sac', 'Indigenous Services Canada', 'Services aux Autochtones Canada', ['drinking-water', 'schools', 'housing-starts'], 'sac.info.isc@canada.ca', 'federal'),
  org('esdc-edsc', 'Employment and Social Development Canada', 'Emploi et Développement social Canada', ['employment', 'grants'], 'nc-open-data-donnees-ouvertes-gd@hrsdc-rhdcc.gc.ca', 'federal'),
  org('lac-bac', 'Library and Archives Canada', 'Bibliothèque et Archives Canada', ['heritage', 'libraries'], 'bac.reference.lac@canada.ca', 'federal'),
  org('rcmp-grc', 'Royal Canadian Mounted Police', 'Gendarmerie royale du Canada', ['crime', 'road-collisions'], 'rcmp.opendata-donneesouvertes.grc@rcmp-grc.gc.ca', 'federal', 'la Gendarmerie royale du Canada', { the: { en: 'the Royal Canadian Mounted Police', fr: 'la Gendarmerie royale du Canada' } }),
  org('cfia-acia', 'Canadian Food Inspection Agency', "Agence canadienne d'inspection des aliments", ['food-inspections', 'field-crops'], 'cfia.opendata-donneesouvertes.acia@inspection.gc.ca', 'federal', "l'Agence canadienne d'inspection des aliments", { the: { en: 'the Canadian Food Inspection Agency', fr: "l'Agence canadienne d'inspection des aliments" } }),
  org('crtc', 'Canadian Radio-television and Telecommunications Commission', 'Conseil de la radiodiffusion et des télécommunications canadiennes', ['broadband'], 'open-ouvert@crtc.gc.ca', 'federal', 'le Conseil de la radiodiffusion et des télécommunications canadiennes', { the: { en: 'the Canadian Radio-television and Telecommunications Commission', fr: 'le Conseil de la radiodiffusion et des télécommunications canadiennes' } }),
  org('dnd-mdn', 'National Defence', 'Défense nationale', ['contracts', 'travel-expenses'], 'information@forces.gc.ca', 'federal'),
];

/** Provincial governments whose records open.canada.ca federates (collection `federated`). */
export interface FederatedGovernment {
  organization: Organization;
  code: string;
  licenceId: string;
  licenceTitle: string;
  licenceUrl: string;
  /** The language the province writes in; the other one is machine-translated. */
  language: 'en' | 'fr';
  originalPortal: string;
}

function government(
  name: string,
  en: string,
  fr: string,
  code: string,
  language: 'en' | 'fr',
  licence: [string, string, string],
  originalPortal: string,
  email: string,
): FederatedGovernment {
  const organization = org(
    name,
    en,
    fr,
    ['road-collisions', 'drinking-water', 'hospitals', 'school-enrolment', 'budget', 'forest-fires', 'population', 'species-at-risk', 'mining', 'air-quality', 'elections', 'long-term-care'],
    email,
    'provincial',
    fr.replace(/^Gouvernement/, 'le gouvernement'),
    { region: code, the: { en: en.replace(/^Government/, 'the Government'), fr: fr.replace(/^Gouvernement/, 'le gouvernement') } },
  );
  const [licenceId, licenceTitle, licenceUrl] = licence;
  return { organization, code, licenceId, licenceTitle, licenceUrl, language, originalPortal };
}

export const FEDERATED_GOVERNMENTS: readonly FederatedGovernment[] = [
  government('on', 'Government of Ontario', "Gouvernement de l'Ontario", 'CA-ON', 'en', ['on-oglo', 'Open Government Licence – Ontario', 'https://www.ontario.ca/page/open-government-licence-ontario'], 'https://data.ontario.ca', 'opengov@ontario.ca'),
  government('bc-cb', 'Government of British Columbia', 'Gouvernement de la Colombie-Britannique', 'CA-BC', 'en', ['bc-oglbc', 'Open Government Licence - British Columbia', 'https://www2.gov.bc.ca/gov/content/data/open-data/open-government-licence-bc'], 'https://catalogue.data.gov.bc.ca', 'data@gov.bc.ca'),
  government('qc', 'Government and Municipalities of Québec', 'Gouvernement et municipalités du Québec', 'CA-QC', 'fr', ['qc-cc-by', 'Creative Commons 4.0 Attribution (CC-BY) licence – Quebec', 'https://www.donneesquebec.ca/fr/licence/'], 'https://www.donneesquebec.ca', 'info@donneesquebec.ca'),
  government('ab', 'Government of Alberta', "Gouvernement de l'Alberta", 'CA-AB', 'en', ['ab-ogla', 'Open Government Licence - Alberta', 'https://open.alberta.ca/licence'], 'https://open.alberta.ca', 'open@gov.ab.ca'),
  government('ns-ne', 'Government of Nova Scotia', 'Gouvernement de la Nouvelle-Écosse', 'CA-NS', 'en', ['ns-oglns', 'Open Government Licence – Nova Scotia', 'https://novascotia.ca/opendata/licence.asp'], 'https://data.novascotia.ca', 'opendata@novascotia.ca'),
  government('nb', 'Government of New Brunswick', 'Gouvernement du Nouveau-Brunswick', 'CA-NB', 'en', ['nb-oglnb', 'Open Government Licence - New Brunswick', 'http://www.snb.ca/e/2000/data-E.html'], 'https://gnb.ca', 'geonb@snb.ca'),
];

const CITY_TOPICS = ['trees', 'parks', 'snow-removal', 'cycling', 'waste', 'building-permits', 'road-collisions', 'budget', 'elections', 'service-requests', 'fire-incidents', 'parking', 'property-assessment', 'addresses', 'libraries', 'heritage', 'drinking-water', 'transit-ridership', 'food-inspections', 'ev-charging', 'air-quality', 'flood-zones', 'polling-stations', 'business-licences', 'crime', 'road-network'];

function ville(name: string, cityName: string, email: string, skip = 0): Organization {
  // Rotate the topic list so that each city has its own favourite subjects.
  const topics = [...CITY_TOPICS.slice(skip), ...CITY_TOPICS.slice(0, skip)];
  return org(name, `City of ${cityName}`, `Ville de ${cityName}`, topics, email, 'municipal', `la Ville de ${cityName}`, {
    municipality: cityName,
    region: 'CA-QC',
    the: { en: `the City of ${cityName}`, fr: `la Ville de ${cityName}` },
  });
}

/** Données Québec's publishers: ministries and agencies of the province, and cities. */
export const QUEBEC_ORGANIZATIONS: readonly Organization[] = [
  ville('ville-de-montreal', 'Montréal', 'donneesouvertes@montreal.ca'),
  org('institut-de-la-statistique-du-quebec', 'Institut de la statistique du Québec', 'Institut de la statistique du Québec', ['population', 'employment', 'travellers', 'housing-starts', 'salaries', 'field-crops'], 'diffusion@stat.gouv.qc.ca', 'provincial', "l'Institut de la statistique du Québec"),
  org('ministere-de-la-sante-et-des-services-sociaux', 'Ministry of Health and Social Services', 'Ministère de la Santé et des Services sociaux', ['hospital-wait-times', 'hospitals', 'long-term-care', 'vaccination'], 'donnees.ouvertes@msss.gouv.qc.ca', 'provincial', 'le ministère de la Santé et des Services sociaux'),
  ville('ville-de-quebec', 'Québec', 'donneesouvertes@ville.quebec.qc.ca', 3),
  org('ministere-des-transports-et-de-la-mobilite-durable', 'Ministry of Transport and Sustainable Mobility', 'Ministère des Transports et de la Mobilité durable', ['road-network', 'road-collisions', 'cycling', 'ev-charging', 'transit-ridership'], 'donnees.ouvertes@transports.gouv.qc.ca', 'provincial', 'le ministère des Transports et de la Mobilité durable'),
  org('ministere-de-l-environnement', 'Ministry of the Environment, the Fight Against Climate Change, Wildlife and Parks', "Ministère de l'Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs", ['surface-water', 'drinking-water', 'air-quality', 'greenhouse-gases', 'species-at-risk', 'flood-zones'], 'info@environnement.gouv.qc.ca', 'provincial', "le ministère de l'Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs"),
  ville('ville-de-laval', 'Laval', 'donneesouvertes@laval.ca', 6),
  ville('ville-de-gatineau', 'Gatineau', 'donneesouvertes@gatineau.ca', 9),
  ville('ville-de-sherbrooke', 'Sherbrooke', 'donnees.ouvertes@sherbrooke.ca', 12),
  org('ministere-des-ressources-naturelles-et-des-forets', 'Ministry of Natural Resources and Forests', 'Ministère des Ressources naturelles et des Forêts', ['forest-fires', 'mining', 'electricity', 'road-network'], 'services.clientele@mrnf.gouv.qc.ca', 'provincial', 'le ministère des Ressources naturelles et des Forêts'),
  org('ministere-de-l-education', 'Ministry of Education', "Ministère de l'Éducation", ['school-enrolment', 'schools'], 'donnees.ouvertes@education.gouv.qc.ca', 'provincial', "le ministère de l'Éducation"),
  org('elections-quebec', 'Élections Québec', 'Élections Québec', ['elections', 'polling-stations'], 'info@electionsquebec.qc.ca', 'provincial'),
  ville('ville-de-longueuil', 'Longueuil', 'donneesouvertes@longueuil.quebec', 15),
  org('ministere-des-finances', 'Ministry of Finance', 'Ministère des Finances', ['budget', 'grants'], 'info@finances.gouv.qc.ca', 'provincial', 'le ministère des Finances'),
  org('secretariat-du-conseil-du-tresor', 'Treasury Board Secretariat', 'Secrétariat du Conseil du trésor', ['contracts', 'salaries', 'travel-expenses'], 'donnees.ouvertes@sct.gouv.qc.ca', 'provincial', 'le Secrétariat du Conseil du trésor'),
  ville('ville-de-trois-rivieres', 'Trois-Rivières', 'donneesouvertes@v3r.net', 18),
  org('ministere-de-l-agriculture-des-pecheries-et-de-l-alimentation', 'Ministry of Agriculture, Fisheries and Food', "Ministère de l'Agriculture, des Pêcheries et de l'Alimentation", ['field-crops', 'food-inspections', 'fisheries'], 'info@mapaq.gouv.qc.ca', 'provincial', "le ministère de l'Agriculture, des Pêcheries et de l'Alimentation"),
  ville('ville-de-levis', 'Lévis', 'donneesouvertes@ville.levis.qc.ca', 21),
  org('ministere-de-la-culture-et-des-communications', 'Ministry of Culture and Communications', 'Ministère de la Culture et des Communications', ['heritage', 'libraries'], 'info@mcc.gouv.qc.ca', 'provincial', 'le ministère de la Culture et des Communications'),
  org('hydro-quebec', 'Hydro-Québec', 'Hydro-Québec', ['electricity', 'ev-charging'], 'donnees.ouvertes@hydroquebec.com', 'provincial'),
  org('ministere-de-la-securite-publique', 'Ministry of Public Security', 'Ministère de la Sécurité publique', ['crime', 'flood-zones', 'forest-fires'], 'info@msp.gouv.qc.ca', 'provincial', 'le ministère de la Sécurité publique'),
  ville('ville-de-blainville', 'Blainville', 'donneesouvertes@blainville.ca', 24),
];

function department(name: string, en: string, fr: string, topics: string[], email: string): Organization {
  return org(name, en, fr, topics, email, 'municipal', fr, { municipality: 'Guelph', region: 'CA-ON', the: { en: 'the City of Guelph', fr: 'la Ville de Guelph' } });
}

/** The simulated English-speaking city's departments (Guelph). */
export const CITY_ORGANIZATIONS: readonly Organization[] = [
  department('engineering-and-transportation-services', 'Engineering and Transportation Services', "Services d'ingénierie et de transport", ['road-network', 'road-collisions', 'cycling', 'snow-removal', 'parking'], 'engineering@guelph.ca'),
  department('parks-and-recreation', 'Parks and Recreation', 'Parcs et loisirs', ['parks', 'trees'], 'parks@guelph.ca'),
  department('finance', 'Finance', 'Finances', ['budget', 'property-assessment', 'contracts', 'salaries'], 'finance@guelph.ca'),
  department('planning-and-building-services', 'Planning and Building Services', "Services d'urbanisme et du bâtiment", ['building-permits', 'heritage', 'addresses'], 'planning@guelph.ca'),
  department('guelph-transit', 'Guelph Transit', 'Transport en commun de Guelph', ['transit-ridership', 'transit-schedules'], 'transit@guelph.ca'),
  department('city-clerks-office', "City Clerk's Office", 'Bureau du greffier', ['elections', 'polling-stations', 'business-licences'], 'clerks@guelph.ca'),
  department('water-services', 'Water Services', "Services d'eau", ['drinking-water', 'flood-zones'], 'waterservices@guelph.ca'),
  department('solid-waste-resources', 'Solid Waste Resources', 'Matières résiduelles', ['waste'], 'waste@guelph.ca'),
  department('environmental-services', 'Environmental Services', "Services de l'environnement", ['greenhouse-gases', 'ev-charging', 'air-quality', 'trees'], 'environment@guelph.ca'),
  department('service-guelph', 'ServiceGuelph', 'ServiceGuelph', ['service-requests'], 'info@guelph.ca'),
  department('guelph-fire-department', 'Guelph Fire Department', 'Service des incendies de Guelph', ['fire-incidents'], 'fire@guelph.ca'),
  department('guelph-public-library', 'Guelph Public Library', 'Bibliothèque publique de Guelph', ['libraries'], 'info@guelphpl.ca'),
];
