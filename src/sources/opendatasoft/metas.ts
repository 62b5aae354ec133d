// What the metadata templates other than `default` say, read by the names of their keys. A
// domain fills `metas.dcat` (`accrualperiodicity`, `contact_name`, `contact_email`, `issued`,
// `temporal_coverage_start`...), sometimes `metas.inspire`, and often a template of its own
// (`metas.custom.update_frequency`, `metas.<domain>.contact_email`): the key says what the value
// is, whichever template holds it. `dcat` is read first, the others after in name order.

export type MetaRole = 'frequency' | 'contactName' | 'contactEmail' | 'issued' | 'created' | 'temporal' | 'temporalStart' | 'temporalEnd' | 'places';

function fold(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// A domain uses the same few dozen keys on every dataset: each is read once.
const roles = new Map<string, MetaRole | undefined>();
const MAX_REMEMBERED = 5000;

/** What a key holds, from its name; undefined for keys Federa does not map. */
export function metaRoleOf(key: string): MetaRole | undefined {
  if (roles.has(key)) return roles.get(key);
  const role = roleFromName(key);
  if (roles.size >= MAX_REMEMBERED) roles.clear();
  roles.set(key, role);
  return role;
}

function roleFromName(key: string): MetaRole | undefined {
  const k = fold(key);
  if (/\b(?:e ?mail|courriel)\b|email$/.test(k)) return /\b(?:contact|email|e mail|courriel|point|responsable|maintainer)/.test(k) ? 'contactEmail' : undefined;
  if (/\b(?:phone|telephone|address|adresse|url|link)\b/.test(k)) return undefined;
  if (/(?:frequen|periodicit|accrual|refresh|update (?:cycle|schedule|interval|rate))/.test(k) && !/\b(?:last|date|dernier)\b/.test(k)) return 'frequency';
  if (/^contact(?: name| person| point)?$|\bcontact name\b|\bpoint of contact\b|^responsable$/.test(k)) return 'contactName';
  if (/(?:temporal|coverage|period).*(?:start|begin|debut|from)\b|^start date$|^date debut$/.test(k)) return 'temporalStart';
  if (/(?:temporal|coverage|period).*(?:end|fin|to|until)\b|^end date$|^date fin$/.test(k)) return 'temporalEnd';
  if (/^temporal$|\btime period\b|\bdate range\b|^temporal coverage$/.test(k)) return 'temporal';
  if (/^(?:issued|publication date|date published|date issued|release date)$/.test(k)) return 'issued';
  // The producer's creation date: the publication date only when none is given (DCAT's `created` often precedes `issued`).
  if (/^(?:created|date created)$/.test(k)) return 'created';
  if (/^spatial$|\bgeographic (?:coverage|area|extent)\b|\bcoverage area\b/.test(k)) return 'places';
  return undefined;
}

export type Metas = ReadonlyMap<MetaRole, readonly string[]>;

function texts(value: unknown): string[] {
  const out: string[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
    else if (typeof item === 'number' && Number.isFinite(item)) out.push(String(item));
  }
  return out;
}

/** The templates' values by role, `default` left out (it is read field by field). */
export function readMetas(metas: Readonly<Record<string, unknown>> | null | undefined): Metas {
  const out = new Map<MetaRole, string[]>();
  if (!metas) return out;
  const templates = Object.keys(metas)
    .filter((name) => name !== 'default')
    .sort((a, b) => (a === 'dcat' ? -1 : b === 'dcat' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const name of templates) {
    const template = metas[name];
    if (typeof template !== 'object' || template === null || Array.isArray(template)) continue;
    for (const [key, value] of Object.entries(template)) {
      const role = metaRoleOf(key);
      if (role === undefined) continue;
      const values = texts(value);
      if (values.length === 0) continue;
      const list = out.get(role);
      if (list) list.push(...values);
      else out.set(role, values);
    }
  }
  return out;
}

export function firstMeta(metas: Metas, role: MetaRole): string | undefined {
  return metas.get(role)?.[0];
}
