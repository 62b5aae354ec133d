// Levels of government and the provinces and territories of Canada (ISO 3166-2:CA), by the
// names, abbreviations and codes portals use in English and French.
import type { Jurisdiction, JurisdictionLevel } from './dataset.js';
import type { Label } from './langstring.js';
import { KeyIndex, foldKey } from './vocab-key.js';

export const JURISDICTION_LEVEL_LABELS: Record<JurisdictionLevel, Label> = {
  federal: { en: 'Federal', fr: 'Fédéral' },
  provincial: { en: 'Provincial', fr: 'Provincial' },
  territorial: { en: 'Territorial', fr: 'Territorial' },
  municipal: { en: 'Municipal', fr: 'Municipal' },
  regional: { en: 'Regional', fr: 'Régional' },
  indigenous: { en: 'Indigenous', fr: 'Autochtone' },
  international: { en: 'International', fr: 'International' },
};

export interface Region {
  code: string;
  label: Label;
  level: 'provincial' | 'territorial';
  abbreviations: string[];
  /** The French preposition and article that go before the name: « au Québec », « en Ontario ». */
  inFr: string;
  /** Statistics Canada's two-digit SGC code. */
  sgc: string;
}

export const CANADIAN_REGIONS: readonly Region[] = [
  { code: 'CA-AB', sgc: '48', level: 'provincial', label: { en: 'Alberta', fr: 'Alberta' }, inFr: 'en Alberta', abbreviations: ['AB', 'Alta'] },
  { code: 'CA-BC', sgc: '59', level: 'provincial', label: { en: 'British Columbia', fr: 'Colombie-Britannique' }, inFr: 'en Colombie-Britannique', abbreviations: ['BC', 'B.C.', 'C.-B.', 'CB'] },
  { code: 'CA-MB', sgc: '46', level: 'provincial', label: { en: 'Manitoba', fr: 'Manitoba' }, inFr: 'au Manitoba', abbreviations: ['MB', 'Man'] },
  { code: 'CA-NB', sgc: '13', level: 'provincial', label: { en: 'New Brunswick', fr: 'Nouveau-Brunswick' }, inFr: 'au Nouveau-Brunswick', abbreviations: ['NB', 'N.B.', 'N.-B.'] },
  { code: 'CA-NL', sgc: '10', level: 'provincial', label: { en: 'Newfoundland and Labrador', fr: 'Terre-Neuve-et-Labrador' }, inFr: 'à Terre-Neuve-et-Labrador', abbreviations: ['NL', 'N.L.', 'NF', 'NFLD', 'Nfld', 'T.-N.-L.', 'TNL'] },
  { code: 'CA-NS', sgc: '12', level: 'provincial', label: { en: 'Nova Scotia', fr: 'Nouvelle-Écosse' }, inFr: 'en Nouvelle-Écosse', abbreviations: ['NS', 'N.S.', 'N.-É.'] },
  { code: 'CA-ON', sgc: '35', level: 'provincial', label: { en: 'Ontario', fr: 'Ontario' }, inFr: 'en Ontario', abbreviations: ['ON', 'Ont'] },
  { code: 'CA-PE', sgc: '11', level: 'provincial', label: { en: 'Prince Edward Island', fr: 'Île-du-Prince-Édouard' }, inFr: 'à l’Île-du-Prince-Édouard', abbreviations: ['PE', 'PEI', 'P.E.I.', 'Î.-P.-É.', 'IPE'] },
  { code: 'CA-QC', sgc: '24', level: 'provincial', label: { en: 'Quebec', fr: 'Québec' }, inFr: 'au Québec', abbreviations: ['QC', 'PQ', 'Que', 'Qué', 'P.Q.'] },
  { code: 'CA-SK', sgc: '47', level: 'provincial', label: { en: 'Saskatchewan', fr: 'Saskatchewan' }, inFr: 'en Saskatchewan', abbreviations: ['SK', 'Sask'] },
  { code: 'CA-NT', sgc: '61', level: 'territorial', label: { en: 'Northwest Territories', fr: 'Territoires du Nord-Ouest' }, inFr: 'aux Territoires du Nord-Ouest', abbreviations: ['NT', 'NWT', 'N.W.T.', 'T.N.-O.', 'TNO'] },
  { code: 'CA-NU', sgc: '62', level: 'territorial', label: { en: 'Nunavut', fr: 'Nunavut' }, inFr: 'au Nunavut', abbreviations: ['NU', 'Nvt'] },
  { code: 'CA-YT', sgc: '60', level: 'territorial', label: { en: 'Yukon', fr: 'Yukon' }, inFr: 'au Yukon', abbreviations: ['YT', 'YK', 'Y.T.', 'Yuk'] },
];

