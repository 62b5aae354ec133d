// CKAN groups (themes) of the aggregator, in French as Données Québec names them, and of the city.
import type { Label } from '../../../core/langstring.js';

export interface GroupDef {
  name: string;
  title: string;
}

const QUEBEC_BY_SUBJECT: Readonly<Record<string, GroupDef>> = {
  transport: { name: 'transport', title: 'Transport' },
  health_and_safety: { name: 'sante', title: 'Santé' },
  nature_and_environment: { name: 'environnement-ressources-naturelles-energie', title: 'Environnement, ressources naturelles et énergie' },
  government_and_politics: { name: 'gouvernement-finances', title: 'Gouvernement et finances' },
  economics_and_industry: { name: 'economie-entreprises', title: 'Économie et entreprises' },
  labour: { name: 'economie-entreprises', title: 'Économie et entreprises' },
  education_and_training: { name: 'education-recherche', title: 'Éducation et recherche' },
  society_and_culture: { name: 'societe-culture', title: 'Société et culture' },
  history_and_archaeology: { name: 'societe-culture', title: 'Société et culture' },
  agriculture: { name: 'agriculture-alimentation', title: 'Agriculture et alimentation' },
  law: { name: 'loi-justice-securite-publique', title: 'Loi, justice et sécurité publique' },
  persons: { name: 'politiques-sociales', title: 'Politiques sociales' },
  information_and_communications: { name: 'infrastructures', title: 'Infrastructures' },
};

const QUEBEC_BY_TOPIC: Readonly<Record<string, GroupDef>> = {
  parks: { name: 'tourisme-sports-loisirs', title: 'Tourisme, sports et loisirs' },
  travellers: { name: 'tourisme-sports-loisirs', title: 'Tourisme, sports et loisirs' },
  'road-network': { name: 'infrastructures', title: 'Infrastructures' },
};

const CITY_BY_SUBJECT: Readonly<Record<string, GroupDef>> = {
  transport: { name: 'transportation', title: 'Transportation' },
  nature_and_environment: { name: 'environment', title: 'Environment' },
  government_and_politics: { name: 'government', title: 'Government' },
  economics_and_industry: { name: 'business-and-economy', title: 'Business and Economy' },
  labour: { name: 'business-and-economy', title: 'Business and Economy' },
  health_and_safety: { name: 'health-and-safety', title: 'Health and Safety' },
  law: { name: 'health-and-safety', title: 'Health and Safety' },
  society_and_culture: { name: 'community-services', title: 'Community Services' },
  history_and_archaeology: { name: 'arts-culture-and-heritage', title: 'Arts, Culture and Heritage' },
};

const CITY_BY_TOPIC: Readonly<Record<string, GroupDef>> = {
  parks: { name: 'parks-and-recreation', title: 'Parks and Recreation' },
  trees: { name: 'parks-and-recreation', title: 'Parks and Recreation' },
  'building-permits': { name: 'planning-and-development', title: 'Planning and Development' },
  addresses: { name: 'planning-and-development', title: 'Planning and Development' },
};

const FALLBACK: Label = { en: 'government', fr: 'gouvernement-finances' };

export function quebecGroup(topicId: string, subject: string): GroupDef {
  return QUEBEC_BY_TOPIC[topicId] ?? QUEBEC_BY_SUBJECT[subject] ?? { name: FALLBACK.fr, title: 'Gouvernement et finances' };
}

export function cityGroup(topicId: string, subject: string): GroupDef {
  return CITY_BY_TOPIC[topicId] ?? CITY_BY_SUBJECT[subject] ?? { name: FALLBACK.en, title: 'Government' };
}
