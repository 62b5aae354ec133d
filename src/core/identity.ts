// Evidence that records harvested from different sources describe the same dataset: open.canada.ca
// republishes provincial records, aggregators republish city records. A record's identity keys,
// from strong to weaker: its remote id when that id is globally unique, the URLs of its landing
// page and distributions, then its title (in any language) with its publisher's name.
// Which keys actually link records (never two records of one source, never a key that records
// of one source share) is decided where all records are known: the store.
import type { DatasetRecord } from './dataset.js';
import { isSiteRoot, normalizeUrl } from './normalize-url.js';
import { foldKey } from './vocab-key.js';

export type IdentityKind = 'id' | 'url' | 'title';

/** Strongest first: clusters are built from the strongest evidence down. */
export const IDENTITY_KINDS: readonly IdentityKind[] = ['id', 'url', 'title'];

export interface IdentityKey {
  kind: IdentityKind;
  value: string;
}

/** Grows whenever keys are computed differently, so that stores recompute those they hold. */
export const IDENTITY_VERSION = 2;

// ArcGIS Hub ids add the layer to the item's GUID: `<32 hex>_0`.
const UUID = /^(?:urn:uuid:)?\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?(_\d{1,6})?$/i;
// ObjectIds (udata), SHA-1 and longer digests: random or hashed, so unique across portals.
const LONG_HEX = /^[0-9a-f]{24,}$/i;
const DOI = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;
// The nil and max UUIDs, and runs of one digit, are placeholders, not identifiers.
const PLACEHOLDER = /^(?:uuid|hex):([0-9a-f])(?:\1|-)*(?:_\d+)?$/;

/** The canonical form of a remote id that cannot be another dataset's id on any portal (a UUID,
 * a long hexadecimal digest, a DOI), or undefined for ids only unique within their portal
 * (`1`, `roads`, Socrata's `abcd-1234`). */
export function globalIdentifier(remoteId: string): string | undefined {
  const text = remoteId.trim();
  let canonical: string | undefined;
  const uuid = UUID.exec(text);
  if (uuid) canonical = `uuid:${uuid.slice(1, 6).join('-').toLowerCase()}${uuid[6] ?? ''}`;
  else if (LONG_HEX.test(text)) canonical = `hex:${text.toLowerCase()}`;
  else {
    const doi = DOI.exec(text);
    if (doi?.[1] !== undefined) canonical = `doi:${doi[1].toLowerCase()}`;
  }
  return canonical === undefined || PLACEHOLDER.test(canonical) ? undefined : canonical;
}

/** A URL as identity evidence: normalized, and never a bare site. */
function urlEvidence(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const normalized = normalizeUrl(text);
  return normalized === undefined || isSiteRoot(normalized) ? undefined : normalized;
}

function foldedTexts(values: readonly (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const value of values) {
    if (value === undefined) continue;
    const folded = foldKey(value);
    if (folded !== '') out.add(folded);
  }
  return [...out];
}

/** Normalized title and publisher name: folded, punctuation and spacing collapsed. */
export function titleEvidence(title: string, publisherName: string): string | undefined {
  const t = foldKey(title);
  const p = foldKey(publisherName);
  return t === '' || p === '' ? undefined : `${t} | ${p}`;
}

/** The identity keys of a record, strongest first, each once. */
export function identityKeys(record: DatasetRecord): IdentityKey[] {
  const keys = new Map<string, IdentityKey>();
  const add = (kind: IdentityKind, value: string | undefined): void => {
    if (value !== undefined) keys.set(`${kind} ${value}`, { kind, value });
  };
  const { remoteId, landingPage } = record.provenance;
  add('id', globalIdentifier(remoteId));
  // A DCAT record's id is often the dataset's URI: as good as its landing page.
  add('url', urlEvidence(remoteId));
  add('url', urlEvidence(landingPage));
  for (const distribution of record.distributions) add('url', urlEvidence(distribution.url));
  // A title alone says little ("Budget"); with who published it, it names one dataset.
  const publishers = foldedTexts(Object.values(record.publisher?.name ?? {}));
  for (const title of foldedTexts(Object.values(record.title))) {
    for (const publisher of publishers) add('title', `${title} | ${publisher}`);
  }
  return [...keys.values()];
}
