// Languages of data and resources as ISO 639-1 codes (`en`, `fr`, `iu`), from whatever a portal
// wrote: codes of any ISO 639 part, BCP-47 tags, names in English or French, EU language IRIs.
// Languages without a two-letter code (many Indigenous languages of Canada) keep their ISO 639-3 code.
import isoLanguages from '@cospired/i18n-iso-languages';
import type { Label } from './langstring.js';
import { KeyIndex, foldKey, memoize } from './vocab-key.js';

interface ExtraLanguage {
  code: string;
  label: Label;
  names?: string[];
}

/** Languages of open.canada.ca's `canada_resource_language` that ISO 639-1 lacks, and the special codes. */
const EXTRA_LANGUAGES: readonly ExtraLanguage[] = [
  { code: 'zxx', label: { en: 'No linguistic content', fr: 'Aucun contenu linguistique' }, names: ['not applicable', 'non applicable', 'no linguistic content', 'pas de contenu linguistique'] },
  { code: 'mul', label: { en: 'Multiple languages', fr: 'Multilingue' }, names: ['multiple languages', 'multilingual', 'multilingue', 'plusieurs langues'] },
  { code: 'alg', label: { en: 'Algonquian languages', fr: 'Langues algonquiennes' } },
  { code: 'apa', label: { en: 'Apache languages', fr: 'Langues apaches' } },
  { code: 'chr', label: { en: 'Cherokee', fr: 'Cherokee' } },
  { code: 'chy', label: { en: 'Cheyenne', fr: 'Cheyenne' } },
  { code: 'chp', label: { en: 'Chipewyan', fr: 'Chipewyan' }, names: ['dene suline', 'dënesųłiné'] },
  { code: 'crk', label: { en: 'Plains Cree', fr: 'Cri des Plaines' }, names: ['cris des plaines'] },
  { code: 'dgr', label: { en: 'Dogrib (Tłı̨chǫ)', fr: 'Flanc-de-chien (tłı̨chǫ)' }, names: ['dogrib', 'tlicho', 'tłı̨chǫ'] },
  { code: 'fil', label: { en: 'Filipino', fr: 'Filipino' } },
  { code: 'moe', label: { en: 'Innu-aimun', fr: 'Innu-aimun' }, names: ['innu', 'montagnais'] },
  { code: 'ikt', label: { en: 'Inuinnaqtun and Inuvialuktun', fr: 'Inuinnaqtun et inuvialuktun' }, names: ['inuinnaqtun', 'innuinaqtun', 'inuvialuqtun', 'inuvialuktun', 'western canadian inuktitut'] },
  { code: 'iro', label: { en: 'Iroquoian languages', fr: 'Langues iroquoiennes' } },
  { code: 'mic', label: { en: 'Mi’kmaq', fr: 'Micmac' }, names: ['micmac', 'mikmaq', 'mi kmaq', 'mi kmaw'] },
  { code: 'moh', label: { en: 'Mohawk', fr: 'Mohawk' }, names: ['kanienkeha'] },
  { code: 'wak', label: { en: 'Wakashan languages', fr: 'Langues wakashennes' }, names: ['nootkan'] },
  { code: 'nai', label: { en: 'North American Indigenous languages', fr: 'Langues autochtones d’Amérique du Nord' }, names: ['north american indian'] },
  { code: 'sal', label: { en: 'Salishan languages', fr: 'Langues salishennes' }, names: ['salishan'] },
  { code: 'sgn', label: { en: 'Sign languages', fr: 'Langues des signes' }, names: ['sign languages', 'langage gestuel'] },
  { code: 'sio', label: { en: 'Siouan languages', fr: 'Langues siouanes' } },
  { code: 'crp', label: { en: 'Creoles and pidgins', fr: 'Créoles et pidgins' } },
];

const extraByCode = new Map(EXTRA_LANGUAGES.map((l) => [l.code, l]));

