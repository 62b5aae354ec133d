// What the simulated federal geospatial records say about places: approximate bounding boxes of
// Canada and its provinces and territories (WGS 84 degrees), and ISO 19115 topic categories for
// the subjects of the shared drafts.

export type Box = readonly [number, number, number, number];

export const CANADA_BOX: Box = [-141.0, 41.7, -52.6, 83.1];

export const REGION_BOXES: Readonly<Record<string, Box>> = {
  'CA-ON': [-95.2, 41.7, -74.3, 56.9],
  'CA-QC': [-79.8, 45.0, -57.1, 62.6],
  'CA-BC': [-139.1, 48.3, -114.0, 60.0],
  'CA-AB': [-120.0, 49.0, -110.0, 60.0],
  'CA-MB': [-102.0, 49.0, -88.9, 60.0],
  'CA-SK': [-110.0, 49.0, -101.4, 60.0],
  'CA-NS': [-66.4, 43.4, -59.7, 47.0],
  'CA-NB': [-69.1, 44.6, -63.8, 48.1],
  'CA-NL': [-67.8, 46.6, -52.6, 60.4],
  'CA-PE': [-64.4, 45.9, -62.0, 47.1],
  'CA-YT': [-141.0, 60.0, -123.8, 69.6],
  'CA-NT': [-136.5, 60.0, -102.0, 78.8],
  'CA-NU': [-120.7, 51.6, -61.2, 83.1],
};

/** The topic categories a record of each subject is filed under, most likely first. */
export const SUBJECT_TOPICS: Readonly<Record<string, readonly string[]>> = {
  agriculture: ['farming', 'biota'],
  nature_and_environment: ['environment', 'biota', 'inlandWaters', 'climatologyMeteorologyAtmosphere', 'oceans'],
  transport: ['transportation', 'structure'],
  economics_and_industry: ['economy', 'structure'],
  health_and_safety: ['health'],
  society_and_culture: ['society', 'location'],
  science_and_technology: ['geoscientificInformation', 'elevation', 'imageryBaseMapsEarthCover'],
  government_and_politics: ['boundaries', 'planningCadastre'],
  education_and_training: ['society'],
  labour: ['economy'],
  law: ['society'],
  persons: ['society'],
  history_and_archaeology: ['society'],
  arts_music_literature: ['society'],
};

/** HNAP's MD_MaintenanceFrequencyCode register for the drafts' frequencies. */
export const FREQUENCY_CODES: Readonly<Record<string, readonly [string, string]>> = {
  continual: ['RI_532', 'continual; continue'],
  P1D: ['RI_533', 'daily; quotidien'],
  P1W: ['RI_534', 'weekly; hebdomadaire'],
  P2W: ['RI_535', 'fortnightly; quinzomadaire'],
  P1M: ['RI_536', 'monthly; mensuel'],
  P3M: ['RI_537', 'quarterly; trimestriel'],
  P6M: ['RI_538', 'biannually; semestriel'],
  P1Y: ['RI_539', 'annually; annuel'],
  as_needed: ['RI_540', 'asNeeded; auBesoin'],
  irregular: ['RI_541', 'irregular; irrégulier'],
  not_planned: ['RI_542', 'notPlanned; nonPlanifié'],
  unknown: ['RI_543', 'unknown; inconnu'],
};
