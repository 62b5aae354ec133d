// The contact point: open.canada.ca's `contact_information` (per language, often a JSON string),
// a scheming `contact` list, CKAN's maintainer or author, or contact extras.
import type { ContactPoint } from '../../core/dataset.js';
import type { LangString } from '../../core/langstring.js';
import { collapseWhitespace } from '../../core/text.js';
import { extraText, type Extras } from './extras.js';
import { ckanContactInformation, type CkanPackage } from './types.js';
import { fluentText, languageKey, parseEmbeddedJson, text } from './values.js';

function email(value: unknown): string | undefined {
  const t = text(value)?.replace(/^mailto:/i, '');
  return t !== undefined && /^[^\s@]+@[^\s@]+$/.test(t) ? t : undefined;
}

function url(value: unknown): string | undefined {
  const t = text(value);
  return t !== undefined && /^https?:\/\//i.test(t) ? t : undefined;
}

function build(name: LangString | undefined, mail: string | undefined, link: string | undefined): ContactPoint | undefined {
  if (name === undefined && mail === undefined && link === undefined) return undefined;
  return { ...(name ? { name } : {}), ...(mail ? { email: mail } : {}), ...(link ? { url: link } : {}) };
}

function fromContactInformation(value: unknown): ContactPoint | undefined {
  const parsed = ckanContactInformation.safeParse(parseEmbeddedJson(value));
  if (!parsed.success) return undefined;
  let name: LangString | undefined;
  let mail: string | undefined;
  let link: string | undefined;
  for (const [lang, entry] of Object.entries(parsed.data)) {
    if (!entry) continue;
    const n = text(entry.organization_name) ?? text(entry.individual_name);
    if (n !== undefined) (name ??= {})[languageKey(lang)] = collapseWhitespace(n);
    mail ??= email(entry.electronic_mail_address);
    // English first: both forms usually exist, and one URL is kept.
    if (lang === 'en' || link === undefined) link = url(entry.contact_form) ?? link;
  }
  return build(name, mail, link);
}

export function contactPoint(pkg: CkanPackage, extras: Extras, untaggedTag: string): ContactPoint | undefined {
  const info = pkg.contact_information ? fromContactInformation(pkg.contact_information) : undefined;
  const form = fluentText(pkg.maintainer_contact_form);
  const formUrl = url(form?.['en']) ?? url(form?.['fr']);
  if (info) return info.url || !formUrl ? info : { ...info, url: formUrl };

  const contacts = Array.isArray(pkg.contact) ? pkg.contact : pkg.contact ? [pkg.contact] : [];
  for (const c of contacts) {
    const plain = text(c.name);
    const name: LangString | undefined = fluentText(c.name_translated) ?? (plain !== undefined ? { [untaggedTag]: collapseWhitespace(plain) } : undefined);
    const found = build(name, email(c.email), url(c.url));
    if (found) return found;
  }

  for (const [nameValue, mailValue] of [
    [pkg.maintainer, pkg.maintainer_email],
    [pkg.author, pkg.author_email],
    [extraText(extras, 'contact_name', 'contact_point_name', 'maintainer', 'responsible_party'), extraText(extras, 'contact_email', 'contact_point', 'contact_point_email', 'maintainer_email')],
  ] as const) {
    const n = text(nameValue);
    const found = build(n !== undefined ? { [untaggedTag]: collapseWhitespace(n) } : undefined, email(mailValue), undefined);
    if (found) return formUrl && !found.url ? { ...found, url: formUrl } : found;
  }
  return formUrl ? { url: formUrl } : undefined;
}
