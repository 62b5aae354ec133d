// Synthetic Canadian catalogue records for the search benchmark: vocabulary like real open data
// records (English and French, with stop words), drawn with Zipf-like frequencies, in the mix of
// languages, jurisdictions, publishers, formats and licences that federated portals show.

const EN = `data statistics survey census population health hospital hospitals water quality drinking
river lake groundwater environment climate emissions greenhouse gas air pollution monitoring station stations
road roads traffic collisions collision highway highways transport transit bus routes bicycle parking
bridge bridges inspection infrastructure budget expenditure expenditures revenue tax taxes grants contributions
contracts procurement employment labour income wages business businesses economy trade exports imports
agriculture crops farm farms livestock fisheries fish forest forests forestry wildfire wildfires fire
wildlife species habitat protected areas parks park land use zoning property assessment buildings permits
school schools education students enrolment university college libraries library culture heritage arts
election elections voting results candidates council meetings minutes bylaws municipal provincial federal
indigenous first nations inuit metis communities community housing homelessness shelter social services
child care seniors disability justice crime police incidents court courts corrections immigration
immigrants refugees citizenship language languages french english official energy electricity oil gas
pipeline pipelines mining minerals geology geological maps map boundaries boundary geographic geospatial
elevation imagery satellite weather temperature precipitation snow ice flood floods flooding drought
ocean coastal marine ports shipping aviation airports rail railway safety emergency response
ambulance waste recycling garbage collection sewer wastewater stormwater utilities spending annual
quarterly monthly daily report reports inventory list registry register index indicators measures
rates rate trends estimates projections forecast historical records archive archives dataset open
government canada ontario quebec alberta british columbia nova scotia manitoba saskatchewan yukon
toronto ottawa montreal vancouver calgary edmonton winnipeg halifax regina laval gatineau sherbrooke
cases deaths births marriages vaccination covid cancer diseases mental addiction opioid overdose
trees tree canopy street streets sidewalks lighting signals intersections speed cameras tickets
fees licences licence business registrations corporations charities nonprofit volunteer events festivals
tourism visitors hotels restaurants inspections food safety recalls products consumer prices inflation`.split(/\s+/);

const FR = `données statistiques enquête recensement population santé hôpital hôpitaux eau qualité potable
rivière lac eaux souterraines environnement climat émissions gaz serre air pollution surveillance station stations
route routes circulation collisions collision autoroute autoroutes transport transports autobus trajets vélo stationnement
pont ponts inspection infrastructures budget dépenses revenus impôt taxes subventions contributions
contrats approvisionnement emploi travail revenu salaires entreprise entreprises économie commerce exportations importations
agriculture cultures ferme fermes bétail pêches poisson forêt forêts foresterie incendie incendies feu
faune espèces habitat aires protégées parcs parc territoire aménagement zonage propriété évaluation bâtiments permis
école écoles éducation élèves inscriptions université collège bibliothèques bibliothèque culture patrimoine arts
élection élections vote résultats candidats conseil séances procès-verbaux règlements municipal provincial fédéral
autochtones premières nations inuits métis collectivités communauté logement itinérance refuge services sociaux
garde enfants aînés handicap justice criminalité police incidents tribunal tribunaux services correctionnels immigration
immigrants réfugiés citoyenneté langue langues français anglais officielles énergie électricité pétrole gaz
pipeline pipelines mines minéraux géologie géologiques cartes carte limites limite géographique géospatiales
élévation imagerie satellite météo température précipitations neige glace inondation inondations crues sécheresse
océan côtier marin ports navigation aviation aéroports ferroviaire chemin fer sécurité urgence intervention
ambulance déchets recyclage ordures collecte égouts eaux usées pluviales services publics annuel
trimestriel mensuel quotidien rapport rapports inventaire liste registre répertoire indice indicateurs mesures
taux tendances estimations projections prévisions historique archives jeu ouvert ouvertes
gouvernement canada ontario québec alberta colombie-britannique nouvelle-écosse manitoba saskatchewan yukon
toronto ottawa montréal vancouver calgary edmonton winnipeg halifax regina laval gatineau sherbrooke
cas décès naissances mariages vaccination covid cancer maladies santé mentale dépendance opioïdes surdoses
arbres arbre canopée rue rues trottoirs éclairage feux intersections vitesse caméras contraventions
frais licences permis immatriculations sociétés organismes bienfaisance bénévoles événements festivals
tourisme visiteurs hôtels restaurants inspections aliments salubrité rappels produits consommation prix inflation`.split(/\s+/);

