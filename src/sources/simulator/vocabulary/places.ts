// Places records are about, with the preposition each language wants before them
// ("in Ontario" / « en Ontario », « au Québec », « à Laval », « dans l'arrondissement de Verdun »).
import type { Label } from '../../../core/langstring.js';

export interface Place {
  name: Label;
  /** "in X" / « en X », « au X », « à X ». */
  in: Label;
}

function place(en: string, fr: string, inEn: string, inFr: string): Place {
  return { name: { en, fr }, in: { en: inEn, fr: inFr } };
}

function city(name: string): Place {
  return place(name, name, `in ${name}`, `à ${name}`);
}

export const CANADA = place('Canada', 'Canada', 'in Canada', 'au Canada');

export interface Province {
  code: string;
  place: Place;
}

export const PROVINCES: readonly Province[] = [
  { code: 'CA-ON', place: place('Ontario', 'Ontario', 'in Ontario', 'en Ontario') },
  { code: 'CA-QC', place: place('Quebec', 'Québec', 'in Quebec', 'au Québec') },
  { code: 'CA-BC', place: place('British Columbia', 'Colombie-Britannique', 'in British Columbia', 'en Colombie-Britannique') },
  { code: 'CA-AB', place: place('Alberta', 'Alberta', 'in Alberta', 'en Alberta') },
  { code: 'CA-MB', place: place('Manitoba', 'Manitoba', 'in Manitoba', 'au Manitoba') },
  { code: 'CA-SK', place: place('Saskatchewan', 'Saskatchewan', 'in Saskatchewan', 'en Saskatchewan') },
  { code: 'CA-NS', place: place('Nova Scotia', 'Nouvelle-Écosse', 'in Nova Scotia', 'en Nouvelle-Écosse') },
  { code: 'CA-NB', place: place('New Brunswick', 'Nouveau-Brunswick', 'in New Brunswick', 'au Nouveau-Brunswick') },
  { code: 'CA-NL', place: place('Newfoundland and Labrador', 'Terre-Neuve-et-Labrador', 'in Newfoundland and Labrador', 'à Terre-Neuve-et-Labrador') },
  { code: 'CA-PE', place: place('Prince Edward Island', 'Île-du-Prince-Édouard', 'in Prince Edward Island', "à l'Île-du-Prince-Édouard") },
  { code: 'CA-YT', place: place('Yukon', 'Yukon', 'in Yukon', 'au Yukon') },
  { code: 'CA-NT', place: place('Northwest Territories', 'Territoires du Nord-Ouest', 'in the Northwest Territories', 'dans les Territoires du Nord-Ouest') },
  { code: 'CA-NU', place: place('Nunavut', 'Nunavut', 'in Nunavut', 'au Nunavut') },
];

/** Québec's administrative regions, as the province's ministries break their data down. */
export const QUEBEC_REGIONS: readonly Place[] = [
  ['Montréal', 'à Montréal'],
  ['Capitale-Nationale', 'dans la Capitale-Nationale'],
  ['Montérégie', 'en Montérégie'],
  ['Laval', 'à Laval'],
  ['Outaouais', 'en Outaouais'],
  ['Estrie', 'en Estrie'],
  ['Laurentides', 'dans les Laurentides'],
  ['Lanaudière', 'dans Lanaudière'],
  ['Chaudière-Appalaches', 'en Chaudière-Appalaches'],
  ['Mauricie', 'en Mauricie'],
  ['Saguenay–Lac-Saint-Jean', 'au Saguenay–Lac-Saint-Jean'],
  ['Bas-Saint-Laurent', 'au Bas-Saint-Laurent'],
  ['Centre-du-Québec', 'au Centre-du-Québec'],
  ['Abitibi-Témiscamingue', 'en Abitibi-Témiscamingue'],
  ['Côte-Nord', 'sur la Côte-Nord'],
  ['Gaspésie–Îles-de-la-Madeleine', 'en Gaspésie–Îles-de-la-Madeleine'],
  ['Nord-du-Québec', 'dans le Nord-du-Québec'],
].map(([fr, inFr]) => place(fr as string, fr as string, `in ${fr as string}`, inFr as string));

/** Montréal's boroughs, for records of the Ville de Montréal. */
export const MONTREAL_BOROUGHS: readonly Place[] = [
  'Ville-Marie',
  'Le Plateau-Mont-Royal',
  'Rosemont–La Petite-Patrie',
  'Côte-des-Neiges–Notre-Dame-de-Grâce',
  'Villeray–Saint-Michel–Parc-Extension',
  'Mercier–Hochelaga-Maisonneuve',
  'Le Sud-Ouest',
  'Verdun',
  'Ahuntsic-Cartierville',
  'Saint-Laurent',
  'Lachine',
  'LaSalle',
].map((name) => place(name, name, `in ${name}`, `dans l'arrondissement ${name.startsWith('Le ') ? `du ${name.slice(3)}` : `de ${name}`}`));

export function cityPlace(name: string): Place {
  return city(name);
}

/** The wards of the simulated English-speaking city (Guelph has six). */
export const GUELPH_WARDS: readonly Place[] = [1, 2, 3, 4, 5, 6].map((n) => place(`Ward ${n}`, `Quartier ${n}`, `in Ward ${n}`, `dans le quartier ${n}`));

export const GUELPH = city('Guelph');
