// Who published a record and for which jurisdiction. On aggregators (Données Québec, the
// federal portal's provincial records) neither is the portal's own: the organization says who,
// and the record's `jurisdiction` field or the configured organization map says where.
import type { Jurisdiction, Publisher } from '../../core/dataset.js';
import { parseJurisdictionLevel, regionCode } from '../../core/jurisdictions.js';
import type { LangString } from '../../core/langstring.js';
import { collapseWhitespace } from '../../core/text.js';
import type { SourceSettings } from '../settings.js';
import type { CkanPackage } from './types.js';
import { fluentText, text } from './values.js';

/** An organization title: fluent, `"English | Français"` (open.canada.ca's convention on a
 * bilingual portal), or plain text in the portal's language. */
function organizationName(pkg: CkanPackage, bilingual: boolean, untaggedTag: string): LangString | undefined {
  const org = pkg.organization;
  const fluent = fluentText(org?.title_translated) ?? fluentText(org?.title) ?? fluentText(pkg.org_title_at_publication);
  if (fluent) {
    const out: LangString = {};
    for (const [tag, t] of Object.entries(fluent)) if (t !== undefined) out[tag] = collapseWhitespace(t);
    return out;
  }
  const plain = text(org?.title) ?? text(org?.display_name) ?? text(pkg.org_title_at_publication);
  if (plain === undefined) return undefined;
  if (bilingual) {
    const parts = plain.split(' | ');
    const [en, fr] = parts;
    if (parts.length === 2 && en !== undefined && fr !== undefined && en.trim() !== '' && fr.trim() !== '') {
      return { en: collapseWhitespace(en), fr: collapseWhitespace(fr) };
    }
  }
  return { [untaggedTag]: collapseWhitespace(plain) };
}

/** The organization's key for `organizationJurisdictions` and the publisher id: its `name`
 * (stable and readable), else its id, else `owner_org`. */
export function organizationKey(pkg: CkanPackage): string | undefined {
  return text(pkg.organization?.name) ?? text(pkg.organization?.id) ?? text(pkg.owner_org);
}

export function publisherOf(pkg: CkanPackage, settings: SourceSettings, untaggedTag: string): Publisher | undefined {
  const id = organizationKey(pkg);
  const name = organizationName(pkg, settings.primaryLanguage === 'bilingual', untaggedTag);
  if (id === undefined && name === undefined) return settings.publisher;
  return { id: id ?? settings.publisher?.id ?? settings.id, name: name ?? settings.publisher?.name ?? { [untaggedTag]: id ?? settings.id } };
}

// "Government and Municipalities of Québec": the region is named after the last "of"/"du"/"de".
const PLACE_AFTER = /^.*\s(?:of(?: the)?|du|de la|de l['’]|de|d['’])\s*(\S.*)$/iu;

function regionIn(name: string): string | undefined {
  const code = regionCode(name);
  if (code !== undefined && code !== 'CA') return code;
  const m = PLACE_AFTER.exec(name);
  return m?.[1] !== undefined ? regionCode(m[1]) : undefined;
}

/** Where a record belongs: the record's own `jurisdiction` level (federated records), the
 * configured jurisdiction of its organization, or the source's. */
export function jurisdictionOf(pkg: CkanPackage, settings: SourceSettings, publisher: Publisher | undefined): Jurisdiction {
  const key = organizationKey(pkg);
  const configured = (key !== undefined ? settings.organizationJurisdictions[key] : undefined) ??
    (pkg.organization?.id ? settings.organizationJurisdictions[text(pkg.organization.id) ?? ''] : undefined);
  const levelText = text(pkg.jurisdiction);
  const level = levelText !== undefined ? parseJurisdictionLevel(levelText) : undefined;
  if (level === undefined) return configured ?? settings.jurisdiction;
  if (configured && configured.level === level) return configured;
  if (level === 'federal') return { level, code: 'CA' };
  // A provincial record on the federal portal: its province is named by its publisher
  // ("Government of British Columbia"), not by the portal.
  let code: string | undefined;
  for (const n of publisher ? Object.values(publisher.name) : []) {
    code = n === undefined ? undefined : regionIn(n);
    if (code !== undefined) break;
  }
  code ??= configured?.code ?? settings.jurisdiction.code;
  return { level, code, ...(level === 'municipal' && configured?.municipality ? { municipality: configured.municipality } : {}) };
}
