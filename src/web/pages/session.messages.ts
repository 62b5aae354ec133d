// Text of signing in and out and of the forms that change state, in both languages.
import { messages } from '../i18n/messages.js';

export const sessionText = messages({
  signInTitle: { en: 'Sign in', fr: 'Connexion' },
  signInIntro: {
    en: 'Editors and administrators sign in with an API token (federa tokens create) to start harvests and change sources. Visitors need no account.',
    fr: 'Les rédacteurs et les administrateurs se connectent avec un jeton d’API (federa tokens create) pour lancer des moissonnages et modifier les sources. Les visiteurs n’ont besoin d’aucun compte.',
  },
  tokenLabel: { en: 'API token', fr: 'Jeton d’API' },
  tokenHint: { en: 'It starts with fed_. It is not stored: only a session is kept.', fr: 'Il commence par fed_. Il n’est pas conservé : seule une session l’est.' },
  signInButton: { en: 'Sign in', fr: 'Se connecter' },
  signInRefused: { en: 'This token is unknown or revoked. Check it and try again.', fr: 'Ce jeton est inconnu ou révoqué. Vérifiez-le et réessayez.' },
  signedInAs: { en: (p) => `You are signed in as ${p.role}.`, fr: (p) => `Vous êtes connecté ou connectée avec le rôle ${p.role}.` },
  signOutButton: { en: 'Sign out', fr: 'Se déconnecter' },
  roleAdmin: { en: 'administrator', fr: 'administrateur' },
  roleEditor: { en: 'editor', fr: 'rédacteur' },
  refusedTitle: { en: 'Request refused', fr: 'Requête refusée' },
  refusedForm: {
    en: 'This form could not be accepted: it did not come from a page of this site in your session (it may be out of date). Nothing was changed. Go back, reload the page and try again.',
    fr: 'Ce formulaire n’a pas pu être accepté : il ne venait pas d’une page de ce site dans votre session (il est peut-être périmé). Rien n’a été modifié. Revenez en arrière, rechargez la page et réessayez.',
  },
  refusedSignedOut: { en: 'You must be signed in to do this. Nothing was changed.', fr: 'Vous devez être connecté pour faire ceci. Rien n’a été modifié.' },
  refusedRole: { en: (p) => `Your role (${p.role}) may not ${p.action}. Nothing was changed.`, fr: (p) => `Votre rôle (${p.role}) ne permet pas de ${p.action}. Rien n’a été modifié.` },
  busyTitle: { en: 'Already harvesting', fr: 'Moissonnage déjà en cours' },
  busyText: { en: 'This source is already being harvested. Its page shows the job in progress.', fr: 'Cette source est déjà en cours de moissonnage. Sa page montre la tâche en cours.' },
  backToSource: { en: 'Back to the source', fr: 'Retour à la source' },
  harvestHeading: { en: 'Harvest now', fr: 'Moissonner maintenant' },
  modeLegend: { en: 'Kind of harvest', fr: 'Type de moissonnage' },
  modeIncremental: { en: 'Incremental: what changed since the last harvest', fr: 'Incrémentiel : ce qui a changé depuis le dernier moissonnage' },
  modeFull: { en: 'Full: every record, and withdraws those that are gone', fr: 'Complet : tous les enregistrements, et retire ceux qui ont disparu' },
  harvestButton: { en: 'Harvest now', fr: 'Moissonner maintenant' },
  settingsHeading: { en: 'Settings', fr: 'Réglages' },
  settingsEnabled: { en: 'Harvest this source on its schedule', fr: 'Moissonner cette source selon son horaire' },
  settingsSaved: { en: 'The settings were saved.', fr: 'Les réglages ont été enregistrés.' },
  saveButton: { en: 'Save', fr: 'Enregistrer' },
});