const CANADA_LABEL: Label = { en: 'Canada', fr: 'Canada' };

/** Other names some portals use (old names, English spellings, names without hyphens). */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  'CA-NL': ['Newfoundland', 'Newfoundland & Labrador', 'Terre-Neuve', 'Terre-Neuve-Labrador'],
  'CA-QC': ['Province of Quebec', 'Province de Québec'],
  'CA-YT': ['Yukon Territory', 'Territoire du Yukon'],
  'CA-NT': ['North West Territories', 'Territoires du Nord Ouest'],
  'CA-PE': ['PEI', 'Prince-Edward-Island'],
};

const regionIndex = new KeyIndex<string>();
for (const r of CANADIAN_REGIONS) {
  regionIndex.add(foldKey(r.code), r.code);
  regionIndex.add(foldKey(r.label.en), r.code);
  regionIndex.add(foldKey(r.label.fr), r.code);
  for (const name of EXTRA_NAMES[r.code] ?? []) regionIndex.add(foldKey(name), r.code);
}
for (const r of CANADIAN_REGIONS) {
  for (const abbreviation of r.abbreviations) regionIndex.add(foldKey(abbreviation), r.code);
  regionIndex.add(r.sgc, r.code);
}
for (const name of ['Canada', 'CA', 'CAN', '01']) regionIndex.add(foldKey(name), 'CA');

/** "Government of Alberta", "Gouvernement du Québec", "Province de l'Ontario" name the region itself. */
const GOVERNMENT_PREFIX = /^(?:the )?(?:government|gouvernement|province|territory|territoire)(?: (?:of|of the|du|de la|de l|des|de|d))? /;

/** 'Alberta', 'AB', 'ab', 'CA-AB', 'Québec', 'Quebec', 'QC', 'PQ' → 'CA-QC'; 'Canada'/'CA' → 'CA'. */
export function regionCode(text: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  const key = foldKey(text);
  if (key === '') return undefined;
  return regionIndex.get(key) ?? regionIndex.get(key.replace(GOVERNMENT_PREFIX, ''));
}

export function regionByCode(code: string): Region | undefined {
  return CANADIAN_REGIONS.find((r) => r.code === code.toUpperCase());
}

const levelIndex = new KeyIndex<JurisdictionLevel>();
const LEVEL_WORDS: Readonly<Record<JurisdictionLevel, readonly string[]>> = {
  federal: ['federal', 'fédéral', 'fédérale', 'federal government', 'gouvernement fédéral', 'national', 'Government of Canada', 'Gouvernement du Canada'],
  provincial: ['provincial', 'provinciale', 'province', 'provincial / territorial', 'provincial territorial', 'provincial et territorial', 'provincial government', 'gouvernement provincial'],
  territorial: ['territorial', 'territoriale', 'territory', 'territoire', 'territorial government', 'gouvernement territorial'],
  municipal: ['municipal', 'municipale', 'municipality', 'municipalité', 'city', 'ville', 'town', 'township', 'village', 'canton', 'local', 'local government', 'administration municipale', 'gouvernement municipal', 'cité'],
  regional: ['regional', 'régional', 'régionale', 'region', 'région', 'regional municipality', 'municipalité régionale', 'municipalité régionale de comté', 'MRC', 'county', 'comté', 'regional district', 'district régional', 'district'],
  indigenous: ['indigenous', 'autochtone', 'first nation', 'first nations', 'première nation', 'premières nations', 'inuit', 'métis', 'metis', 'aboriginal', 'band', 'bande'],
  international: ['international', 'internationale', 'multinational', 'intergovernmental', 'intergouvernemental'],
};
for (const [level, words] of Object.entries(LEVEL_WORDS) as [JurisdictionLevel, readonly string[]][]) {
  levelIndex.add(level, level);
  for (const word of words) levelIndex.add(foldKey(word), level);
}

/** 'federal', 'Fédéral', 'provincial', 'territorial', 'municipal', 'Municipalité'... */
export function parseJurisdictionLevel(text: string): JurisdictionLevel | undefined {
  if (typeof text !== 'string') return undefined;
  return levelIndex.get(foldKey(text));
}

