// Text of the maps of Canada, in both languages.
import { messages } from '../i18n/messages.js';

const datasetsEn = (n: number, count: string) => `${count} ${n === 1 ? 'dataset' : 'datasets'}`;
// French counts 0 and 1 in the singular.
const datasetsFr = (n: number, count: string) => `${count} ${n < 2 ? 'jeu de données' : 'jeux de données'}`;

export const mapText = messages({
  choroplethCaption: { en: 'Datasets by province and territory', fr: 'Jeux de données par province et territoire' },
  regionCount: {
    en: (p) => `${p.name}: ${datasetsEn(Number(p.n), String(p.count))}`,
    fr: (p) => `${p.name}\u00a0: ${datasetsFr(Number(p.n), String(p.count))}`,
  },
  legendTitle: { en: 'Datasets per region', fr: 'Jeux de données par région' },
  legendNone: { en: 'None', fr: 'Aucun' },
  notDrawn: { en: 'Not shown on the map:', fr: 'Absents de la carte\u00a0:' },
  mapUnavailable: { en: 'The map of Canada is not available here.', fr: 'La carte du Canada n’est pas disponible ici.' },
  tableSummary: { en: 'Datasets by province and territory, as a table', fr: 'Jeux de données par province et territoire, en tableau' },
  regionHeader: { en: 'Province or territory', fr: 'Province ou territoire' },
  countHeader: { en: 'Datasets', fr: 'Jeux de données' },
  bboxCaption: {
    en: (p) => `Area covered: west ${p.west}, south ${p.south}, east ${p.east}, north ${p.north}`,
    fr: (p) => `Territoire couvert\u00a0: ouest ${p.west}, sud ${p.south}, est ${p.east}, nord ${p.north}`,
  },
  pointCaption: { en: (p) => `Location: ${p.lat}, ${p.lon}`, fr: (p) => `Emplacement\u00a0: ${p.lat}, ${p.lon}` },
  outsideMap: { en: '(outside the area of this map)', fr: '(hors de la zone de cette carte)' },
  invalidBox: { en: '(these coordinates cannot be drawn)', fr: '(ces coordonnées ne peuvent pas être dessinées)' },
  north: { en: 'N', fr: 'N' },
  south: { en: 'S', fr: 'S' },
  east: { en: 'E', fr: 'E' },
  west: { en: 'W', fr: 'O' },
});
