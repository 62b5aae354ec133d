// Text of the search page (and of the search box the home page shares), in both languages.
import { messages } from '../i18n/messages.js';

const quoteEn = (text: unknown) => `“${String(text)}”`;
const quoteFr = (text: unknown) => `«\u00a0${String(text)}\u00a0»`;
// French counts 0 and 1 in the singular.
const datasetsEn = (n: number) => (n === 1 ? 'dataset' : 'datasets');
const datasetsFr = (n: number) => (n < 2 ? 'jeu de données' : 'jeux de données');

export const searchText = messages({
  title: { en: 'Search datasets', fr: 'Chercher des jeux de données' },
  titleFor: { en: (p) => `${quoteEn(p.q)} – Search datasets`, fr: (p) => `${quoteFr(p.q)} – Chercher des jeux de données` },
  searchLabel: { en: 'Search datasets', fr: 'Chercher des jeux de données' },
  searchButton: { en: 'Search', fr: 'Chercher' },
  searchHint: {
    en: 'All words must match. Use "quotes" for a phrase, -word to leave a word out, OR between alternatives.',
    fr: 'Tous les mots doivent correspondre. Mettez une expression entre "guillemets", -mot pour exclure un mot, OR entre deux possibilités.',
  },
  resultCount: { en: (p) => `${p.count} ${datasetsEn(Number(p.n))}`, fr: (p) => `${p.count} ${datasetsFr(Number(p.n))}` },
  results: { en: 'Results', fr: 'Résultats' },
  // Active filters
  activeFilters: { en: 'Active filters', fr: 'Filtres actifs' },
  removeFilter: { en: 'Remove filter: ', fr: 'Retirer le filtre : ' },
  queryChip: { en: (p) => quoteEn(p.q), fr: (p) => quoteFr(p.q) },
  modifiedFromChip: { en: (p) => `Modified since ${p.date}`, fr: (p) => `Modifié depuis le ${p.date}` },
  modifiedToChip: { en: (p) => `Modified until ${p.date}`, fr: (p) => `Modifié jusqu’au ${p.date}` },
  clearAll: { en: 'Clear all filters', fr: 'Retirer tous les filtres' },
  // Sort
  sortLabel: { en: 'Sort by', fr: 'Trier par' },
  sortButton: { en: 'Sort', fr: 'Trier' },
  sortRelevance: { en: 'Relevance', fr: 'Pertinence' },
  sortModified: { en: 'Last modified', fr: 'Dernière modification' },
  sortTitle: { en: 'Title', fr: 'Titre' },
  // Facets
  refine: { en: 'Refine the results', fr: 'Affiner les résultats' },
  facetJurisdictionLevel: { en: 'Jurisdiction level', fr: 'Ordre de gouvernement' },
  facetJurisdiction: { en: 'Jurisdiction', fr: 'Administration' },
  facetPublisher: { en: 'Publisher', fr: 'Éditeur' },
  facetFormat: { en: 'Format', fr: 'Format' },
  facetLicence: { en: 'Licence', fr: 'Licence' },
  facetSubject: { en: 'Subject', fr: 'Sujet' },
  facetKeyword: { en: 'Keyword', fr: 'Mot-clé' },
  facetSource: { en: 'Source', fr: 'Source' },
  facetOpen: { en: 'Licence openness', fr: 'Ouverture de la licence' },
  facetLanguage: { en: 'Language of the data', fr: 'Langue des données' },
  showAll: { en: 'Show all', fr: 'Tout afficher' },
  modifiedHeading: { en: 'Last modified', fr: 'Dernière modification' },
  modifiedFrom: { en: 'From (YYYY-MM-DD)', fr: 'Du (AAAA-MM-JJ)' },
  modifiedTo: { en: 'To (YYYY-MM-DD)', fr: 'Au (AAAA-MM-JJ)' },
  applyDates: { en: 'Apply dates', fr: 'Appliquer les dates' },
  // A result
  publisher: { en: 'Publisher', fr: 'Éditeur' },
  jurisdiction: { en: 'Jurisdiction', fr: 'Administration' },
  formats: { en: 'Formats', fr: 'Formats' },
  licence: { en: 'Licence', fr: 'Licence' },
  modified: { en: 'Modified', fr: 'Modifié' },
  openLicence: { en: 'open', fr: 'ouverte' },
  notOpenLicence: { en: 'not open', fr: 'non ouverte' },
  unknownLicence: { en: 'Not stated', fr: 'Non précisée' },
  noFormat: { en: 'None listed', fr: 'Aucun indiqué' },
  machineTranslated: { en: 'Machine-translated', fr: 'Traduction automatique' },
  alsoAvailableFrom: { en: 'Also available from:', fr: 'Aussi offert par\u00a0:' },
  // Pagination
  pagination: { en: 'Pages of results', fr: 'Pages de résultats' },
  previous: { en: 'Previous', fr: 'Précédente' },
  next: { en: 'Next', fr: 'Suivante' },
  pageNumber: { en: (p) => `Page ${p.page}`, fr: (p) => `Page ${p.page}` },
  pastLastPage: {
    en: (p) => `There is no page ${p.page}: these results end on page ${p.last}.`,
    fr: (p) => `Il n’y a pas de page ${p.page}\u00a0: ces résultats s’arrêtent à la page ${p.last}.`,
  },
  goToLastPage: { en: 'Go to the last page', fr: 'Aller à la dernière page' },
  // Empty results
  noResults: { en: 'No datasets found', fr: 'Aucun jeu de données trouvé' },
  searchedFor: { en: (p) => `Nothing matches ${quoteEn(p.q)}`, fr: (p) => `Rien ne correspond à ${quoteFr(p.q)}` },
  searchedEverything: { en: 'No dataset matches', fr: 'Aucun jeu de données ne correspond' },
  withFilters: { en: ' with these filters:', fr: ' avec ces filtres\u00a0:' },
  endOfSentence: { en: '.', fr: '.' },
  didYouMean: { en: 'Did you mean ', fr: 'Vouliez-vous dire ' },
  questionMark: { en: '?', fr: '\u00a0?' },
  suggestionCount: { en: (p) => ` (${p.count} ${datasetsEn(Number(p.n))})`, fr: (p) => ` (${p.count} ${datasetsFr(Number(p.n))})` },
  tryInstead: { en: 'You could:', fr: 'Vous pourriez\u00a0:' },
  searchWithout: { en: (p) => `Search without ${quoteEn(p.label)}`, fr: (p) => `Chercher sans ${quoteFr(p.label)}` },
  searchWithoutFilters: { en: (p) => `Search ${quoteEn(p.q)} without any filter`, fr: (p) => `Chercher ${quoteFr(p.q)} sans aucun filtre` },
  browseAll: { en: 'Browse every dataset', fr: 'Parcourir tous les jeux de données' },
  fewerWords: { en: 'Use fewer or more general words, or check their spelling.', fr: 'Utilisez moins de mots ou des mots plus généraux, ou vérifiez leur orthographe.' },
  // Bad parameters
  invalidTitle: { en: 'This search could not be run', fr: 'Cette recherche n’a pas pu être lancée' },
  invalidPage: {
    en: (p) => `The page number must be a whole number from 1, got ${quoteEn(p.value)}.`,
    fr: (p) => `Le numéro de page doit être un nombre entier à partir de 1, reçu ${quoteFr(p.value)}.`,
  },
  invalidSort: {
    en: (p) => `The order must be relevance, modified or title, got ${quoteEn(p.value)}.`,
    fr: (p) => `L’ordre doit être relevance, modified ou title, reçu ${quoteFr(p.value)}.`,
  },
  repeated: {
    en: (p) => `The parameter ${quoteEn(p.name)} can be given only once.`,
    fr: (p) => `Le paramètre ${quoteFr(p.name)} ne peut être donné qu’une fois.`,
  },
  startOver: { en: 'Start a new search', fr: 'Commencer une nouvelle recherche' },
});

export type SearchText = ReturnType<typeof searchText>;
