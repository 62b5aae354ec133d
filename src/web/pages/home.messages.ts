// Text of the home page, in both languages.
import { messages } from '../i18n/messages.js';

const datasetsEn = (n: number) => (n === 1 ? 'dataset' : 'datasets');
// French counts 0 and 1 in the singular.
const datasetsFr = (n: number) => (n < 2 ? 'jeu de données' : 'jeux de données');

export const homeText = messages({
  title: { en: 'Home', fr: 'Accueil' },
  heading: {
    en: 'Open data from every level of government in Canada',
    fr: 'Les données ouvertes de tous les ordres de gouvernement du Canada',
  },
  intro: {
    en: (p) => `Search ${p.count} ${datasetsEn(Number(p.n))} from federal, provincial, territorial and municipal portals, in English and French.`,
    fr: (p) => `Cherchez parmi ${p.count} ${datasetsFr(Number(p.n))} des portails fédéral, provinciaux, territoriaux et municipaux, en français et en anglais.`,
  },
  byLevel: { en: 'Datasets by level of government', fr: 'Jeux de données par ordre de gouvernement' },
  byRegion: { en: 'Datasets by province and territory', fr: 'Jeux de données par province et territoire' },
  recent: { en: 'Recently updated datasets', fr: 'Jeux de données mis à jour récemment' },
  allRecent: { en: 'All datasets, newest first', fr: 'Tous les jeux de données, les plus récents d’abord' },
  empty: {
    en: 'The catalogue is empty for now: its sources have not been harvested yet.',
    fr: 'Le catalogue est vide pour l’instant\u00a0: ses sources n’ont pas encore été moissonnées.',
  },
  sourcesLink: { en: 'See the sources and their harvests', fr: 'Voir les sources et leurs moissons' },
  machineTranslated: { en: 'Machine-translated', fr: 'Traduction automatique' },
});
