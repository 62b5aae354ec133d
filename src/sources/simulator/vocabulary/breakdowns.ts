// How records break their figures down, by the level of government that publishes them.
import type { Label } from '../../../core/langstring.js';
import type { Level } from './topics.js';

export const BREAKDOWNS: Readonly<Record<Level, readonly Label[]>> = {
  federal: [
    { en: 'by province and territory', fr: 'par province et territoire' },
    { en: 'by year', fr: 'par année' },
    { en: 'by month', fr: 'par mois' },
    { en: 'by age group and sex', fr: "selon le groupe d'âge et le sexe" },
    { en: 'by census metropolitan area', fr: 'par région métropolitaine de recensement' },
    { en: 'by industry', fr: 'par industrie' },
    { en: 'by census division', fr: 'par division de recensement' },
    { en: 'by department', fr: 'par ministère' },
  ],
  provincial: [
    { en: 'by administrative region', fr: 'par région administrative' },
    { en: 'by year', fr: 'par année' },
    { en: 'by month', fr: 'par mois' },
    { en: 'by health region', fr: 'par région sociosanitaire' },
    { en: 'by regional county municipality', fr: 'par municipalité régionale de comté' },
    { en: 'by age group and sex', fr: "selon le groupe d'âge et le sexe" },
    { en: 'by ministry', fr: 'par ministère' },
  ],
  municipal: [
    { en: 'by ward', fr: 'par quartier' },
    { en: 'by month', fr: 'par mois' },
    { en: 'by year', fr: 'par année' },
    { en: 'by neighbourhood', fr: 'par voisinage' },
    { en: 'by borough', fr: 'par arrondissement' },
    { en: 'by street segment', fr: 'par tronçon de rue' },
  ],
};
