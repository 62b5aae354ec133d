// The simulated provincial Hub's publishers and places: a Manitoba-like government whose
// departments publish through one Hub organization, about the province and its cities.
import type { Organization } from '../../simulator/vocabulary/organizations.js';
import { cityPlace, PROVINCES, type Place } from '../../simulator/vocabulary/places.js';

type BBox = [number, number, number, number];

function department(name: string, en: string, fr: string, topics: string[]): Organization {
  return { name, title: { en, fr }, the: { en: en.startsWith('Manitoba') ? en : `the ${en}`, fr }, topics, email: 'manitobamaps@gov.mb.ca', level: 'provincial', region: 'CA-MB' };
}

/** What the items credit as their source (their metadata's point of contact). */
export const HUB_DEPARTMENTS: readonly Organization[] = [
  department('manitoba-health', 'Manitoba Health, Seniors and Long-Term Care', 'Santé, Aînés et Soins de longue durée Manitoba', ['vaccination', 'hospitals', 'hospital-wait-times', 'long-term-care', 'drinking-water', 'food-inspections']),
  department('natural-resources', 'Manitoba Natural Resources and Northern Development', 'Ressources naturelles et Développement du Nord Manitoba', ['forest-fires', 'species-at-risk', 'fisheries', 'mining', 'flood-zones', 'water-levels', 'parks']),
  department('transportation', 'Manitoba Transportation and Infrastructure', 'Transport et Infrastructure Manitoba', ['road-network', 'road-collisions', 'transit-ridership', 'ev-charging', 'snow-removal']),
  department('environment', 'Manitoba Environment and Climate Change', 'Environnement et Changement climatique Manitoba', ['air-quality', 'greenhouse-gases', 'climate', 'surface-water', 'drinking-water', 'waste']),
  department('agriculture', 'Manitoba Agriculture', 'Agriculture Manitoba', ['field-crops', 'food-inspections', 'surface-water']),
  department('municipal-relations', 'Manitoba Municipal and Northern Relations', 'Relations avec les municipalités et le Nord Manitoba', ['property-assessment', 'building-permits', 'addresses', 'population', 'broadband']),
  department('finance', 'Manitoba Finance', 'Finances Manitoba', ['budget', 'grants', 'contracts', 'salaries', 'travel-expenses']),
  department('education', 'Manitoba Education and Early Childhood Learning', 'Éducation et Apprentissage de la petite enfance Manitoba', ['schools', 'school-enrolment']),
  department('elections', 'Elections Manitoba', 'Élections Manitoba', ['elections', 'polling-stations']),
  department('culture', 'Manitoba Sport, Culture, Heritage and Tourism', 'Sport, Culture, Patrimoine et Tourisme Manitoba', ['heritage', 'libraries', 'parks', 'travellers']),
  department('justice', 'Manitoba Justice', 'Justice Manitoba', ['crime', 'fire-incidents']),
  department('hydro', 'Manitoba Hydro', 'Hydro Manitoba', ['electricity', 'ev-charging']),
];

/** The Hub's own organization: what items credit when their metadata names no one. */
export const HUB_ORGANIZATION = 'Manitoba Maps';
export const HUB_OWNER = 'Manitoba_Government';

export interface HubPlace {
  place: Place;
  bbox: BBox;
}

const manitoba = PROVINCES.find((p) => p.code === 'CA-MB')?.place;
if (!manitoba) throw new Error('Manitoba is missing from the places vocabulary');

function city(name: string, lon: number, lat: number, half = 0.12): HubPlace {
  const r = (n: number) => Math.round(n * 10_000) / 10_000;
  return { place: cityPlace(name), bbox: [r(lon - half), r(lat - half * 0.6), r(lon + half), r(lat + half * 0.6)] };
}

/** The province first (most records cover it), then its cities. */
export const HUB_PLACES: readonly HubPlace[] = [
  { place: manitoba, bbox: [-102.0078, 48.9989, -88.9919, 59.9995] },
  city('Winnipeg', -97.1384, 49.8951, 0.25),
  city('Brandon', -99.9539, 49.8485),
  city('Steinbach', -96.6839, 49.5258),
  city('Thompson', -97.8558, 55.7435),
  city('Portage la Prairie', -98.2925, 49.9728),
  city('Winkler', -97.9406, 49.1817),
  city('Selkirk', -96.8845, 50.1436),
  city('Dauphin', -100.0505, 51.1494),
  city('The Pas', -101.2529, 53.8251),
  city('Flin Flon', -101.8779, 54.7682),
];