const ZIPF_EXPONENT = 0.7;
const STOP_EN = ['the', 'of', 'and', 'in', 'for', 'by', 'to', 'on', 'a', 'with', 'from', 'at', 'this', 'is', 'are'];
const STOP_FR = ['de', 'la', 'le', 'les', 'des', 'du', 'et', 'en', 'pour', 'par', 'sur', 'au', 'aux', 'dans', 'une', 'est'];

/** Deterministic pseudo-random numbers (LCG), so every run builds the same catalogue. */
export function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function zipf(n, rand, exponent = 1.0) {
  const cdf = new Float64Array(n);
  let acc = 0;
  for (let i = 0; i < n; i++) cdf[i] = acc += 1 / Math.pow(i + 1, exponent);
  for (let i = 0; i < n; i++) cdf[i] /= acc;
  return () => {
    const x = rand();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Real words first, then a long tail of place names and codes, as catalogues have. */
function vocabulary(words, rand, tailSize, prefix) {
  const shuffled = [...new Set(words)];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const syllables = ['ka', 'mi', 'to', 'shi', 'na', 'wa', 'ke', 'ri', 'po', 'lu', 'ga', 'sa', 'qui', 'tan', 'bel', 'mont'];
  for (let i = 0; i < tailSize; i++) {
    let w = prefix;
    const n = 2 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) w += syllables[Math.floor(rand() * syllables.length)];
    shuffled.push(`${w}${i % 7 === 0 ? i : ''}`);
  }
  return shuffled;
}

const JURISDICTIONS = [
  ...Array(30).fill({ level: 'federal', code: 'CA' }),
  ...['CA-AB', 'CA-BC', 'CA-ON', 'CA-QC', 'CA-NS', 'CA-NB', 'CA-MB', 'CA-SK'].flatMap((code) => Array(5).fill({ level: 'provincial', code })),
  { level: 'territorial', code: 'CA-YT' }, { level: 'territorial', code: 'CA-NU' },
  ...[['CA-ON', 'Toronto'], ['CA-ON', 'Ottawa'], ['CA-QC', 'Montréal'], ['CA-QC', 'Laval'], ['CA-QC', 'Gatineau'], ['CA-BC', 'Vancouver'], ['CA-AB', 'Calgary'], ['CA-AB', 'Edmonton'], ['CA-NS', 'Halifax'], ['CA-MB', 'Winnipeg']]
    .flatMap(([code, municipality]) => Array(3).fill({ level: 'municipal', code, municipality })),
];
const FORMATS = ['CSV', 'CSV', 'CSV', 'JSON', 'XLSX', 'PDF', 'PDF', 'GEOJSON', 'SHP', 'HTML', 'XML', 'ZIP', 'WMS', 'ESRI REST'];
const LICENCES = ['OGL-Canada-2.0', 'OGL-Canada-2.0', 'OGL-Canada-2.0', 'CC-BY-4.0', 'CC-BY-4.0', 'OGL-Alberta-2.1', 'OGL-BC-2.0', 'OGL-Ontario-1.0', 'ODbL-1.0', undefined];
const SUBJECTS = ['agriculture', 'arts_music_literature', 'economics_and_industry', 'education_and_training', 'form_descriptors', 'government_and_politics', 'health_and_safety', 'history_and_archaeology', 'information_and_communications', 'labour', 'language_and_linguistics', 'law', 'military', 'nature_and_environment', 'persons', 'processes', 'science_and_technology', 'society_and_culture', 'transport'];

export function makeCorpus(seed = 20240601) {
  const rand = random(seed);
  const en = vocabulary(EN, rand, 3300, '');
  const fr = vocabulary(FR, rand, 3300, '');
  // An exponent below 1 over ~3,600 words gives the most frequent content word about 2–3 % of
  // the words and a presence in about half of the records, as in real catalogue text.
  const pickEn = zipf(en.length, rand, ZIPF_EXPONENT);
  const pickFr = zipf(fr.length, rand, ZIPF_EXPONENT);
  const pickPublisher = zipf(300, rand, 0.8);
  const pick = (list) => list[Math.floor(rand() * list.length)];

  // Each position draws one word; about one word in four is a stop word, as in real text.
  const text = (words, pickWord, stops, n) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(rand() < 0.25 ? pick(stops) : words[pickWord()]);
    const s = out.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const sentences = (words, pickWord, stops, n) => {
    const parts = [];
    let left = n;
    while (left > 0) {
      const k = Math.min(left, 8 + Math.floor(rand() * 10));
      parts.push(`${text(words, pickWord, stops, k)}.`);
      left -= k;
    }
    return parts.join(' ');
  };
  const keywords = (words, pickWord) => Array.from({ length: 2 + Math.floor(rand() * 6) }, () => words[pickWord()]);

  return function record(i) {
    const sourceId = `portal-${i % 6}`;
    const remoteId = `ds-${i}`;
    const shape = rand();
    const lang = shape < 0.4 ? 'bilingual' : shape < 0.55 ? 'translated' : shape < 0.8 ? 'fr' : 'en';
    const titleLength = 4 + Math.floor(rand() * 7);
    const descLength = 20 + Math.floor(rand() * 80);
    const title = {};
    const description = {};
    const kw = {};
    if (lang !== 'fr') {
      title.en = text(en, pickEn, STOP_EN, titleLength);
      description.en = sentences(en, pickEn, STOP_EN, descLength);
      kw.en = keywords(en, pickEn);
    }
    if (lang === 'bilingual' || lang === 'fr') {
      title.fr = text(fr, pickFr, STOP_FR, titleLength);
      description.fr = sentences(fr, pickFr, STOP_FR, descLength);
      kw.fr = keywords(fr, pickFr);
    }
    if (lang === 'translated') {
      title['fr-t-en'] = text(fr, pickFr, STOP_FR, titleLength);
      description['fr-t-en'] = sentences(fr, pickFr, STOP_FR, descLength);
    }
    const publisher = pickPublisher();
    const licence = pick(LICENCES);
    const formats = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(FORMATS));
    const modified = new Date(Date.UTC(2010, 0, 1) + Math.floor(rand() * 15 * 365) * 86_400_000).toISOString();
    return {
      id: `${sourceId}:${remoteId}`,
      provenance: {
        sourceId,
        remoteId,
        landingPage: `https://${sourceId}.example.ca/dataset/${remoteId}`,
        harvestedAt: '2025-01-01T00:00:00.000Z',
        modifiedAtSource: modified,
        contentHash: `h${i}`,
        raw: { id: remoteId, title, notes: description, tags: kw },
      },
      title,
      description,
      keywords: kw,
      publisher: { id: `org-${publisher}`, name: { en: `Organization ${publisher}`, fr: `Organisation ${publisher}` } },
      jurisdiction: pick(JURISDICTIONS),
      subjects: [pick(SUBJECTS), ...(rand() < 0.3 ? [pick(SUBJECTS)] : [])],
      ...(licence ? { licence: { id: licence } } : { licence: { original: 'Custom licence' } }),
      frequency: 'P1Y',
      modified,
      languages: lang === 'en' ? ['en'] : lang === 'fr' ? ['fr'] : ['en', 'fr'],
      distributions: formats.map((format, k) => ({
        id: `${remoteId}-${k}`,
        title: { en: `Resource ${k}`, fr: `Ressource ${k}` },
        url: `https://${sourceId}.example.ca/${remoteId}/${k}.${format.toLowerCase()}`,
        format,
        languages: ['en'],
      })),
    };
  };
}

