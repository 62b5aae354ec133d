// What the simulated Vancouver-like Opendatasoft portal publishes: the city's departments, its
// local areas, the portal's themes, and how its licences are written.
import type { Label } from '../../../core/langstring.js';
import type { Organization } from '../../simulator/vocabulary/organizations.js';
import { cityPlace } from '../../simulator/vocabulary/places.js';
import type { Place } from '../../simulator/vocabulary/places.js';

function department(name: string, en: string, fr: string, topics: string[], email: string): Organization {
  return { name, title: { en, fr }, the: { en: 'the City of Vancouver', fr: 'la Ville de Vancouver' }, topics, email, level: 'municipal', municipality: 'Vancouver', region: 'CA-BC' };
}

/** The city's departments, most prolific first. */
export const VANCOUVER_ORGANIZATIONS: readonly Organization[] = [
  department('engineering-services', 'Engineering Services', 'Services d’ingénierie', ['road-network', 'parking', 'road-collisions', 'snow-removal', 'cycling', 'ev-charging', 'waste', 'drinking-water'], 'engineering@vancouver.example'),
  department('planning-urban-design-and-sustainability', 'Planning, Urban Design and Sustainability', 'Urbanisme, design urbain et durabilité', ['building-permits', 'heritage', 'addresses', 'greenhouse-gases', 'housing-starts', 'population'], 'planning@vancouver.example'),
  department('vancouver-board-of-parks-and-recreation', 'Vancouver Board of Parks and Recreation', 'Commission des parcs et des loisirs de Vancouver', ['parks', 'trees'], 'parks@vancouver.example'),
  department('development-buildings-and-licensing', 'Development, Buildings and Licensing', 'Aménagement, bâtiments et permis', ['building-permits', 'business-licences'], 'dbl@vancouver.example'),
  department('finance-risk-and-supply-chain-management', 'Finance, Risk and Supply Chain Management', 'Finances, risques et chaîne d’approvisionnement', ['budget', 'contracts', 'property-assessment', 'salaries'], 'finance@vancouver.example'),
  department('vancouver-police-department', 'Vancouver Police Department', 'Service de police de Vancouver', ['crime', 'road-collisions'], 'vpd@vancouver.example'),
  department('arts-culture-and-community-services', 'Arts, Culture and Community Services', 'Arts, culture et services communautaires', ['heritage', 'libraries', 'grants'], 'accs@vancouver.example'),
  department('vancouver-fire-rescue-services', 'Vancouver Fire Rescue Services', 'Service d’incendie et de sauvetage de Vancouver', ['fire-incidents'], 'fire@vancouver.example'),
  department('city-clerks-office', "City Clerk's Office", 'Bureau du greffier', ['elections', 'polling-stations'], 'clerk@vancouver.example'),
  department('vancouver-public-library', 'Vancouver Public Library', 'Bibliothèque publique de Vancouver', ['libraries'], 'info@vpl.example'),
  department('3-1-1-contact-centre', '3-1-1 Contact Centre', 'Centre d’appels 3-1-1', ['service-requests'], '311@vancouver.example'),
];

export const VANCOUVER: Place = cityPlace('Vancouver');

/** Vancouver's 22 local areas. */
export const LOCAL_AREAS: readonly Place[] = [
  'Arbutus Ridge', 'Downtown', 'Dunbar-Southlands', 'Fairview', 'Grandview-Woodland', 'Hastings-Sunrise', 'Kensington-Cedar Cottage',
  'Kerrisdale', 'Killarney', 'Kitsilano', 'Marpole', 'Mount Pleasant', 'Oakridge', 'Renfrew-Collingwood', 'Riley Park', 'Shaughnessy',
  'South Cambie', 'Strathcona', 'Sunset', 'Victoria-Fraserview', 'West End', 'West Point Grey',
].map((name) => ({ name: { en: name, fr: name }, in: { en: `in ${name}`, fr: `dans le quartier ${name}` } }));

/** The portal's themes, by Government of Canada subject. */
export const THEME_BY_SUBJECT: Readonly<Record<string, string>> = {
  transport: 'Transportation',
  health_and_safety: 'Health and safety',
  nature_and_environment: 'Environment',
  government_and_politics: 'Government',
  economics_and_industry: 'Business and economy',
  labour: 'Business and economy',
  education_and_training: 'Education',
  society_and_culture: 'Community services',
  history_and_archaeology: 'Arts, culture and history',
  agriculture: 'Environment',
  law: 'Health and safety',
  persons: 'Community services',
  information_and_communications: 'Infrastructure',
};

export const LICENCES: readonly (readonly [readonly [string | null, string | null], number])[] = [
  [['Open Government Licence – Vancouver', 'https://opendata.vancouver.ca/pages/licence/'], 88],
  [['Open Government Licence - Vancouver', null], 4],
  [[null, null], 3],
  [['CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/'], 3],
  [['City of Vancouver Terms of Use (draft)', null], 2],
];

/** A box around the city, for geo datasets (west, south, east, north). */
export const CITY_BOX: readonly [number, number, number, number] = [-123.2247, 49.1989, -123.0233, 49.3141];

export const SITE_TITLE: Label = { en: 'City of Vancouver Open Data Portal (simulated)', fr: 'Portail de données ouvertes de la Ville de Vancouver (simulation)' };
