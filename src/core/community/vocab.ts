// Bilingual labels for the community tracker's coded values, shared by the UI and the exports.
import type { Label } from '../langstring.js';
import type { DeadlinePrecision } from './deadline.js';
import type { Attendance, CommunityEvent, CommunityKind, EventKind, IrmAssessment, IrmReportKind, OgpValue, ProgressStatus } from './types.js';

/** The national tracker's own words (open.canada.ca), which are also the IRM completion scale's. */
export const PROGRESS_STATUS_LABELS: Readonly<Record<ProgressStatus, Label>> = {
  NS: { en: 'Not started', fr: 'Non commencé' },
  LP: { en: 'Limited progress', fr: 'Progrès limité' },
  SP: { en: 'Substantial progress', fr: 'Progrès important' },
  C: { en: 'Complete', fr: 'Réalisé' },
};

export const EVENT_KIND_LABELS: Readonly<Record<EventKind, Label>> = {
  'bilateral-peer-learning': { en: 'Bilateral peer-learning event', fr: 'Activité d’apprentissage bilatéral entre pairs' },
  'international-forum': { en: 'International forum', fr: 'Forum international' },
  summit: { en: 'Summit', fr: 'Sommet' },
  conference: { en: 'Conference', fr: 'Conférence' },
  workshop: { en: 'Workshop', fr: 'Atelier' },
  'data-literacy': { en: 'Data literacy event', fr: 'Activité de littératie des données' },
};

export const ATTENDANCE_LABELS: Readonly<Record<Attendance, Label>> = {
  online: { en: 'Online', fr: 'En ligne' },
  'in-person': { en: 'In person', fr: 'En personne' },
  mixed: { en: 'In person and online', fr: 'En personne et en ligne' },
};

export const EVENT_STATUS_LABELS: Readonly<Record<CommunityEvent['status'], Label>> = {
  confirmed: { en: 'Confirmed', fr: 'Confirmé' },
  tentative: { en: 'Tentative', fr: 'Provisoire' },
  cancelled: { en: 'Cancelled', fr: 'Annulé' },
};

export const OGP_VALUE_LABELS: Readonly<Record<OgpValue, Label>> = {
  'access-to-information': { en: 'Access to information', fr: 'Accès à l’information' },
  'civic-participation': { en: 'Civic participation', fr: 'Participation civique' },
  'public-accountability': { en: 'Public accountability', fr: 'Responsabilité publique' },
  'technology-innovation': { en: 'Technology and innovation', fr: 'Technologie et innovation' },
};

export const DEADLINE_PRECISION_LABELS: Readonly<Record<DeadlinePrecision, Label>> = {
  day: { en: 'Day', fr: 'Jour' },
  month: { en: 'Month', fr: 'Mois' },
  quarter: { en: 'Quarter', fr: 'Trimestre' },
  season: { en: 'Season', fr: 'Saison' },
  year: { en: 'Year', fr: 'Année' },
  ongoing: { en: 'Ongoing', fr: 'En continu' },
  unknown: { en: 'Unknown', fr: 'Inconnue' },
};

export const COMMUNITY_KIND_LABELS: Readonly<Record<CommunityKind, Label>> = {
  member: { en: 'OGP member', fr: 'Membre du PGO' },
  plan: { en: 'Action plan', fr: 'Plan d’action' },
  commitment: { en: 'Commitment', fr: 'Engagement' },
  milestone: { en: 'Milestone', fr: 'Jalon' },
  indicator: { en: 'Indicator', fr: 'Indicateur' },
  irm: { en: 'IRM assessment', fr: 'Évaluation du MEI' },
  'charter-adoption': { en: 'Open Data Charter adoption', fr: 'Adoption de la Charte internationale sur les données ouvertes' },
  event: { en: 'Event', fr: 'Événement' },
  declaration: { en: 'Declaration', fr: 'Déclaration' },
  'learning-resource': { en: 'Learning resource', fr: 'Ressource d’apprentissage' },
};

export const IRM_REPORT_LABELS: Readonly<Record<IrmReportKind, Label>> = {
  design: { en: 'Design report', fr: 'Rapport de conception' },
  'action-plan-review': { en: 'Action Plan Review', fr: 'Examen du plan d’action' },
  progress: { en: 'Progress report', fr: 'Rapport d’étape' },
  'end-of-term': { en: 'End-of-term report', fr: 'Rapport de fin de mandat' },
  results: { en: 'Results Report', fr: 'Rapport sur les résultats' },
};

type Scale<K extends keyof IrmAssessment> = Readonly<Record<NonNullable<IrmAssessment[K]> & string, Label>>;

/** The IRM's scales (Independent Reporting Mechanism, "Mécanisme d'évaluation indépendant"). */
export const IRM_SCALE_LABELS: {
  specificity: Scale<'specificity'>;
  potentialImpact: Scale<'potentialImpact'>;
  potentialForResults: Scale<'potentialForResults'>;
  completion: Scale<'completion'>;
  didItOpenGovernment: Scale<'didItOpenGovernment'>;
} = {
  specificity: {
    None: { en: 'None', fr: 'Aucune' },
    Low: { en: 'Low', fr: 'Faible' },
    Medium: { en: 'Medium', fr: 'Moyenne' },
    High: { en: 'High', fr: 'Élevée' },
  },
  potentialImpact: {
    None: { en: 'None', fr: 'Aucun' },
    Minor: { en: 'Minor', fr: 'Mineur' },
    Moderate: { en: 'Moderate', fr: 'Modéré' },
    Transformative: { en: 'Transformative', fr: 'Transformateur' },
  },
  potentialForResults: {
    Unclear: { en: 'Unclear', fr: 'Incertain' },
    Modest: { en: 'Modest', fr: 'Modeste' },
    Substantial: { en: 'Substantial', fr: 'Important' },
  },
  completion: {
    'No Evidence Available': { en: 'No evidence available', fr: 'Aucune donnée probante' },
    'Not Started': { en: 'Not started', fr: 'Non commencé' },
    Limited: { en: 'Limited', fr: 'Limité' },
    Substantial: { en: 'Substantial', fr: 'Important' },
    Complete: { en: 'Complete', fr: 'Réalisé' },
  },
  didItOpenGovernment: {
    Worsened: { en: 'Worsened', fr: 'Détérioration' },
    'Did not change': { en: 'Did not change', fr: 'Aucun changement' },
    Marginal: { en: 'Marginal', fr: 'Marginal' },
    Major: { en: 'Major', fr: 'Majeur' },
    Outstanding: { en: 'Outstanding', fr: 'Exceptionnel' },
  },
};
