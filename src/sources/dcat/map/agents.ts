// Who publishes a dataset (`dct:publisher`: a foaf:Agent, possibly multilingual, by IRI or as a
// blank node) and whom to contact (`dcat:contactPoint`: a vCard).
import type { ContactPoint, Jurisdiction, Publisher } from '../../../core/dataset.js';
import type { LangString } from '../../../core/langstring.js';
import { collapseWhitespace } from '../../../core/text.js';
import { isLiteral } from '../raw.js';
import type { SourceSettings } from '../../settings.js';
import { httpUrl, RdfNode } from './node.js';
import { isEmpty, langStringOf } from './texts.js';
import { P } from './predicates.js';

const AGENT_NAMES = [P.FOAF_name, P.VCARD_fn, P.VCARD_organization_name, P.SKOS_prefLabel, P.RDFS_label, P.DCT_title, P.SCHEMA_name];

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** The last path segment of an IRI, as a name of last resort (`…/corporate-body/ESTAT` → `ESTAT`). */
function lastSegment(iri: string): string {
  const segment = /([^/#]+)[/#]?$/.exec(iri)?.[1] ?? iri;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The publisher: its IRI is its id (a blank node's is its `dct:identifier`, else its name made a
 * slug), which is also the key of `organizationJurisdictions`. No publisher: the source's. */
export function publisherOf(dataset: RdfNode, settings: SourceSettings, untaggedTag: string): Publisher | undefined {
  for (const value of dataset.values(P.DCT_publisher)) {
    if (isLiteral(value)) {
      const name = collapseWhitespace(value['@value']);
      if (name === '') continue;
      return { id: slug(name) || name, name: langStringOf([value], untaggedTag, collapseWhitespace) };
    }
    const agent = new RdfNode(value);
    let name: LangString = langStringOf(agent.literals(...AGENT_NAMES), untaggedTag, collapseWhitespace);
    // A blank node's id comes from its name: the same language's name every time, so the id is stable.
    const firstName = name['en'] ?? name['fr'] ?? name[untaggedTag] ?? Object.values(name)[0];
    const id = agent.iri ?? agent.firstText(P.DCT_identifier) ?? (firstName !== undefined ? slug(firstName) : undefined);
    if (id === undefined || id === '') continue;
    if (isEmpty(name)) name = settings.publisher?.id === id ? settings.publisher.name : { [untaggedTag]: lastSegment(id) };
    return { id, name };
  }
  return settings.publisher;
}

/** Where the dataset belongs: its publisher's configured jurisdiction, else the source's. */
export function jurisdictionOf(publisher: Publisher | undefined, settings: SourceSettings): Jurisdiction {
  return (publisher !== undefined ? settings.organizationJurisdictions[publisher.id] : undefined) ?? settings.jurisdiction;
}

/** `mailto:x@y`, ` x@y `, `mailto: x@y` (sic) → `x@y`. */
function emailOf(text: string): string | undefined {
  const address = text.trim().replace(/^mailto:\s*/i, '').split('?')[0]?.trim() ?? '';
  return /^[^\s@]+@[^\s@]+$/.test(address) ? address : undefined;
}

function contactEmail(contact: RdfNode): string | undefined {
  for (const value of contact.values(P.VCARD_hasEmail, P.VCARD_email, P.FOAF_mbox)) {
    const texts = isLiteral(value) ? [value['@value']] : [value['@id'] ?? '', ...new RdfNode(value).texts(P.VCARD_value, P.VCARD_hasValue)];
    for (const text of texts) {
      const email = emailOf(text);
      if (email !== undefined) return email;
    }
  }
  return undefined;
}

/** The first `dcat:contactPoint` that says something: name (multilingual), email, web page. */
export function contactPointOf(dataset: RdfNode, untaggedTag: string): ContactPoint | undefined {
  for (const contact of dataset.nodes(P.DCAT_contactPoint, P.ADMS_contactPoint)) {
    const name = langStringOf(
      contact.literals(P.VCARD_fn, P.VCARD_organization_name, P.VCARD_organisationName, P.VCARD_organizationName, P.FOAF_name, P.RDFS_label),
      untaggedTag,
      collapseWhitespace,
    );
    const email = contactEmail(contact);
    const url = contact.texts(P.VCARD_hasURL, P.VCARD_hasUrl, P.VCARD_url, P.FOAF_homepage, P.FOAF_page).map(httpUrl).find((u) => u !== undefined);
    if (isEmpty(name) && email === undefined && url === undefined) continue;
    return { ...(isEmpty(name) ? {} : { name }), ...(email !== undefined ? { email } : {}), ...(url !== undefined ? { url } : {}) };
  }
  return undefined;
}