/** 50 fixed queries with facets, as people type them: common and rare words, two-word queries,
 * French and English, phrases, OR, exclusions, filters, and the empty query (the landing page). */
export const QUERIES = [
  { q: '' },
  { q: 'data' },
  { q: 'données', lang: 'fr' },
  { q: 'water' },
  { q: 'eau potable', lang: 'fr' },
  { q: 'health', lang: 'en' },
  { q: 'santé', lang: 'fr' },
  { q: 'hospital', lang: 'en' },
  { q: 'hôpitaux', lang: 'fr' },
  { q: 'collisions' },
  { q: 'traffic collisions', lang: 'en' },
  { q: 'population census', lang: 'en' },
  { q: 'recensement', lang: 'fr' },
  { q: 'climate emissions' },
  { q: 'gaz serre', lang: 'fr' },
  { q: '"air quality"', lang: 'en' },
  { q: '"qualité de l\'eau"', lang: 'fr' },
  { q: 'budget' },
  { q: 'dépenses', lang: 'fr' },
  { q: 'contracts procurement', lang: 'en' },
  { q: 'school enrolment', lang: 'en' },
  { q: 'écoles', lang: 'fr' },
  { q: 'elections results' },
  { q: 'forest fire', lang: 'en' },
  { q: 'incendies forêt', lang: 'fr' },
  { q: 'snow OR ice', lang: 'en' },
  { q: 'flood -drought', lang: 'en' },
  { q: 'transit bus', lang: 'en' },
  { q: 'transport', filters: { jurisdictionLevel: ['municipal'] } },
  { q: 'roads', lang: 'en', filters: { format: ['CSV'] } },
  { q: 'routes', lang: 'fr', filters: { jurisdiction: ['CA-QC'] } },
  { q: 'housing', lang: 'en', filters: { open: ['true'] } },
  { q: 'logement', lang: 'fr', filters: { licence: ['CC-BY-4.0'] } },
  { q: 'crime police', lang: 'en' },
  { q: 'indigenous communities', lang: 'en' },
  { q: 'autochtones', lang: 'fr' },
  { q: 'geospatial maps', lang: 'en' },
  { q: 'cartes', lang: 'fr', filters: { format: ['SHP', 'GEOJSON'] } },
  { q: 'wildlife species' },
  { q: 'immigration' },
  { q: 'energy electricity', lang: 'en' },
  { q: 'inspections food' },
  { q: 'covid vaccination' },
  { q: 'toronto' },
  { q: 'montréal', lang: 'fr' },
  { q: 'annual report', lang: 'en', sort: 'modified' },
  { q: 'statistics', lang: 'en', filters: { jurisdictionLevel: ['federal'], subject: ['health_and_safety'] } },
  { q: '', filters: { jurisdictionLevel: ['provincial'] }, sort: 'title', lang: 'fr' },
  { q: 'parks', lang: 'en', page: 3 },
  { q: '', modifiedFrom: '2020-01-01', modifiedTo: '2022-12-31' },
];

/** Queries run before measuring, so that the JIT has compiled the search code: words that are
 * not in the measured mix. */
export const WARM_UP = [
  { q: 'ports' },
  { q: 'tourisme', lang: 'fr' },
  { q: 'libraries', lang: 'en', filters: { format: ['PDF'] } },
  { q: '', filters: { subject: ['transport'] } },
  { q: 'weather temperature', lang: 'en', sort: 'title' },
  { q: 'déchets OR recyclage', lang: 'fr' },
  { q: 'mining -oil', lang: 'en' },
  { q: '"wastewater"', lang: 'en', sort: 'modified' },
  { q: 'aviation' },
  { q: '', lang: 'fr', page: 2 },
];