/** English and French names of the kinds of municipality, as they stand before a place name. */
const MUNICIPAL_PREFIXES: readonly { en: string; fr: string; match: RegExp }[] = [
  { en: 'Regional Municipality of', fr: 'Municipalité régionale de', match: /^(?:regional municipality of|municipalite regionale de|municipalité régionale de)\s+/i },
  { en: 'Regional District of', fr: 'District régional de', match: /^(?:regional district of|district r[ée]gional de)\s+/i },
  { en: 'City of', fr: 'Ville de', match: /^(?:city of|ville de|cit[ée] de)\s+/i },
  { en: 'Town of', fr: 'Ville de', match: /^(?:town of)\s+/i },
  { en: 'Municipality of', fr: 'Municipalité de', match: /^(?:municipality of|municipalit[ée] de)\s+/i },
  { en: 'Township of', fr: 'Canton de', match: /^(?:township of|canton de)\s+/i },
  { en: 'County of', fr: 'Comté de', match: /^(?:county of|comt[ée] de)\s+/i },
  { en: 'District of', fr: 'District de', match: /^(?:district of|district de)\s+/i },
  { en: 'Village of', fr: 'Village de', match: /^(?:village of|village de)\s+/i },
  { en: 'Region of', fr: 'Région de', match: /^(?:region of|r[ée]gion de)\s+/i },
];

const FRENCH_ELISION = /^[aeiouyhàâéèêëîïôöûüÿæœ]/iu;

/** "de Laval" but "d’Ottawa". */
function withDe(frPrefix: string, name: string): string {
  if (frPrefix.endsWith(' de') && FRENCH_ELISION.test(name)) return `${frPrefix.slice(0, -3)} d’${name}`;
  return `${frPrefix} ${name}`;
}

function placeLabel(name: string): Label {
  const trimmed = name.trim();
  // French elided forms come first: "Ville d'Ottawa".
  const elided = /^(ville|municipalit[ée]|cit[ée]) d['’]\s*(.+)$/i.exec(trimmed);
  if (elided?.[2]) {
    const place = elided[2];
    const kind = elided[1]?.toLowerCase().startsWith('ville') || elided[1]?.toLowerCase().startsWith('cit') ? 'City of' : 'Municipality of';
    return { en: `${kind} ${place}`, fr: trimmed.replace(/'/g, '’') };
  }
  for (const prefix of MUNICIPAL_PREFIXES) {
    const m = prefix.match.exec(trimmed);
    if (m) {
      const place = trimmed.slice(m[0].length);
      if (place === '') break;
      return { en: `${prefix.en} ${place}`, fr: withDe(prefix.fr, place) };
    }
  }
  return { en: trimmed, fr: trimmed };
}

/** A bilingual label for a jurisdiction: 'Canada', 'Alberta', 'Ville de Laval'/'City of Laval' style where sensible. */
export function jurisdictionLabel(j: Jurisdiction): Label {
  if (j.municipality !== undefined && j.municipality.trim() !== '') return placeLabel(j.municipality);
  const code = (j.code ?? '').toUpperCase();
  const region = regionByCode(code);
  switch (j.level) {
    case 'federal':
      return CANADA_LABEL;
    case 'provincial':
    case 'territorial':
      if (region) return region.label;
      if (code === 'CA') return JURISDICTION_LEVEL_LABELS[j.level];
      return code !== '' ? { en: code, fr: code } : JURISDICTION_LEVEL_LABELS[j.level];
    case 'municipal':
      return region
        ? { en: `Municipalities of ${enOf(region)}`, fr: `Municipalités ${frIn(region)}` }
        : JURISDICTION_LEVEL_LABELS.municipal;
    case 'regional':
      return region
        ? { en: `Regions of ${enOf(region)}`, fr: `Régions ${frIn(region)}` }
        : JURISDICTION_LEVEL_LABELS.regional;
    case 'indigenous':
      return region
        ? { en: `Indigenous governments in ${enOf(region)}`, fr: `Gouvernements autochtones ${region.inFr}` }
        : JURISDICTION_LEVEL_LABELS.indigenous;
    case 'international':
      return JURISDICTION_LEVEL_LABELS.international;
  }
}

/** "the Northwest Territories" takes its article in English. */
function enOf(region: Region): string {
  return region.code === 'CA-NT' ? `the ${region.label.en}` : region.label.en;
}

/** « du Québec », « de l’Ontario », « de la Colombie-Britannique », « des Territoires du Nord-Ouest ». */
function frIn(region: Region): string {
  const name = region.label.fr;
  if (region.inFr.startsWith('aux ')) return `des ${name}`;
  if (region.inFr.startsWith('au ')) return `du ${name}`;
  if (FRENCH_ELISION.test(name)) return `de l’${name}`;
  if (region.code === 'CA-NL') return `de ${name}`;
  return `de la ${name}`;
}
