// Text of the declarations page, in both languages.
import { messages } from '../../i18n/messages.js';

export const declarationsText = messages({
  title: { en: 'Open government declarations', fr: 'Déclarations sur le gouvernement ouvert' },
  intro: {
    en: 'Declarations signed by governments in Canada, and whether they use the language of open government.',
    fr: 'Les déclarations signées par des gouvernements du Canada, et si elles emploient le langage du gouvernement ouvert.',
  },
  date: { en: 'Date', fr: 'Date' },
  declaration: { en: 'Declaration', fr: 'Déclaration' },
  signatories: { en: 'Signatories', fr: 'Signataires' },
  openGovernmentLanguage: { en: 'Open government language', fr: 'Langage du gouvernement ouvert' },
  link: { en: 'Text', fr: 'Texte' },
  linkLabel: { en: (p) => `Text of ${p.name}`, fr: (p) => `Texte de ${p.name}` },
  tableCaption: { en: (p) => `Declarations (${p.count})`, fr: (p) => `Déclarations (${p.count})` },
  none: { en: 'No declaration is recorded yet.', fr: 'Aucune déclaration n’est encore consignée.' },
  untitled: { en: 'Untitled declaration', fr: 'Déclaration sans titre' },
  allDeclarations: { en: 'All declarations', fr: 'Toutes les déclarations' },
  addDeclaration: { en: 'Add a declaration', fr: 'Ajouter une déclaration' },
  editDeclaration: { en: 'Edit this declaration', fr: 'Modifier cette déclaration' },
});
