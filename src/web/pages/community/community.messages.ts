// Text shared by the open government community pages (events, charter, declarations, learning).
import { messages } from '../../i18n/messages.js';

export const communityText = messages({
  backToOpenGovernment: { en: 'Open government tracker', fr: 'Suivi du gouvernement ouvert' },
  breadcrumb: { en: 'Breadcrumb', fr: 'Fil d’Ariane' },
  filtersHeading: { en: 'Filter', fr: 'Filtrer' },
  anyValue: { en: 'Any', fr: 'Tous' },
  applyFilters: { en: 'Apply', fr: 'Appliquer' },
  clearFilters: { en: 'Clear the filters', fr: 'Effacer les filtres' },
  yes: { en: 'Yes', fr: 'Oui' },
  no: { en: 'No', fr: 'Non' },
  link: { en: 'Link', fr: 'Lien' },
  invalidTitle: { en: 'These filters cannot be applied', fr: 'Ces filtres ne peuvent pas être appliqués' },
  badChoice: {
    en: (p) => `${p.field}: "${p.value}" is not one of ${p.allowed}.`,
    fr: (p) => `${p.field} : « ${p.value} » ne fait pas partie de ${p.allowed}.`,
  },
  badYear: { en: (p) => `year: "${p.value}" is not a year (four digits).`, fr: (p) => `year : « ${p.value} » n’est pas une année (quatre chiffres).` },
  badCountry: {
    en: (p) => `country: "${p.value}" is not a two-letter country code (ISO 3166-1, such as CA).`,
    fr: (p) => `country : « ${p.value} » n’est pas un code de pays à deux lettres (ISO 3166-1, comme CA).`,
  },
  addRecord: { en: 'Add', fr: 'Ajouter' },
  editRecord: { en: 'Edit', fr: 'Modifier' },
  otherLanguageText: { en: '(in French)', fr: '(en anglais)' },
});
