// Responsible parties (`gmd:CI_ResponsibleParty`): who publishes the record, whom to contact, and
// the government the record belongs to. HNAP organisation names are hierarchical,
// `Government of Canada; Natural Resources Canada; Earth Sciences Sector`: the government, then
// the department (for a province, the government again: `Government of Alberta; Government of
// Alberta; Alberta Geological Survey`), then units.
import type { ContactPoint, Jurisdiction, Publisher } from '../../../core/dataset.js';
import { parseJurisdictionLevel, regionByCode, regionCode } from '../../../core/jurisdictions.js';
import type { LangString } from '../../../core/langstring.js';
import { reconcileTranslation } from '../../../core/machine-translation.js';
import { collapseWhitespace } from '../../../core/text.js';
import { foldKey } from '../../../core/vocab-key.js';
import { allAt, at, child, type XmlElement } from '../xml/tree.js';
import type { TextLanguages } from './language.js';
import { langStringOf, oneLine, rawLangString } from './texts.js';
import { absoluteUrl, codeOf } from './values.js';

// HNAP's CI_RoleCode register.
const HNAP_ROLES: Readonly<Record<string, string>> = {
  RI_408: 'resourceProvider',
  RI_409: 'custodian',
  RI_410: 'owner',
  RI_411: 'user',
  RI_412: 'distributor',
  RI_413: 'originator',
  RI_414: 'pointOfContact',
  RI_415: 'principalInvestigator',
  RI_416: 'processor',
  RI_417: 'publisher',
  RI_418: 'author',
  RI_419: 'collaborator',
  RI_420: 'editor',
  RI_421: 'mediator',
  RI_422: 'rightsHolder',
};

export interface Party {
  role?: string;
  /** The organisation's name parts per language (HNAP's `;`-separated hierarchy). */
  organisation: Record<string, string[]>;
  individual?: LangString;
  email?: string;
  url?: string;
}

