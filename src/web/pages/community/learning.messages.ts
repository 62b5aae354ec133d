// Text of the learning resources pages, in both languages.
import { messages } from '../../i18n/messages.js';

export const learningText = messages({
  title: { en: 'Open government learning resources', fr: 'Ressources d’apprentissage sur le gouvernement ouvert' },
  intro: {
    en: 'Courses, guides and videos about open government and open data, described with the LRMI vocabulary.',
    fr: 'Cours, guides et vidéos sur le gouvernement ouvert et les données ouvertes, décrits avec le vocabulaire LRMI.',
  },
  type: { en: 'Type', fr: 'Type' },
  level: { en: 'Level', fr: 'Niveau' },
  audience: { en: 'Audience', fr: 'Public' },
  language: { en: 'Language', fr: 'Langue' },
  languageHint: { en: 'A language tag, such as fr or en-CA.', fr: 'Une étiquette de langue, comme fr ou en-CA.' },
  teaches: { en: 'Teaches', fr: 'Enseigne' },
  publisher: { en: 'Publisher', fr: 'Éditeur' },
  license: { en: 'Licence', fr: 'Licence' },
  timeRequired: { en: 'Time required', fr: 'Durée' },
  resource: { en: 'Open the resource', fr: 'Ouvrir la ressource' },
  description: { en: 'Description', fr: 'Description' },
  none: { en: 'No learning resource matches.', fr: 'Aucune ressource d’apprentissage ne correspond.' },
  count: { en: (p) => `${p.count} ${Number(p.n) === 1 ? 'resource' : 'resources'}`, fr: (p) => `${p.count} ${Number(p.n) < 2 ? 'ressource' : 'ressources'}` },
  untitled: { en: 'Untitled resource', fr: 'Ressource sans titre' },
  allResources: { en: 'All learning resources', fr: 'Toutes les ressources d’apprentissage' },
  beginner: { en: 'Beginner', fr: 'Débutant' },
  intermediate: { en: 'Intermediate', fr: 'Intermédiaire' },
  advanced: { en: 'Advanced', fr: 'Avancé' },
  badLanguage: { en: (p) => `language: "${p.value}" is not a language tag (such as fr or en-CA).`, fr: (p) => `language : « ${p.value} » n’est pas une étiquette de langue (comme fr ou en-CA).` },
  addResource: { en: 'Add a learning resource', fr: 'Ajouter une ressource d’apprentissage' },
  editResource: { en: 'Edit this learning resource', fr: 'Modifier cette ressource d’apprentissage' },
});
