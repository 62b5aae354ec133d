// Update frequencies: the ISO 8601 code open.canada.ca uses, the sentence that says it, and the
// words the provincial aggregator (French) and the city (English, written several ways) use.
import type { Label } from '../../../core/langstring.js';

export interface Frequency {
  code: string;
  sentence: Label;
  quebec: string;
  city: readonly string[];
}

export const FREQUENCIES: readonly Frequency[] = [
  { code: 'P1Y', sentence: { en: 'The data are updated annually.', fr: 'Les données sont mises à jour chaque année.' }, quebec: 'Annuelle', city: ['Annually', 'annual', 'Yearly'] },
  { code: 'as_needed', sentence: { en: 'The data are updated as needed.', fr: 'Les données sont mises à jour au besoin.' }, quebec: 'Au besoin', city: ['As needed', 'as_required'] },
  { code: 'P1M', sentence: { en: 'The data are updated monthly.', fr: 'Les données sont mises à jour chaque mois.' }, quebec: 'Mensuelle', city: ['Monthly', 'monthly'] },
  { code: 'irregular', sentence: { en: 'The data are updated irregularly.', fr: 'Les données sont mises à jour de façon irrégulière.' }, quebec: 'Irrégulière', city: ['Irregular', 'irregularly'] },
  { code: 'P1D', sentence: { en: 'The data are updated daily.', fr: 'Les données sont mises à jour quotidiennement.' }, quebec: 'Quotidienne', city: ['Daily', 'daily'] },
  { code: 'P3M', sentence: { en: 'The data are updated quarterly.', fr: 'Les données sont mises à jour chaque trimestre.' }, quebec: 'Trimestrielle', city: ['Quarterly', 'quarterly'] },
  { code: 'not_planned', sentence: { en: 'No further updates are planned.', fr: "Aucune mise à jour n'est prévue." }, quebec: 'Aucune mise à jour prévue', city: ['Historical', 'never', 'one-time'] },
  { code: 'P1W', sentence: { en: 'The data are updated weekly.', fr: 'Les données sont mises à jour chaque semaine.' }, quebec: 'Hebdomadaire', city: ['Weekly', 'weekly'] },
  { code: 'continual', sentence: { en: 'The data are updated continuously.', fr: 'Les données sont mises à jour en continu.' }, quebec: 'En continu', city: ['Continuous', 'real-time'] },
  { code: 'P6M', sentence: { en: 'The data are updated twice a year.', fr: 'Les données sont mises à jour deux fois par année.' }, quebec: 'Semestrielle', city: ['Semi-annual', 'biannually'] },
  { code: 'unknown', sentence: { en: 'The update schedule has not been set.', fr: "Le calendrier de mise à jour n'a pas été fixé." }, quebec: 'Inconnue', city: ['Unknown', 'other'] },
];