const EMAIL = /[^\s@:;,<>()"'[\]]+@[^\s@:;,<>()"'[\]]+\.[a-z]{2,}/i;

function partyOf(element: XmlElement, languages: TextLanguages): Party {
  const organisation: Record<string, string[]> = {};
  for (const [tag, text] of Object.entries(rawLangString(child(element, 'gmd:organisationName'), languages))) {
    if (text === undefined) continue;
    const parts: string[] = [];
    for (const part of text.split(';')) {
      const c = collapseWhitespace(part);
      // A placeholder part (`Translation of Alberta Geological Survey`) stays a hole, so
      // that parts keep their rank in the hierarchy.
      parts.push(c === '' ? '' : (reconcileTranslation(tag, c)?.text ?? ''));
    }
    if (parts.some((p) => p !== '')) organisation[tag] = parts;
  }
  const individual = langStringOf(child(element, 'gmd:individualName'), languages, oneLine);
  const contact = at(element, 'gmd:contactInfo', 'gmd:CI_Contact');
  const mails = Object.values(rawLangString(at(contact, 'gmd:address', 'gmd:CI_Address', 'gmd:electronicMailAddress'), languages));
  const email = mails.map((m) => (m === undefined ? undefined : EMAIL.exec(m)?.[0])).find((m) => m !== undefined);
  const url = absoluteUrl(rawLangString(at(contact, 'gmd:onlineResource', 'gmd:CI_OnlineResource', 'gmd:linkage', 'gmd:URL'), languages)[languages.main]);
  const code = codeOf(child(element, 'gmd:role'));
  const rawRole = code.value ?? code.text;
  const role = rawRole === undefined ? undefined : (HNAP_ROLES[rawRole] ?? rawRole);
  return {
    organisation,
    ...(role !== undefined ? { role } : {}),
    ...(Object.keys(individual).length > 0 ? { individual } : {}),
    ...(email !== undefined ? { email } : {}),
    ...(url !== undefined ? { url } : {}),
  };
}

export interface Parties {
  /** Of the resource: its citation's responsible parties, then its points of contact. */
  resource: Party[];
  /** Of the metadata record (`gmd:contact`). */
  metadata: Party[];
}

export function partiesOf(record: XmlElement, identification: XmlElement | undefined, languages: TextLanguages): Parties {
  const cited = allAt(identification, 'gmd:citation', 'gmd:CI_Citation', 'gmd:citedResponsibleParty', 'gmd:CI_ResponsibleParty');
  const contacts = allAt(identification, 'gmd:pointOfContact', 'gmd:CI_ResponsibleParty');
  return {
    resource: [...cited, ...contacts].map((p) => partyOf(p, languages)),
    metadata: allAt(record, 'gmd:contact', 'gmd:CI_ResponsibleParty').map((p) => partyOf(p, languages)),
  };
}

// Who publishes, best first.
const PUBLISHER_ROLES = ['publisher', 'owner', 'custodian', 'originator', 'pointOfContact', 'author', 'resourceProvider', 'distributor'];

function roleRank(party: Party): number {
  const i = party.role === undefined ? -1 : PUBLISHER_ROLES.indexOf(party.role);
  return i < 0 ? PUBLISHER_ROLES.length : i;
}

function hasOrganisation(party: Party): boolean {
  return Object.keys(party.organisation).length > 0;
}

export function publishingParty(parties: Parties): Party | undefined {
  const candidates = parties.resource.filter(hasOrganisation);
  const best = [...candidates].sort((a, b) => roleRank(a) - roleRank(b))[0];
  return best ?? parties.metadata.find(hasOrganisation);
}

/** The department of an HNAP name (its second part), or the whole name. */
function publisherName(parts: string[]): string | undefined {
  const meaningful = parts.length >= 2 ? parts[1] : parts[0];
  return meaningful === undefined || meaningful === '' ? undefined : meaningful;
}

export function slug(text: string): string {
  return foldKey(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
}

export function publisherOf(party: Party | undefined, mainTag: string): Publisher | undefined {
  if (party === undefined) return undefined;
  const name: LangString = {};
  for (const [tag, parts] of Object.entries(party.organisation)) {
    const n = publisherName(parts);
    if (n !== undefined) name[tag] = n;
  }
  const key = name['en'] ?? name[mainTag] ?? Object.values(name).find((n) => n !== undefined);
  if (key === undefined) return undefined;
  return { id: slug(key) || 'unknown', name };
}

const GOVERNMENT = /^(?:the )?(?:government|gouvernement)\b/i;

/** The government an HNAP organisation name starts with: `Government of Canada` is federal,
 * `Government of Alberta` provincial `CA-AB`. */
export function governmentJurisdiction(party: Party | undefined): Jurisdiction | undefined {
  if (party === undefined) return undefined;
  for (const parts of Object.values(party.organisation)) {
    const government = parts[0];
    if (government === undefined || !GOVERNMENT.test(government)) continue;
    if (parseJurisdictionLevel(government) === 'federal') return { level: 'federal', code: 'CA' };
    const code = regionCode(government);
    if (code === 'CA') return { level: 'federal', code: 'CA' };
    const region = code === undefined ? undefined : regionByCode(code);
    if (region !== undefined) return { level: region.level, code: region.code };
  }
  return undefined;
}

/** The contact: a resource point of contact with an address, else the metadata contact. */
export function contactPointOf(parties: Parties): ContactPoint | undefined {
  const all = [...parties.resource, ...parties.metadata];
  const party = all.find((p) => p.email !== undefined && p.role === 'pointOfContact') ?? all.find((p) => p.email !== undefined) ?? all[0];
  if (party === undefined) return undefined;
  let name: LangString | undefined = party.individual;
  if (name === undefined) {
    // The most specific unit of the organisation.
    const units: LangString = {};
    for (const [tag, parts] of Object.entries(party.organisation)) {
      // A placeholder there (a hole) leaves the language out rather than name a larger unit.
      const last = parts[parts.length - 1];
      if (last !== undefined && last !== '') units[tag] = last;
    }
    if (Object.keys(units).length > 0) name = units;
  }
  if (name === undefined && party.email === undefined && party.url === undefined) return undefined;
  return { ...(name !== undefined ? { name } : {}), ...(party.email !== undefined ? { email: party.email } : {}), ...(party.url !== undefined ? { url: party.url } : {}) };
}
