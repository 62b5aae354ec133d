// Commitment 10 of Canada's 2018-2020 plan, "Open Government Community" (CA0073), in full: the
// English is the plan's; the French is Federa's own translation (no official one was at hand).
import { planQualified } from '../../core/community/ids.js';
import type { Commitment, Milestone } from '../../core/community/types.js';
import { listedCommitment } from './canada.js';
import { CANADA_COMMITMENTS } from './commitments.js';

export const CA0073_PLAN = 'AP_CAN04';

const TEXT_EN = `**Issue to be addressed**

As the global open government movement has matured in recent years, we have increasingly recognized that open government initiatives have the potential to transform the lives of citizens. But these efforts can be vulnerable to changes in political leadership and competing government priorities. For open government to be sustainable, we need to make efforts to foster a strong, cohesive community across Canada and around the world that can continue to push for ambitious reforms in all levels of government.

Greater collaboration across the open government community can also lead to more effective work, as good practices and lessons learned can be shared to help others identify challenges and opportunities.

As lead government co-chair of the Open Government Partnership (OGP), Canada has an unprecedented opportunity to convene and support the open government community around the world and here at home.

**Commitment**

The Government of Canada will demonstrate leadership at home and abroad, working with partners in government, civil society, and the private sector to share lessons learned and support a collaborative approach to align and advance open government efforts. In particular, we will:

- launch an ambitious strategy as co-chair of the OGP Steering Committee, in partnership with its civil society co-chair, Nathaniel Heller of Results for Development
- help to advance the responsible release and use of open data in OGP countries
- support international events to drive peer learning and measure open government impact internationally
- build capacity for governments worldwide to design more inclusive open government initiatives
- strengthen collaboration with other governments in Canada through the Canada Open Government Working Group, and expand the working group to include representatives of national municipal organizations`;

const TEXT_FR = `**Enjeu à régler**

À mesure que le mouvement mondial pour un gouvernement ouvert a mûri ces dernières années, nous avons de plus en plus reconnu que les initiatives de gouvernement ouvert peuvent transformer la vie des citoyens. Mais ces efforts peuvent être fragilisés par les changements de direction politique et par des priorités gouvernementales concurrentes. Pour que le gouvernement ouvert soit durable, nous devons nous efforcer de favoriser une communauté forte et soudée au Canada et dans le monde, qui pourra continuer de réclamer des réformes ambitieuses à tous les ordres de gouvernement.

Une plus grande collaboration au sein de la communauté du gouvernement ouvert peut aussi rendre le travail plus efficace, puisque les bonnes pratiques et les leçons apprises peuvent être échangées pour aider les autres à cerner les défis et les possibilités.

À titre de coprésident gouvernemental principal du Partenariat pour un gouvernement ouvert (PGO), le Canada a une occasion sans précédent de rassembler et de soutenir la communauté du gouvernement ouvert dans le monde et ici, au pays.

**Engagement**

Le gouvernement du Canada fera preuve de leadership au pays et à l’étranger, en travaillant avec des partenaires du gouvernement, de la société civile et du secteur privé pour échanger les leçons apprises et appuyer une approche collaborative visant à harmoniser et à faire progresser les efforts en matière de gouvernement ouvert. Plus précisément, nous allons :

- lancer une stratégie ambitieuse à titre de coprésident du Comité directeur du PGO, en partenariat avec son coprésident de la société civile, Nathaniel Heller, de Results for Development
- contribuer à faire progresser la publication et l’utilisation responsables des données ouvertes dans les pays du PGO
- appuyer des événements internationaux pour favoriser l’apprentissage entre pairs et mesurer l’incidence du gouvernement ouvert à l’échelle internationale
- renforcer la capacité des gouvernements du monde entier à concevoir des initiatives de gouvernement ouvert plus inclusives
- renforcer la collaboration avec les autres gouvernements au Canada par l’entremise du Groupe de travail sur le gouvernement ouvert du Canada, et élargir ce groupe de travail pour y inclure des représentants des organisations municipales nationales`;

