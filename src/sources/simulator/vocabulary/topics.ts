// What Canadian governments publish as open data, in both official languages. Titles and
// descriptions of simulated records are built from these, so that searches such as
// « hôpitaux », "collisions" or « qualité de l'eau » find realistic matches.
import type { Label } from '../../../core/langstring.js';

export type Level = 'federal' | 'provincial' | 'municipal';

/** How the data are usually distributed: tables, maps and layers, or reports. */
export type DataShape = 'table' | 'geo' | 'report';

export interface Topic {
  id: string;
  /** One of the 19 Government of Canada subjects. */
  subject: string;
  /** Title form: "Traffic collisions" / « Collisions routières ». */
  title: Label;
  /** Running-text form with its article: "traffic collisions" / « les collisions routières ». */
  the: Label;
  /** Keyword pairs (English, French), most characteristic first. */
  keywords: readonly Label[];
  /** What a record of this topic contains, as an object of "contains…" / « contient… ». */
  facts: readonly Label[];
  shape: DataShape;
}

function l(en: string, fr: string): Label {
  return { en, fr };
}

function topic(
  id: string,
  subject: string,
  shape: DataShape,
  title: [string, string],
  the: [string, string],
  keywords: [string, string][],
  facts: [string, string][],
): Topic {
  return {
    id,
    subject,
    shape,
    title: l(...title),
    the: l(...the),
    keywords: keywords.map(([en, fr]) => l(en, fr)),
    facts: facts.map(([en, fr]) => l(en, fr)),
  };
}

const NBSP = '\u00a0';

