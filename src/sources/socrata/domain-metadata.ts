// A site's own metadata fields (`classification.domain_metadata [{key, value}]`), read by what
// their names mean rather than by one site's exact keys. Socrata names a key
// `<Fieldset>_<Field>` with spaces made dashes: `Common-Core_Contact-Email`,
// `Dataset-Summary_Data-Frequency`, `Additional-Metadata_Publisher`,
// `Dataset-Information_Department`. The field part says what the value is; the fieldset only
// breaks ties.

export type MetadataRole =
  | 'contactEmail'
  | 'contactName'
  | 'publisher'
  | 'department'
  | 'frequency'
  | 'licence'
  | 'licenceUrl'
  | 'language'
  | 'temporal'
  | 'temporalStart'
  | 'temporalEnd'
  | 'places'
  | 'issued'
  | 'keywords'
  | 'titleFr'
  | 'titleEn'
  | 'descriptionFr'
  | 'descriptionEn';

/** A field name folded for matching: lower case, words separated by single spaces, no accents. */
export function foldFieldName(key: string): { fieldset: string; field: string } {
  const fold = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const cut = key.indexOf('_');
  return cut > 0 ? { fieldset: fold(key.slice(0, cut)), field: fold(key.slice(cut + 1)) } : { fieldset: '', field: fold(key) };
}

const FRENCH = /\b(?:french|francais|fr|fra)\b/;
const ENGLISH = /\b(?:english|anglais|en|eng)\b/;

// A site uses a few dozen keys on every record: each is read once.
const roles = new Map<string, MetadataRole | undefined>();
const MAX_REMEMBERED = 5000;

/** What a field holds, from its name; undefined for fields Federa does not map. */
export function roleOf(key: string): MetadataRole | undefined {
  if (roles.has(key)) return roles.get(key);
  const role = roleFromName(key);
  if (roles.size >= MAX_REMEMBERED) roles.clear();
  roles.set(key, role);
  return role;
}

// Order matters: "Contact Email" is an email before it is a contact, "Licence URL" a URL before a licence.
function roleFromName(key: string): MetadataRole | undefined {
  const { fieldset, field } = foldFieldName(key);
  const f = ` ${field} `;
  if (/\b(?:e ?mail|courriel)\b/.test(field)) return /\b(?:contact|email|e mail|courriel|steward|owner|custodian|maintainer|inquir)/.test(`${fieldset} ${field}`) ? 'contactEmail' : undefined;
  if (/\b(?:phone|telephone|fax|address|adresse)\b/.test(field)) return undefined;
  if (/\b(?:title|titre|name of dataset|dataset name|nom)\b/.test(field) && FRENCH.test(field)) return 'titleFr';
  if (/\b(?:title|titre)\b/.test(field) && ENGLISH.test(field)) return 'titleEn';
  if (/\b(?:description|summary|resume|abstract)\b/.test(field) && FRENCH.test(field)) return 'descriptionFr';
  if (/\b(?:description|summary|abstract)\b/.test(field) && ENGLISH.test(field)) return 'descriptionEn';
  if (/\bcontact\b/.test(field) || (/\bcontact\b/.test(fieldset) && /\bname\b/.test(field))) return 'contactName';
  if (/\b(?:licen[cs]e|licensing|terms of use|conditions d utilisation)\b/.test(field)) return /\b(?:url|link|lien|uri)\b/.test(field) ? 'licenceUrl' : 'licence';
  // Codes (`Bureau-Code`, `Program-Code`) identify, they do not name.
  const isCode = /\b(?:code|id|number|no)\b/.test(field);
  if (/\bpublisher\b|\beditor\b|\bediteur\b/.test(field) && !isCode) return 'publisher';
  if (!isCode && /\b(?:department|ministry|ministere|agency|branch|division|business unit|service area|organi[sz]ation|data owner|owner|custodian|steward|responsible|bureau)\b/.test(field)) {
    return 'department';
  }
  if (/\b(?:frequency|frequence|periodicity|periodicite|refresh|update (?:cycle|schedule|interval|rate)|accrual)\b/.test(field) && !/\b(?:last|date|dernier)\b/.test(field)) {
    return 'frequency';
  }
  if (/\b(?:language|langue)s?\b/.test(field)) return 'language';
  if (/\b(?:temporal|time period|period covered|date range|coverage period|time span)\b/.test(field)) {
    if (/\b(?:start|begin|from|debut)\b/.test(field)) return 'temporalStart';
    if (/\b(?:end|to|until|fin)\b/.test(field)) return 'temporalEnd';
    return 'temporal';
  }
  if (/\b(?:coverage start|start date|date de debut)\b/.test(field)) return 'temporalStart';
  if (/\b(?:coverage end|end date|date de fin)\b/.test(field)) return 'temporalEnd';
  if (/\b(?:spatial|geographic|geography|geographical|coverage area|geographic coverage|location|region|area covered|territory|territoire)\b/.test(field)) return 'places';
  if (/\b(?:issued|publi(?:shed|cation) date|date (?:published|issued|released|created)|release date|date de publication)\b/.test(field)) return 'issued';
  if (/\b(?:keywords?|mots cles|tags)\b/.test(f)) return 'keywords';
  return undefined;
}

export type DomainMetadata = ReadonlyMap<MetadataRole, readonly string[]>;

function valueText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' || /^(?:n\/?a|none|null|-+|tbd|unknown)$/i.test(t) ? undefined : t;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The site's metadata by role, values in the order the site listed them. */
export function readDomainMetadata(entries: ReadonlyArray<{ key: string; value?: unknown }> | null | undefined): DomainMetadata {
  const out = new Map<MetadataRole, string[]>();
  for (const entry of entries ?? []) {
    const role = roleOf(entry.key);
    if (role === undefined) continue;
    const values = Array.isArray(entry.value) ? entry.value : [entry.value];
    for (const value of values) {
      const t = valueText(value);
      if (t === undefined) continue;
      const list = out.get(role);
      if (list) list.push(t);
      else out.set(role, [t]);
    }
  }
  return out;
}

export function first(metadata: DomainMetadata, ...roles: MetadataRole[]): string | undefined {
  for (const role of roles) {
    const value = metadata.get(role)?.[0];
    if (value !== undefined) return value;
  }
  return undefined;
}
