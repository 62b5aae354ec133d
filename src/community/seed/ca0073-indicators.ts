// CA0073's indicators: one per "How will we know we succeeded?" item of the plan, with its
// deadline as written and, where the text counts something Federa records, computed targets.
import type { Deadline } from '../../core/community/deadline.js';
import { planQualified } from '../../core/community/ids.js';
import type { BiText, Indicator, QuantitativeTarget } from '../../core/community/types.js';
import { CA0073_PLAN, ca0073Milestones } from './ca0073.js';
import { parseDeadline } from '../../core/community/deadline-parse.js';

interface SeedIndicator {
  code: string;
  text: BiText;
  deadline: Deadline;
  targets?: QuantitativeTarget[];
}

// Counts of things done "during the plan" start with the plan's first year.
const PLAN_START = '2018';

const JUNE_2020 = parseDeadline({ en: 'June 2020', fr: 'juin 2020' });

const INDICATORS: readonly SeedIndicator[] = [
  {
    code: 'C10.1.1',
    text: {
      en: 'A co-chair strategy, co-created with our civil society co-chair, and developed in collaboration with governments and civil society (both domestic and internationally), is published and assessed quarterly in January, April, July, and October 2019',
      fr: 'Une stratégie de coprésidence, élaborée conjointement avec notre coprésident de la société civile et en collaboration avec des gouvernements et la société civile (au pays comme à l’étranger), est publiée et évaluée chaque trimestre en janvier, avril, juillet et octobre 2019',
    },
    // Two dates in one item: the parser takes the later, which closes the indicator.
    deadline: parseDeadline({
      en: 'Strategy published October 2018; commitments fulfilled by June 2020',
      fr: 'Stratégie publiée en octobre 2018; engagements réalisés d’ici juin 2020',
    }),
  },
  {
    code: 'C10.1.2',
    text: {
      en: 'Canada hosts an OGP summit in spring 2019 that showcases open government to a domestic and international audience',
      fr: 'Le Canada accueille au printemps 2019 un sommet du PGO qui présente le gouvernement ouvert à un public canadien et international',
    },
    deadline: parseDeadline({ en: 'Spring 2019', fr: 'Printemps 2019' }),
  },
  {
    code: 'C10.2.1',
    text: {
      en: 'The Open Data for Development Network, hosted at the International Development Research Centre (IDRC) and supported by Global Affairs Canada, will provide technical support to 10 OGP governments and civil society in developing countries for implementing open data commitments',
      fr: 'Le réseau Open Data for Development (OD4D), hébergé au Centre de recherches pour le développement international (CRDI) et soutenu par Affaires mondiales Canada, fournira un soutien technique à 10 gouvernements du PGO et à la société civile de pays en développement pour la mise en œuvre d’engagements en matière de données ouvertes',
    },
    deadline: JUNE_2020,
    // Federa records no technical support: the target is shown, its actual is not computed.
    targets: [{ label: { en: 'OGP governments supported', fr: 'gouvernements du PGO soutenus' }, target: 10 }],
  },
  {
    code: 'C10.2.2',
    text: {
      en: 'The Open Data for Development Network will support research and innovative initiatives on the availability and use of open data for better service delivery, gender equality, inclusion, progress on the Sustainable Development Goals, or transparency and accountability in 10 countries',
      fr: 'Le réseau Open Data for Development soutiendra, dans 10 pays, la recherche et des initiatives novatrices sur la disponibilité et l’utilisation des données ouvertes pour de meilleurs services, l’égalité des genres, l’inclusion, les progrès vers les objectifs de développement durable, ou la transparence et la reddition de comptes',
    },
    deadline: JUNE_2020,
    targets: [{ label: { en: 'countries with supported research', fr: 'pays où la recherche est soutenue' }, target: 10 }],
  },
  {
    code: 'C10.3.1',
    text: {
      en: 'Co-hosted the International Open Data Conference 2018 in Buenos Aires, Argentina',
      fr: 'Coorganisation de la Conférence internationale sur les données ouvertes 2018 à Buenos Aires, en Argentine',
    },
    deadline: parseDeadline({ en: 'September 2018', fr: 'septembre 2018' }),
  },
  {
    code: 'C10.3.2',
    text: {
      en: 'Independent global assessments on the status of open data are supported around the world in a State of Open Data report and through the next edition of the Open Data Barometer',
      fr: 'Des évaluations mondiales indépendantes de l’état des données ouvertes sont soutenues partout dans le monde, dans un rapport sur l’état des données ouvertes (State of Open Data) et par la prochaine édition de l’Open Data Barometer',
    },
    deadline: parseDeadline({ en: 'July 2019', fr: 'juillet 2019' }),
  },
  {
    code: 'C10.3.3',
    text: {
      en: 'Canada has participated in at least 2 bilateral peer learning events and at least 3 international forums, and included language on open government in at least 3 international declarations',
      fr: 'Le Canada a participé à au moins 2 activités bilatérales d’apprentissage entre pairs et à au moins 3 forums internationaux, et a fait inclure des formulations sur le gouvernement ouvert dans au moins 3 déclarations internationales',
    },
    deadline: JUNE_2020,
    targets: [
      {
        label: { en: 'bilateral peer learning events', fr: 'activités bilatérales d’apprentissage entre pairs' },
        target: 2,
        count: { of: 'events', kinds: ['bilateral-peer-learning'], from: PLAN_START, to: '2020-06' },
      },
      {
        label: { en: 'international forums', fr: 'forums internationaux' },
        target: 3,
        count: { of: 'events', kinds: ['international-forum'], from: PLAN_START, to: '2020-06' },
      },
      {
        label: { en: 'international declarations with open government language', fr: 'déclarations internationales mentionnant le gouvernement ouvert' },
        target: 3,
        count: { of: 'declarations', openGovernmentLanguage: true, from: PLAN_START, to: '2020-06' },
      },
    ],
  },
  {
    code: 'C10.4.1',
    text: {
      en: 'An international coalition has been established that will work to make open government processes more inclusive. This group releases an Action Plan with commitments and progress markers',
      fr: 'Une coalition internationale a été créée pour rendre les processus de gouvernement ouvert plus inclusifs. Ce groupe publie un plan d’action comportant des engagements et des jalons de progrès',
    },
    deadline: parseDeadline({ en: 'May 2019', fr: 'mai 2019' }),
  },
  {
    code: 'C10.4.2',
    text: {
      en: 'Research is funded in various regions to contributes to an evidence base for the impact of gender equality in open government on public service delivery',
      fr: 'Des recherches sont financées dans diverses régions pour constituer une base de données probantes sur l’incidence de l’égalité des genres dans le gouvernement ouvert sur la prestation des services publics',
    },
    deadline: parseDeadline({ en: 'December 2018', fr: 'décembre 2018' }),
  },
  {
    code: 'C10.4.3',
    text: {
      en: 'A synthesis publication is released and shared, with future actions and recommendations outlined',
      fr: 'Une publication de synthèse est diffusée et partagée, avec les actions futures et les recommandations',
    },
    deadline: parseDeadline({ en: 'May 2019', fr: 'mai 2019' }),
  },
  {
    code: 'C10.5.1',
    text: {
      en: 'Government of Canada has federated open data with at least 2 additional provinces and 2 municipalities',
      fr: 'Le gouvernement du Canada a fédéré ses données ouvertes avec celles d’au moins 2 autres provinces et de 2 municipalités',
    },
    // Two dates in one item: the parser takes the later, which closes the indicator.
    deadline: parseDeadline({
      en: 'May 2019 to onboard 2 provinces; May 2020 to onboard 2 municipalities',
      fr: 'Mai 2019 pour intégrer 2 provinces; mai 2020 pour intégrer 2 municipalités',
    }),
    targets: [
      {
        label: { en: 'provinces federated (Alberta before the plan)', fr: 'provinces fédérées (l’Alberta avant le plan)' },
        baseline: 1,
        target: 3,
        count: { of: 'sources', levels: ['provincial'] },
      },
      {
        label: { en: 'municipalities federated', fr: 'municipalités fédérées' },
        baseline: 0,
        target: 2,
        count: { of: 'sources', levels: ['municipal'] },
      },
    ],
  },
  {
    code: 'C10.6.1',
    text: {
      en: 'Cross-jurisdictional metadata mapping is completed with a common set of core elements',
      fr: 'La correspondance des métadonnées entre les administrations est achevée, avec un ensemble commun d’éléments de base',
    },
    deadline: parseDeadline({ en: 'February 2019', fr: 'février 2019' }),
  },
  {
    code: 'C10.6.2',
    text: {
      en: 'A pilot project to standardize 5 high-value datasets across jurisdictions from among the list of high value datasets previously identified by the Canada Open Government Working Group is completed',
      fr: 'Un projet pilote visant à normaliser entre les administrations 5 jeux de données à forte valeur, choisis dans la liste établie par le Groupe de travail sur le gouvernement ouvert du Canada, est achevé',
    },
    deadline: parseDeadline({ en: 'September 2019', fr: 'septembre 2019' }),
    targets: [{ label: { en: 'high-value datasets standardized', fr: 'jeux de données à forte valeur normalisés' }, target: 5 }],
  },
  {
    code: 'C10.6.3',
    text: {
      en: 'At least 5 more subnational governments in Canada have adopted the Open Data Charter',
      fr: 'Au moins 5 autres gouvernements infranationaux au Canada ont adopté la Charte sur les données ouvertes',
    },
    deadline: parseDeadline({ en: 'May 2020', fr: 'mai 2020' }),
    targets: [
      {
        // "More": adoptions during the plan, not those before it.
        label: { en: 'subnational governments adopting the Charter', fr: 'gouvernements infranationaux adoptant la Charte' },
        target: 5,
        count: { of: 'charter-adoptions', levels: ['provincial', 'territorial', 'municipal'], from: PLAN_START, to: '2020-05' },
      },
    ],
  },
  {
    code: 'C10.7.1',
    text: {
      en: 'Data literacy and management resources have been identified and are made available to government employees',
      fr: 'Des ressources sur la littératie et la gestion des données ont été répertoriées et sont mises à la disposition des employés du gouvernement',
    },
    deadline: parseDeadline({ en: 'September 2019', fr: 'septembre 2019' }),
    targets: [{ label: { en: 'learning resources available', fr: 'ressources d’apprentissage offertes' }, target: 1, count: { of: 'learning-resources' } }],
  },
  {
    code: 'C10.7.2',
    text: {
      en: '10 data literacy events are held to promote employees skills in open data',
      fr: '10 activités de littératie des données sont tenues pour développer les compétences des employés en matière de données ouvertes',
    },
    deadline: parseDeadline({ en: 'May 2020', fr: 'mai 2020' }),
    targets: [
      {
        label: { en: 'data literacy events', fr: 'activités de littératie des données' },
        target: 10,
        count: { of: 'events', kinds: ['data-literacy'], from: PLAN_START, to: '2020-05' },
      },
    ],
  },
];

/** The indicators, each with its seed deadline as the first of its history. */
export function ca0073Indicators(at: string): Indicator[] {
  const milestones = new Map(ca0073Milestones().map((m) => [m.code, m]));
  return INDICATORS.map((seed) => {
    const milestone = milestones.get(seed.code.slice(0, seed.code.lastIndexOf('.')));
    if (!milestone) throw new Error(`seed: indicator ${seed.code} has no milestone`);
    return {
      id: planQualified(CA0073_PLAN, seed.code),
      plan: CA0073_PLAN,
      commitment: 'CA0073',
      milestone: milestone.id,
      code: seed.code,
      text: seed.text,
      deadline: seed.deadline,
      deadlineHistory: [{ deadline: seed.deadline, at, by: 'seed' }],
      leadInstitutions: milestone.leadInstitutions,
      supportingInstitutions: [],
      targets: seed.targets ?? [],
    };
  });
}