export const TOPICS: readonly Topic[] = [
  topic('road-collisions', 'transport', 'geo', ['Traffic collisions', 'Collisions routières'], ['traffic collisions', 'les collisions routières'],
    [['collisions', 'collisions'], ['road safety', 'sécurité routière'], ['traffic', 'circulation'], ['injuries', 'blessés'], ['transportation', 'transport']],
    [['the date, time and location of each collision', "la date, l'heure et le lieu de chaque collision"],
     ['the number of people injured or killed', 'le nombre de personnes blessées ou tuées'],
     ['road surface and weather conditions', "l'état de la chaussée et les conditions météorologiques"]]),
  topic('road-network', 'transport', 'geo', ['Road network', 'Réseau routier'], ['the road network', 'le réseau routier'],
    [['roads', 'routes'], ['streets', 'rues'], ['road network', 'réseau routier'], ['infrastructure', 'infrastructures']],
    [['the name, class and length of each road segment', 'le nom, la catégorie et la longueur de chaque tronçon de route'],
     ['the speed limit of each segment', 'la limite de vitesse de chaque tronçon']]),
  topic('hospital-wait-times', 'health_and_safety', 'table', ['Emergency room wait times', "Temps d'attente aux urgences"], ['emergency room wait times', "les temps d'attente aux urgences"],
    [['hospitals', 'hôpitaux'], ['emergency', 'urgences'], ['wait times', "temps d'attente"], ['health care', 'soins de santé']],
    [['the average length of stay on a stretcher', 'la durée moyenne de séjour sur civière'],
     ['the occupancy rate of each hospital', "le taux d'occupation de chaque hôpital"]]),
  topic('hospitals', 'health_and_safety', 'geo', ['Hospitals and health care facilities', 'Hôpitaux et établissements de santé'], ['hospitals and health care facilities', 'les hôpitaux et les établissements de santé'],
    [['hospitals', 'hôpitaux'], ['health', 'santé'], ['health care facilities', 'établissements de santé'], ['addresses', 'adresses']],
    [['the name, address and type of each facility', "le nom, l'adresse et le type de chaque établissement"],
     ['the number of beds in each hospital', 'le nombre de lits de chaque hôpital']]),
  topic('drinking-water', 'health_and_safety', 'table', ['Drinking water quality', "Qualité de l'eau potable"], ['drinking water quality', "la qualité de l'eau potable"],
    [['water quality', "qualité de l'eau"], ['drinking water', 'eau potable'], ['sampling', 'échantillonnage'], ['lead', 'plomb']],
    [['the results of bacteriological and physico-chemical analyses', 'les résultats des analyses bactériologiques et physico-chimiques'],
     ['the date and site of each sample', 'la date et le lieu de chaque prélèvement']]),
  topic('surface-water', 'nature_and_environment', 'table', ['Surface water quality monitoring', "Suivi de la qualité de l'eau de surface"], ['surface water quality', "la qualité de l'eau de surface"],
    [['water quality', "qualité de l'eau"], ['rivers', 'rivières'], ['lakes', 'lacs'], ['monitoring', 'surveillance']],
    [['concentrations of nutrients and metals', 'les concentrations de nutriments et de métaux'],
     ['water temperature and pH', "la température et le pH de l'eau"]]),
  topic('water-levels', 'nature_and_environment', 'table', ['Water levels and flows', "Niveaux et débits d'eau"], ['water levels and flows', "les niveaux et les débits d'eau"],
    [['hydrometric data', 'données hydrométriques'], ['rivers', 'rivières'], ['floods', 'inondations'], ['water levels', "niveaux d'eau"]],
    [['daily water levels and flows at each hydrometric station', 'les niveaux et les débits quotidiens à chaque station hydrométrique']]),
  topic('budget', 'government_and_politics', 'table', ['Operating and capital budget', "Budget de fonctionnement et d'immobilisations"], ['the operating and capital budget', "le budget de fonctionnement et d'immobilisations"],
    [['budget', 'budget'], ['finances', 'finances'], ['expenditures', 'dépenses'], ['revenues', 'revenus']],
    [['planned revenues and expenditures by service', 'les revenus et les dépenses prévus par service'],
     ['the amounts approved by council', 'les montants adoptés par le conseil']]),
  topic('elections', 'government_and_politics', 'table', ['Election results', 'Résultats des élections'], ['election results', 'les résultats des élections'],
    [['elections', 'élections'], ['votes', 'votes'], ['candidates', 'candidats'], ['polling stations', 'bureaux de vote']],
    [['the number of valid votes for each candidate', 'le nombre de votes valides pour chaque candidat'],
     ['voter turnout by polling division', 'le taux de participation par section de vote']]),
  topic('polling-stations', 'government_and_politics', 'geo', ['Polling stations', 'Bureaux de vote'], ['polling stations', 'les bureaux de vote'],
    [['elections', 'élections'], ['polling stations', 'bureaux de vote'], ['electoral districts', 'circonscriptions électorales']],
    [['the address of each polling station', "l'adresse de chaque bureau de vote"]]),
  topic('building-permits', 'economics_and_industry', 'table', ['Building permits', 'Permis de construction'], ['building permits', 'les permis de construction'],
    [['permits', 'permis'], ['construction', 'construction'], ['housing', 'habitation'], ['renovation', 'rénovation']],
    [['the type of work and estimated value of each permit', 'le type de travaux et la valeur estimée de chaque permis'],
     ['the date each permit was issued', 'la date de délivrance de chaque permis']]),
  topic('transit-ridership', 'transport', 'table', ['Public transit ridership', 'Achalandage du transport en commun'], ['public transit ridership', "l'achalandage du transport en commun"],
    [['public transit', 'transport en commun'], ['buses', 'autobus'], ['ridership', 'achalandage'], ['routes', 'lignes']],
    [['the number of boardings by route', 'le nombre de montées par ligne']]),
  topic('transit-schedules', 'transport', 'table', ['Transit schedules (GTFS)', 'Horaires du transport en commun (GTFS)'], ['transit schedules', 'les horaires du transport en commun'],
    [['GTFS', 'GTFS'], ['buses', 'autobus'], ['schedules', 'horaires'], ['stops', 'arrêts']],
    [['stops, routes and trips in GTFS format', 'les arrêts, les lignes et les voyages au format GTFS']]),
  topic('air-quality', 'nature_and_environment', 'table', ['Air quality', "Qualité de l'air"], ['air quality', "la qualité de l'air"],
    [['air quality', "qualité de l'air"], ['pollution', 'pollution'], ['fine particulate matter', 'particules fines'], ['ozone', 'ozone']],
    [['hourly concentrations of fine particulate matter and ozone', "les concentrations horaires de particules fines et d'ozone"],
     ['the air quality index at each station', "l'indice de la qualité de l'air à chaque station"]]),
  topic('forest-fires', 'nature_and_environment', 'geo', ['Forest fires', 'Feux de forêt'], ['forest fires', 'les feux de forêt'],
    [['forest fires', 'feux de forêt'], ['forests', 'forêts'], ['wildfires', 'incendies'], ['emergency management', 'gestion des urgences']],
    [['the location, cause and area burned of each fire', "l'emplacement, la cause et la superficie brûlée de chaque feu"]]),
  topic('crime', 'law', 'table', ['Police-reported crime', 'Criminalité déclarée par la police'], ['police-reported crime', 'la criminalité déclarée par la police'],
    [['crime', 'criminalité'], ['police', 'police'], ['public safety', 'sécurité publique'], ['offences', 'infractions']],
    [['the number of incidents by type of offence', "le nombre d'affaires par type d'infraction"]]),
  topic('school-enrolment', 'education_and_training', 'table', ['School enrolment', 'Effectifs scolaires'], ['school enrolment', 'les effectifs scolaires'],
    [['education', 'éducation'], ['schools', 'écoles'], ['students', 'élèves'], ['enrolment', 'effectifs']],
    [['the number of students by grade and school board', "le nombre d'élèves par année d'études et par centre de services scolaire"]]),
  topic('schools', 'education_and_training', 'geo', ['School locations', 'Emplacement des écoles'], ['schools', 'les écoles'],
    [['schools', 'écoles'], ['education', 'éducation'], ['addresses', 'adresses']],
    [['the name, address and language of instruction of each school', "le nom, l'adresse et la langue d'enseignement de chaque école"]]),
  topic('population', 'society_and_culture', 'table', ['Population estimates', 'Estimations de la population'], ['population estimates', 'les estimations de la population'],
    [['population', 'population'], ['demography', 'démographie'], ['census', 'recensement'], ['age', 'âge']],
    [['the population by age and sex', "la population selon l'âge et le sexe"],
     ['the components of population growth', "les composantes de l'accroissement démographique"]]),
  topic('employment', 'labour', 'table', ['Labour force characteristics', 'Caractéristiques de la population active'], ['labour force characteristics', 'les caractéristiques de la population active'],
    [['employment', 'emploi'], ['unemployment', 'chômage'], ['labour market', 'marché du travail'], ['wages', 'salaires']],
    [['employment and unemployment rates', "les taux d'emploi et de chômage"]]),
  topic('trees', 'nature_and_environment', 'geo', ['Public trees', 'Arbres publics'], ['public trees', 'les arbres publics'],
    [['trees', 'arbres'], ['urban forest', 'forêt urbaine'], ['species', 'essences'], ['parks', 'parcs']],
    [['the species, diameter and location of each tree', "l'essence, le diamètre et l'emplacement de chaque arbre"]]),
  topic('parks', 'society_and_culture', 'geo', ['Parks and green spaces', 'Parcs et espaces verts'], ['parks and green spaces', 'les parcs et les espaces verts'],
    [['parks', 'parcs'], ['green spaces', 'espaces verts'], ['recreation', 'loisirs'], ['playgrounds', 'aires de jeux']],
    [['the name, area and facilities of each park', 'le nom, la superficie et les équipements de chaque parc']]),
  topic('snow-removal', 'transport', 'geo', ['Snow removal operations', 'Opérations de déneigement'], ['snow removal operations', 'les opérations de déneigement'],
    [['snow removal', 'déneigement'], ['winter', 'hiver'], ['streets', 'rues'], ['parking', 'stationnement']],
    [['the status of snow removal on each street segment', "l'état du déneigement de chaque tronçon de rue"]]),
  topic('cycling', 'transport', 'geo', ['Cycling network', 'Réseau cyclable'], ['the cycling network', 'le réseau cyclable'],
    [['bicycle paths', 'pistes cyclables'], ['cycling', 'vélo'], ['active transportation', 'transport actif']],
    [['the type and length of each bicycle path', 'le type et la longueur de chaque piste cyclable']]),
  topic('waste', 'nature_and_environment', 'table', ['Waste collection', 'Collecte des matières résiduelles'], ['waste collection', 'la collecte des matières résiduelles'],
    [['waste', 'déchets'], ['recycling', 'recyclage'], ['compost', 'compost'], ['collection schedules', 'calendrier de collecte']],
    [['collection days by sector', 'les jours de collecte par secteur'],
     ['tonnes collected by stream', 'les tonnages collectés par type de matière']]),
  topic('food-inspections', 'health_and_safety', 'table', ['Food establishment inspections', 'Inspections des établissements alimentaires'], ['food establishment inspections', 'les inspections des établissements alimentaires'],
    [['food safety', 'salubrité des aliments'], ['restaurants', 'restaurants'], ['inspections', 'inspections'], ['offences', 'infractions']],
    [['the result of each inspection and the infractions found', 'le résultat de chaque inspection et les infractions constatées']]),
  topic('fisheries', 'agriculture', 'table', ['Commercial fisheries landings', 'Débarquements des pêches commerciales'], ['commercial fisheries landings', 'les débarquements des pêches commerciales'],
    [['fisheries', 'pêches'], ['fish', 'poissons'], ['landings', 'débarquements'], ['oceans', 'océans']],
    [['landed weight and value by species', 'le poids et la valeur débarqués par espèce']]),
  topic('grants', 'government_and_politics', 'table', ['Grants and contributions', 'Subventions et contributions'], ['grants and contributions', 'les subventions et les contributions'],
    [['grants', 'subventions'], ['contributions', 'contributions'], ['funding', 'financement'], ['proactive disclosure', 'divulgation proactive']],
    [['the recipient, amount and purpose of each agreement', "le bénéficiaire, le montant et l'objet de chaque entente"]]),
  topic('contracts', 'economics_and_industry', 'table', ['Contracts over $10,000', `Contrats de plus de 10${NBSP}000${NBSP}$`], ['contracts over $10,000', `les contrats de plus de 10${NBSP}000${NBSP}$`],
    [['contracts', 'contrats'], ['procurement', 'approvisionnement'], ['suppliers', 'fournisseurs'], ['proactive disclosure', 'divulgation proactive']],
    [['the supplier, value and description of each contract', 'le fournisseur, la valeur et la description de chaque contrat']]),
  topic('travel-expenses', 'government_and_politics', 'table', ['Travel and hospitality expenses', "Frais de déplacement et d'accueil"], ['travel and hospitality expenses', "les frais de déplacement et d'accueil"],
    [['travel', 'déplacements'], ['hospitality', 'accueil'], ['expenses', 'dépenses'], ['proactive disclosure', 'divulgation proactive']],
    [['the purpose, dates and costs of each trip', 'le but, les dates et les coûts de chaque déplacement']]),
  topic('greenhouse-gases', 'nature_and_environment', 'table', ['Greenhouse gas emissions', 'Émissions de gaz à effet de serre'], ['greenhouse gas emissions', 'les émissions de gaz à effet de serre'],
    [['greenhouse gases', 'gaz à effet de serre'], ['climate change', 'changements climatiques'], ['emissions', 'émissions'], ['energy', 'énergie']],
    [['emissions in tonnes of CO2 equivalent by sector', "les émissions en tonnes d'équivalent CO2 par secteur"]]),
  topic('climate', 'nature_and_environment', 'table', ['Historical climate data', 'Données climatiques historiques'], ['historical climate data', 'les données climatiques historiques'],
    [['weather', 'météo'], ['climate', 'climat'], ['temperature', 'température'], ['precipitation', 'précipitations']],
    [['daily temperature and precipitation at each weather station', 'la température et les précipitations quotidiennes à chaque station météorologique']]),
  topic('immigration', 'persons', 'table', ['Permanent residents', 'Résidents permanents'], ['admissions of permanent residents', 'les admissions de résidents permanents'],
    [['immigration', 'immigration'], ['permanent residents', 'résidents permanents'], ['citizenship', 'citoyenneté'], ['refugees', 'réfugiés']],
    [['admissions by immigration category and country of citizenship', "les admissions selon la catégorie d'immigration et le pays de citoyenneté"]]),
  topic('field-crops', 'agriculture', 'table', ['Field crop production', 'Production des grandes cultures'], ['field crop production', 'la production des grandes cultures'],
    [['agriculture', 'agriculture'], ['crops', 'cultures'], ['farms', 'fermes'], ['yields', 'rendements']],
    [['seeded area, yield and production by crop', 'la superficie ensemencée, le rendement et la production par culture']]),
  topic('housing-starts', 'economics_and_industry', 'table', ['Housing starts', 'Mises en chantier'], ['housing starts', 'les mises en chantier'],
    [['housing', 'logement'], ['construction', 'construction'], ['dwellings', 'logements'], ['real estate', 'immobilier']],
    [['housing starts and completions by dwelling type', 'les mises en chantier et les achèvements selon le type de logement']]),
  topic('heritage', 'history_and_archaeology', 'geo', ['Heritage buildings', 'Bâtiments patrimoniaux'], ['heritage buildings', 'les bâtiments patrimoniaux'],
    [['heritage', 'patrimoine'], ['buildings', 'bâtiments'], ['history', 'histoire'], ['architecture', 'architecture']],
    [["the name, address and year of construction of each building", "le nom, l'adresse et l'année de construction de chaque bâtiment"]]),
  topic('libraries', 'society_and_culture', 'table', ['Library circulation', 'Prêts des bibliothèques'], ['library circulation', 'les prêts des bibliothèques'],
    [['libraries', 'bibliothèques'], ['books', 'livres'], ['loans', 'prêts'], ['culture', 'culture']],
    [['the number of loans by branch and type of document', 'le nombre de prêts par succursale et par type de document']]),
  topic('fire-incidents', 'health_and_safety', 'geo', ['Fire department interventions', 'Interventions du service de sécurité incendie'], ['fire department interventions', 'les interventions du service de sécurité incendie'],
    [['fire', 'incendies'], ['emergency services', "services d'urgence"], ['firefighters', 'pompiers'], ['public safety', 'sécurité publique']],
    [['the type, date and location of each intervention', 'le type, la date et le lieu de chaque intervention']]),
  topic('parking', 'transport', 'geo', ['On-street parking', 'Stationnement sur rue'], ['on-street parking', 'le stationnement sur rue'],
    [['parking', 'stationnement'], ['parking meters', 'parcomètres'], ['streets', 'rues'], ['permits', 'permis']],
    [['the location and rates of each parking space', "l'emplacement et les tarifs de chaque place de stationnement"]]),
  topic('ev-charging', 'transport', 'geo', ['Electric vehicle charging stations', 'Bornes de recharge pour véhicules électriques'], ['electric vehicle charging stations', 'les bornes de recharge pour véhicules électriques'],
    [['electric vehicles', 'véhicules électriques'], ['charging stations', 'bornes de recharge'], ['energy', 'énergie']],
    [['the location, power and connector type of each station', "l'emplacement, la puissance et le type de connecteur de chaque borne"]]),
  topic('flood-zones', 'nature_and_environment', 'geo', ['Flood zones', 'Zones inondables'], ['flood zones', 'les zones inondables'],
    [['floods', 'inondations'], ['flood zones', 'zones inondables'], ['risk', 'risques'], ['emergency management', 'gestion des urgences']],
    [['the boundaries of 20-year and 100-year flood zones', 'les limites des zones inondables de récurrence de 20 ans et de 100 ans']]),
  topic('species-at-risk', 'nature_and_environment', 'geo', ['Species at risk', 'Espèces en péril'], ['species at risk', 'les espèces en péril'],
    [['species at risk', 'espèces en péril'], ['wildlife', 'faune'], ['biodiversity', 'biodiversité'], ['habitat', 'habitat']],
    [['the status and range of each species', "le statut et l'aire de répartition de chaque espèce"]]),
  topic('mining', 'economics_and_industry', 'geo', ['Mining claims', 'Titres miniers'], ['mining claims', 'les titres miniers'],
    [['mining', 'mines'], ['mineral resources', 'ressources minérales'], ['claims', 'titres miniers'], ['geology', 'géologie']],
    [['the holder, status and area of each claim', 'le titulaire, le statut et la superficie de chaque titre']]),
  topic('vaccination', 'health_and_safety', 'table', ['Vaccination coverage', 'Couverture vaccinale'], ['vaccination coverage', 'la couverture vaccinale'],
    [['vaccination', 'vaccination'], ['immunization', 'immunisation'], ['public health', 'santé publique'], ['children', 'enfants']],
    [['coverage rates by vaccine and age group', "les taux de couverture par vaccin et par groupe d'âge"]]),
  topic('long-term-care', 'health_and_safety', 'geo', ['Long-term care homes', "Centres d'hébergement de soins de longue durée"], ['long-term care homes', "les centres d'hébergement de soins de longue durée"],
    [['long-term care', 'soins de longue durée'], ['seniors', 'aînés'], ['health', 'santé'], ['residences', 'résidences']],
    [['the number of places and the operator of each home', "le nombre de places et l'exploitant de chaque centre"]]),
  topic('travellers', 'economics_and_industry', 'table', ['International travellers', 'Voyageurs internationaux'], ['international travellers', 'les voyageurs internationaux'],
    [['tourism', 'tourisme'], ['travel', 'voyages'], ['border crossings', 'passages frontaliers'], ['visitors', 'visiteurs']],
    [['the number of trips and spending by country of residence', 'le nombre de voyages et les dépenses selon le pays de résidence']]),
  topic('salaries', 'labour', 'table', ['Public sector salaries', 'Rémunération dans le secteur public'], ['public sector salaries', 'la rémunération dans le secteur public'],
    [['salaries', 'salaires'], ['public service', 'fonction publique'], ['compensation', 'rémunération']],
    [['salary ranges by job classification', "les échelles salariales par classification d'emploi"]]),
  topic('business-licences', 'economics_and_industry', 'geo', ['Business licences', "Permis d'entreprise"], ['business licences', "les permis d'entreprise"],
    [['businesses', 'entreprises'], ['licences', 'permis'], ['economic development', 'développement économique']],
    [['the name, address and type of each licensed business', "le nom, l'adresse et le type de chaque entreprise titulaire d'un permis"]]),
  topic('addresses', 'government_and_politics', 'geo', ['Civic addresses', 'Adresses civiques'], ['civic addresses', 'les adresses civiques'],
    [['addresses', 'adresses'], ['streets', 'rues'], ['property', 'propriétés'], ['geomatics', 'géomatique']],
    [['the civic number, street name and coordinates of each address', 'le numéro civique, le nom de rue et les coordonnées de chaque adresse']]),
  topic('property-assessment', 'economics_and_industry', 'table', ['Property assessment roll', "Rôle d'évaluation foncière"], ['the property assessment roll', "le rôle d'évaluation foncière"],
    [['property assessment', 'évaluation foncière'], ['property taxes', 'taxes foncières'], ['real estate', 'immobilier']],
    [['the assessed value of the land and building of each property', 'la valeur du terrain et du bâtiment de chaque propriété']]),
  topic('service-requests', 'government_and_politics', 'table', ['311 service requests', 'Requêtes 311'], ['311 service requests', 'les requêtes 311'],
    [['311', '311'], ['service requests', 'requêtes'], ['citizen services', 'services aux citoyens'], ['potholes', 'nids-de-poule']],
    [['the type, date and status of each request', "le type, la date et l'état de chaque requête"]]),
  topic('broadband', 'information_and_communications', 'geo', ['Broadband Internet coverage', 'Couverture Internet haute vitesse'], ['broadband Internet coverage', 'la couverture Internet haute vitesse'],
    [['Internet', 'Internet'], ['broadband', 'haute vitesse'], ['telecommunications', 'télécommunications'], ['rural communities', 'communautés rurales']],
    [['available speeds by hexagon of 25 km²', 'les vitesses disponibles par hexagone de 25 km²']]),
  topic('electricity', 'nature_and_environment', 'table', ['Electricity generation', "Production d'électricité"], ['electricity generation', "la production d'électricité"],
    [['electricity', 'électricité'], ['energy', 'énergie'], ['hydroelectricity', 'hydroélectricité'], ['renewable energy', 'énergie renouvelable']],
    [['monthly generation by energy source', "la production mensuelle par source d'énergie"]]),
];

const byId = new Map(TOPICS.map((t) => [t.id, t]));

export function topicById(id: string): Topic {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown topic ${id}`);
  return found;
}
