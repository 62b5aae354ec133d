// Text of the page frame (header, footer, errors), in both languages.
import { messages } from './messages.js';

export const common = messages({
  siteName: { en: 'Federa', fr: 'Federa' },
  tagline: { en: 'Open data of every level of government in Canada', fr: 'Les données ouvertes de tous les ordres de gouvernement du Canada' },
  skipToContent: { en: 'Skip to main content', fr: 'Passer au contenu principal' },
  primaryNav: { en: 'Main menu', fr: 'Menu principal' },
  navHome: { en: 'Home', fr: 'Accueil' },
  navSearch: { en: 'Search datasets', fr: 'Chercher des jeux de données' },
  navSources: { en: 'Sources', fr: 'Sources' },
  navCrosswalk: { en: 'Crosswalk', fr: 'Correspondance' },
  navOpenGovernment: { en: 'Open government', fr: 'Gouvernement ouvert' },
  navStandards: { en: 'Data standards', fr: 'Normes de données' },
  otherLanguage: { en: 'Français', fr: 'English' },
  otherLanguageLabel: { en: 'Lire cette page en français', fr: 'Read this page in English' },
  footerAbout: {
    en: 'Federa federates the open data of federal, provincial, territorial and municipal governments.',
    fr: 'Federa fédère les données ouvertes des gouvernements fédéral, provinciaux, territoriaux et municipaux.',
  },
  apiLink: { en: 'API', fr: 'API' },
  signInLink: { en: 'Sign in (editors)', fr: 'Connexion (rédaction)' },
  notFoundTitle: { en: 'Page not found', fr: 'Page introuvable' },
  notFoundText: { en: 'We could not find that page.', fr: 'Nous n’avons pas trouvé cette page.' },
  errorTitle: { en: 'Something went wrong', fr: 'Une erreur s’est produite' },
  errorText: { en: 'The page could not be shown. Please try again later.', fr: 'La page n’a pas pu être affichée. Veuillez réessayer plus tard.' },
  backHome: { en: 'Back to the home page', fr: 'Retour à l’accueil' },
});