/** Names the ISO library does not know, or knows in another spelling. */
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  francais: 'fr',
  french: 'fr',
  anglais: 'en',
  english: 'en',
  inuktitut: 'iu',
  nunatsiavummiutut: 'iu',
  cree: 'cr',
  cri: 'cr',
  ojibwe: 'oj',
  ojibway: 'oj',
  ojibwa: 'oj',
  navajo: 'nv',
  'spanish castilian': 'es',
  castilian: 'es',
  'chinese simplified': 'zh',
  'chinese traditional': 'zh',
  'chinois simplifie': 'zh',
  'chinois traditionnel': 'zh',
  'greek modern 1453': 'el',
  persian: 'fa',
  farsi: 'fa',
};

const nameIndex = new KeyIndex<string>();
for (const [name, code] of Object.entries(EXTRA_NAMES)) nameIndex.add(name, code);
for (const locale of ['en', 'fr'] as const) {
  for (const [code, name] of Object.entries(isoLanguages.getNames(locale))) {
    nameIndex.add(foldKey(name), code);
    // "Spanish; Castilian", "Malay, Malaysian": each part names the language too.
    for (const part of name.split(/[;,]/)) nameIndex.add(foldKey(part), code);
  }
}
for (const l of EXTRA_LANGUAGES) {
  nameIndex.add(foldKey(l.label.en), l.code);
  nameIndex.add(foldKey(l.label.fr), l.code);
  for (const name of l.names ?? []) nameIndex.add(foldKey(name), l.code);
}

function codeOf(tag: string): string | undefined {
  const lower = tag.toLowerCase();
  if (lower === 'und' || lower === '') return undefined;
  if (extraByCode.has(lower)) return lower;
  if (/^[a-z]{2}$/.test(lower)) return isoLanguages.isValid(lower) ? lower : undefined;
  if (/^[a-z]{3}$/.test(lower)) {
    return isoLanguages.alpha3TToAlpha2(lower) ?? isoLanguages.alpha3BToAlpha2(lower);
  }
  return undefined;
}

const normalizeOne = memoize((raw: string): string | undefined => {
  let text = raw.trim();
  // EU authority IRIs (`.../language/FRA`), Library of Congress (`.../iso639-2/fre`), `lang:fr`.
  const iri = /^(?:https?:\/\/\S+[/#]|[a-z]+:)([A-Za-z-]+)\/?$/.exec(text);
  if (iri?.[1]) text = iri[1];
  // HNAP writes "eng; CAN"; some portals "fr_CA".
  const first = text.split(/[;|]/)[0]?.trim() ?? '';
  const tag = first.split(/[-_]/)[0] ?? '';
  const fromCode = codeOf(tag);
  if (fromCode !== undefined && (first.length <= 3 || /^[a-z]{2,3}[-_]/i.test(first))) return fromCode;
  const key = foldKey(first);
  return nameIndex.get(key) ?? nameIndex.get(key.replace(/^(?:langue|language)\s+/, ''));
});

/** 'en', 'eng', 'EN', 'English', 'anglais', 'en-CA', 'fr', 'fra', 'fre', 'French', 'français', 'http://publications.europa.eu/resource/authority/language/FRA' → ISO 639-1 ('en', 'fr', 'iu', ...). */
export function normalizeLanguage(text: string): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  return normalizeOne(text);
}

/** Every language named in one or more values ("en; fr", "English, French", ["eng", "fra"]), deduplicated, order kept. */
export function normalizeLanguages(values: string | readonly string[] | undefined): string[] {
  if (values === undefined) return [];
  const list = typeof values === 'string' ? [values] : values;
  const out: string[] = [];
  for (const value of list) {
    if (typeof value !== 'string') continue;
    const whole = normalizeLanguage(value);
    const codes = whole !== undefined && !/[,;/|&]| and | et /.test(value)
      ? [whole]
      : value.split(/[,;/|&]| and | et /).map((part) => normalizeLanguage(part));
    for (const code of codes) if (code !== undefined && !out.includes(code)) out.push(code);
  }
  return out;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-CA') + text.slice(1);
}

export function languageLabel(code: string): Label {
  const lower = code.toLowerCase();
  const extra = extraByCode.get(lower);
  if (extra) return extra.label;
  const en = isoLanguages.getName(lower, 'en');
  const fr = isoLanguages.getName(lower, 'fr');
  if (en !== undefined && fr !== undefined) return { en, fr: capitalize(fr) };
  return { en: code, fr: code };
}
