// Licences, recognized from whatever a portal gives: a licence id (CKAN, SPDX, EU authority code),
// a URL in any of its spellings, or a title in English or French.
import type { Label } from './langstring.js';
import { CC_EXTRA_ALIASES, LICENCE_ENTRIES, type LicenceEntry } from './vocab-data/licences.js';
import { KeyIndex, foldKey, hrefs, memoize, stripTags } from './vocab-key.js';

export interface Licence {
  /** SPDX id where one exists ('OGL-Canada-2.0', 'CC-BY-4.0', 'ODbL-1.0', 'OGL-UK-3.0'), else a stable id ('OGL-Alberta-2.1', 'OGL-BC-2.0', 'OGL-Ontario-1.0'...). */
  id: string;
  label: Label;
  /** Canonical URL. */
  url?: string;
  /** The French text's URL, where it has its own. */
  urlFr?: string;
  /** Conformant with the Open Definition. */
  open: boolean;
  /** Ids, URLs, titles and their variants it is recognized by. */
  aliases: string[];
}

const ENTRIES: readonly LicenceEntry[] = LICENCE_ENTRIES.map((entry) => ({
  ...entry,
  aliases: [...entry.aliases, ...(CC_EXTRA_ALIASES[entry.id] ?? [])],
}));

export const LICENCES: readonly Licence[] = ENTRIES;

const byId = new Map(ENTRIES.map((entry) => [entry.id, entry]));

export function licenceById(id: string): Licence | undefined {
  return byId.get(id);
}

const STOP_WORDS = new Set(['the', 'of', 'for', 'a', 'an', 'and', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 's', 'en', 'to']);

/** Case, accents, dashes, "version 2.0"/"v2.0"/"2", licence/license and little words folded away. */
export function licenceTextKey(text: string): string {
  const versioned = text
    .replace(/\bv(?:ersion|er)?\.?\s*(?=\d)/gi, ' ')
    .replace(/(\d+)\.0(?!\d)/g, '$1');
  return foldKey(versioned)
    .split(' ')
    .map((word) => (word === 'license' || word === 'licensing' ? 'licence' : word))
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
    .join(' ');
}

/** Scheme, `www.`, trailing slash, fragment, case and `/en/`-`/fr/` path segments folded away. */
export function licenceUrlKey(url: string): string {
  let u = url.trim().toLowerCase();
  try {
    u = decodeURI(u);
  } catch {
    // keep it encoded
  }
  u = u.replace(/^[a-z]+:\/\//, '').replace(/^www\d*\./, '').replace(/#.*$/, '');
  const [host = '', ...segments] = u.split('/');
  const path = segments.filter((s) => s !== '' && !/^(?:en|fr|eng|fra|en-ca|fr-ca)$/.test(s));
  const last = path[path.length - 1];
  if (last !== undefined && /^index\.(?:html?|php|aspx?)$/.test(last)) path.pop();
  return [host, ...path].join('/');
}

const looksLikeUrl = (text: string): boolean => /^(?:https?:\/\/|ftp:\/\/|www\.)/i.test(text.trim());

const textIndex = new KeyIndex<LicenceEntry>();
const urlIndex = new KeyIndex<LicenceEntry>();
for (const entry of ENTRIES) textIndex.add(licenceTextKey(entry.id), entry);
for (const entry of ENTRIES) {
  textIndex.add(licenceTextKey(entry.label.en), entry);
  textIndex.add(licenceTextKey(entry.label.fr), entry);
  if (entry.url !== undefined) urlIndex.add(licenceUrlKey(entry.url), entry);
  if (entry.urlFr !== undefined) urlIndex.add(licenceUrlKey(entry.urlFr), entry);
  for (const alias of entry.aliases) {
    if (looksLikeUrl(alias)) urlIndex.add(licenceUrlKey(alias), entry);
    else textIndex.add(licenceTextKey(alias), entry);
  }
}

interface CcParts {
  nc: boolean;
  nd: boolean;
  sa: boolean;
  zero: boolean;
  version?: string;
}

function ccEntry(parts: CcParts): LicenceEntry | undefined {
  if (parts.zero) return byId.get('CC0-1.0');
  if (parts.nd && parts.sa) return undefined;
  const code = `BY${parts.nc ? '-NC' : ''}${parts.nd ? '-ND' : parts.sa ? '-SA' : ''}`;
  return byId.get(parts.version !== undefined ? `CC-${code}-${parts.version}` : `CC-${code}`);
}

function ccVersion(tokens: readonly string[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '2' && tokens[i + 1] === '5') return '2.5';
    if (t === '1' || t === '2' || t === '3' || t === '4') return `${t}.0`;
  }
  return undefined;
}

