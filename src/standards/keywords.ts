// The five standards Federa ships, and the words that find each kind of data in a catalogue
// (titles and keywords of datasets, in English and French) for the coverage page.

export const STANDARD_NAMES = ['procurement-contracts', 'grants-contributions', 'building-permits', 'food-inspections', 'traffic-collisions'] as const;

export type StandardName = (typeof STANDARD_NAMES)[number];

export const STANDARD_KEYWORDS: Record<StandardName, { en: string[]; fr: string[] }> = {
  'procurement-contracts': {
    en: ['contracts', 'procurement', 'contracts awarded', 'purchasing', 'tenders', 'vendors', 'proactive disclosure of contracts'],
    fr: ['contrats', 'marchés publics', 'approvisionnement', 'contrats octroyés', 'appels d’offres', 'fournisseurs', 'divulgation proactive des marchés'],
  },
  'grants-contributions': {
    en: ['grants', 'contributions', 'grants and contributions', 'transfer payments', 'funding recipients', 'subsidies'],
    fr: ['subventions', 'contributions', 'subventions et contributions', 'paiements de transfert', 'bénéficiaires', 'aide financière'],
  },
  'building-permits': {
    en: ['building permits', 'construction permits', 'demolition permits', 'permits issued'],
    fr: ['permis de construction', 'permis de construire', 'permis de démolition', 'permis délivrés'],
  },
  'food-inspections': {
    en: ['food inspections', 'restaurant inspections', 'food premises', 'food safety', 'DineSafe', 'health inspections'],
    fr: ['inspections des aliments', 'inspection des restaurants', 'établissements alimentaires', 'salubrité des aliments', 'hygiène alimentaire'],
  },
  'traffic-collisions': {
    en: ['traffic collisions', 'motor vehicle collisions', 'collisions', 'road safety', 'traffic accidents', 'crashes'],
    fr: ['collisions routières', 'accidents de la route', 'sécurité routière', 'accidents routiers'],
  },
};