// As the plan writes them, separated by ";".
const LEADS =
  'Canada School of Public Service (CSPS); International Development Research Centre (IDRC) through Open Data for Development (OD4D); Treasury Board of Canada Secretariat (TBS); partners in provincial, territorial, and municipal governments across Canada';

export function ca0073(): Commitment {
  const listed = CANADA_COMMITMENTS.find((c) => c.ogpId === 'CA0073');
  if (!listed) throw new Error('seed: CA0073 is missing from the list of Canadian commitments');
  return {
    ...listedCommitment(listed),
    code: 'C10',
    number: 10,
    title: { en: 'Open Government Community', fr: 'Communauté du gouvernement ouvert' },
    text: { en: TEXT_EN, fr: TEXT_FR },
    leadInstitutions: LEADS.split(';').map((lead) => lead.trim()),
    supportingInstitutions: [],
    policyAreas: ['Access to Information', 'Capacity Building', 'E-Government', 'Gender', 'Marginalized Communities', 'Open Data'],
    status: 'active',
  };
}

/** Code, English and French title, and leads (abbreviated as the plan writes them). */
const MILESTONES: readonly [string, string, string, string[]][] = [
  [
    'C10.1',
    'Demonstrate global leadership during Canada’s term as lead government co-chair of the OGP Steering Committee',
    'Faire preuve de leadership mondial pendant le mandat du Canada à titre de coprésident gouvernemental principal du Comité directeur du PGO',
    ['TBS'],
  ],
  [
    'C10.2',
    'Support the OGP Thematic Partnership on Open Data, helping to advance the responsible release and use of open data in OGP countries',
    'Appuyer le partenariat thématique du PGO sur les données ouvertes, en contribuant à faire progresser la publication et l’utilisation responsables des données ouvertes dans les pays du PGO',
    ['IDRC'],
  ],
  [
    'C10.3',
    'Support international events to drive peer learning and measure open government and open data impact internationally',
    'Appuyer des événements internationaux pour favoriser l’apprentissage entre pairs et mesurer l’incidence du gouvernement ouvert et des données ouvertes à l’échelle internationale',
    ['IDRC', 'TBS'],
  ],
  [
    'C10.4',
    'Build capacity for more feminist open government initiatives worldwide',
    'Renforcer les capacités pour des initiatives de gouvernement ouvert plus féministes dans le monde entier',
    ['IDRC'],
  ],
  [
    'C10.5',
    'Building on current collaboration between the Governments of Canada and Alberta, extend federated open data search pilot to additional provinces and onboard at least 2 municipalities',
    'En s’appuyant sur la collaboration actuelle entre les gouvernements du Canada et de l’Alberta, étendre le projet pilote de recherche fédérée de données ouvertes à d’autres provinces et y intégrer au moins 2 municipalités',
    ['TBS'],
  ],
  [
    'C10.6',
    'Implement a pilot project to move toward cross-jurisdictional common data standards in line with the International Open Data Charter and other international standards',
    'Mettre en œuvre un projet pilote visant des normes de données communes à toutes les administrations, conformément à la Charte internationale sur les données ouvertes et à d’autres normes internationales',
    ['TBS'],
  ],
  [
    'C10.7',
    'Promote data literacy and management for public servants within all levels of government',
    'Promouvoir la littératie et la gestion des données auprès des fonctionnaires de tous les ordres de gouvernement',
    ['CSPS', 'TBS'],
  ],
];

export function ca0073Milestones(): Milestone[] {
  return MILESTONES.map(([code, en, fr, leads]) => ({
    id: planQualified(CA0073_PLAN, code),
    plan: CA0073_PLAN,
    commitment: 'CA0073',
    code,
    title: { en, fr },
    leadInstitutions: leads,
  }));
}