/** Creative Commons licences by their elements, whatever the wording: "CC BY-NC 4.0",
 * "Creative Commons Attribution – Pas d’utilisation commerciale 4.0 International", "cc-by-sa". */
function ccFromKey(key: string): LicenceEntry | undefined {
  const tokens = key.split(' ');
  const text = ` ${key} `;
  const has = (word: string): boolean => tokens.includes(word);
  const isCc = text.includes(' creative commons ') || has('cc') || has('cc0') || has('cczero');
  if (!isCc) return undefined;
  const zero = has('cc0') || has('cczero') || has('zero') || text.includes(' public domain dedication ');
  const by = has('by') || has('attribution') || has('paternite');
  const nc = has('nc') || has('noncommercial') || text.includes(' non commercial ') || text.includes(' pas utilisation commerciale ');
  const nd = has('nd') || has('noderivs') || has('noderivatives') || text.includes(' no derivatives ') || text.includes(' no derivative ') || text.includes(' no derivs ') || text.includes(' pas modification ');
  const sa = has('sa') || has('sharealike') || text.includes(' share alike ') || text.includes(' partage dans memes conditions ');
  if (!zero && !by && !nc && !nd && !sa) return undefined;
  const version = ccVersion(tokens);
  return ccEntry({ zero, nc, nd, sa, ...(version !== undefined ? { version } : {}) });
}

function ccFromUrl(url: string): LicenceEntry | undefined {
  const lower = url.toLowerCase();
  if (!lower.includes('creativecommons.org/')) return undefined;
  if (/\/publicdomain\/zero\//.test(lower)) return byId.get('CC0-1.0');
  const m = /\/licen[cs]es\/([a-z-]+)(?:\/(\d\.\d))?/.exec(lower);
  if (!m?.[1]) return undefined;
  const elements = m[1].split('-');
  if (!elements.includes('by')) return undefined;
  return ccEntry({
    zero: false,
    nc: elements.includes('nc'),
    nd: elements.includes('nd'),
    sa: elements.includes('sa'),
    ...(m[2] !== undefined ? { version: m[2] } : {}),
  });
}

/** EU authority licence codes: `CC_BYNCSA_3_0`, `CC0`, `ODC_BL` (the IRI's last segment). */
function fromEuCode(code: string): LicenceEntry | undefined {
  const upper = code.toUpperCase();
  if (upper === 'CC0') return byId.get('CC0-1.0');
  const cc = /^CC_(BY)(NC)?(SA|ND)?(?:_(\d)_(\d))?$/.exec(upper);
  if (cc) {
    const version = cc[4] !== undefined ? `${cc[4]}.${cc[5] ?? '0'}` : '4.0';
    return ccEntry({ zero: false, nc: cc[2] !== undefined, nd: cc[3] === 'ND', sa: cc[3] === 'SA', version });
  }
  return textIndex.get(licenceTextKey(upper));
}

/** The code a national licence table's IRI ends in (DCAT-AP.de `…/def/licenses/cc-by/4.0`,
 * `…/licenses/dl-zero-de/2.0`, `…/licenses/odbl`): a code, with its version when it has one. */
function licenceTableCode(url: string): string | undefined {
  const m = /\/licen[cs]es?\/([^?#]+)/i.exec(url);
  const segments = (m?.[1] ?? '').split('/').filter((s) => s !== '');
  const [code, version, ...rest] = segments;
  if (code === undefined || rest.length > 0 || !/[a-z]/i.test(code)) return undefined;
  if (version !== undefined && !/^\d+(?:\.\d+)*$/.test(version)) return undefined;
  return version !== undefined ? `${code} ${version}` : code;
}

function byUrl(url: string): LicenceEntry | undefined {
  const cc = ccFromUrl(url);
  if (cc) return cc;
  const eu = /\/authority\/licence\/([A-Za-z0-9_]+)\/?$/.exec(url);
  if (eu?.[1]) return fromEuCode(eu[1]);
  const key = licenceUrlKey(url);
  const found = urlIndex.get(key) ?? urlIndex.get(key.replace(/\.(?:html?|aspx?|php|cfm)$/, ''));
  if (found) return found;
  const code = licenceTableCode(url);
  return code !== undefined ? byKey(licenceTextKey(code)) : undefined;
}

function byKey(key: string): LicenceEntry | undefined {
  if (key === '') return undefined;
  return textIndex.get(key) ?? ccFromKey(key);
}

function byText(raw: string): LicenceEntry | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  if (/^CC_[A-Z_0-9]+$|^CC0$/.test(text)) return fromEuCode(text);
  const key = licenceTextKey(text);
  const direct = byKey(key);
  if (direct) return direct;
  // "Open Government Licence – Canada (OGL-Canada 2.0)": the title outside or the id inside.
  if (text.includes('(')) {
    const outer = licenceTextKey(text.replace(/\([^)]*\)/g, ' '));
    const inner = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => licenceTextKey(m[1] ?? ''));
    for (const part of [outer, ...inner]) {
      const found = byKey(part);
      if (found) return found;
    }
  }
  // A version we do not list: the unversioned name may still be known ("OGL-Canada 1.0").
  const unversioned = key.replace(/\b\d+(?: \d+)*\b/g, ' ').replace(/\s+/g, ' ').trim();
  if (unversioned !== key && unversioned !== '') return textIndex.get(unversioned);
  return undefined;
}

/** One field, which may be an id, a title, a URL or an HTML fragment holding either. */
const recognizeField = memoize((raw: string): LicenceEntry | undefined => {
  const value = raw.trim();
  if (value === '') return undefined;
  if (value.includes('<')) {
    for (const href of hrefs(value)) {
      const found = byUrl(href);
      if (found) return found;
    }
    const text = stripTags(value);
    return text.length <= 200 ? recognizeField(text) : undefined;
  }
  if (looksLikeUrl(value)) return byUrl(value);
  return byText(value);
});

/** Recognizes a licence by its id (`ca-ogl-lgo`, `OGL-Canada-2.0`, `cc-by`, `CC-BY-4.0`, `odc-odbl`...), its URL
 * (http/https, trailing slash, `www.`, `/en/` vs `/fr/`, `deed.fr`, `legalcode` variants) or its title (case, accents,
 * dashes, "version 2.0"/"v2.0" variants, English or French). Returns undefined when it cannot tell. */
export function recognizeLicence(input: { id?: string; title?: string; url?: string }): Licence | undefined {
  let vague: LicenceEntry | undefined;
  for (const value of [input.id, input.url, input.title]) {
    if (typeof value !== 'string') continue;
    const found = recognizeField(value);
    if (found === undefined) continue;
    if (!found.vague) return found;
    vague ??= found;
  }
  return vague;
}

/** The label of a licence id, or the id itself for a licence the vocabulary does not know. */
export function licenceLabel(id: string): Label {
  return byId.get(id)?.label ?? { en: id, fr: id };
}
