// A provincial record as open.canada.ca republishes it (`collection: federated`): the province's
// id kept, its title and description in French with English machine-translated from them, its
// resources linking the province's own files, a resource pointing at the original record's page,
// under the organization "Government and Municipalities of Québec".
import type { Label } from '../../../core/langstring.js';
import { ckanTimestamp, isoDate, parseInstant } from '../../simulator/timestamps.js';
import { FEDERATED_GOVERNMENTS } from '../../simulator/vocabulary/organizations.js';
import { ckanOrganization, stableUuid } from './ckan-objects.js';
import type { CkanPackage, JsonObject, JsonValue } from './ckan-types.js';
import type { Draft } from './profiles/index.js';

const QUEBEC = FEDERATED_GOVERNMENTS.find((g) => g.code === 'CA-QC')!;
// The federal portal takes a provincial change in a few hours.
const FEDERATION_DELAY_MS = 6 * 3_600_000;
const RESOURCE_TYPES = { data: 'dataset', api: 'api', document: 'guide', page: 'website' } as const;

function translated(label: Label): JsonObject {
  return { 'en-t-fr': label.en, fr: label.fr };
}

function text(value: JsonValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** The federal portal's copy of a record of the Québec aggregator served at `originalUrl`. */
export function federatedCopy(original: CkanPackage, draft: Draft, originalUrl: string): CkanPackage {
  const { header, body } = draft;
  const modifiedMs = parseInstant(text(original.metadata_modified)) + FEDERATION_DELAY_MS;
  const originals = Array.isArray(original.resources) ? original.resources : [];
  const resources: JsonObject[] = body.resources.map((resource, position) => {
    const served = originals[position];
    const url = typeof served === 'object' && served !== null && !Array.isArray(served) ? text(served.url) : '';
    return {
      id: resource.id,
      name: resource.title.fr,
      name_translated: translated(resource.title),
      url,
      format: resource.spelling.format,
      language: ['fr'],
      resource_type: RESOURCE_TYPES[resource.kind],
      position,
      package_id: original.id,
      state: 'active',
    };
  });
  const page = `${originalUrl}/dataset/${encodeURIComponent(text(original.name) || original.id)}`;
  resources.push({
    id: stableUuid(`original-metadata:${original.id}`),
    name: `Métadonnée originale (${originalUrl})`,
    name_translated: { 'en-t-fr': `Original metadata (${originalUrl})`, fr: `Métadonnée originale (${originalUrl})` },
    url: page,
    format: 'HTML',
    language: ['fr'],
    resource_type: 'website',
    position: resources.length,
    package_id: original.id,
    state: 'active',
  });
  const organization = QUEBEC.organization;
  return {
    id: original.id,
    name: original.id,
    type: 'dataset',
    collection: 'federated',
    title: header.title.fr,
    title_translated: translated(header.title),
    notes: body.paragraphs.map((p) => p.fr).join('\n\n'),
    notes_translated: translated({ en: body.paragraphs.map((p) => p.en).join('\n\n'), fr: body.paragraphs.map((p) => p.fr).join('\n\n') }),
    keywords: { 'en-t-fr': body.keywords.map((k) => k.en), fr: body.keywords.map((k) => k.fr) },
    subject: [header.topic.subject],
    frequency: body.frequency.code,
    jurisdiction: 'provincial',
    license_id: QUEBEC.licenceId,
    license_title: QUEBEC.licenceTitle,
    license_url: QUEBEC.licenceUrl,
    owner_org: stableUuid(`organization:${organization.name}`),
    organization: ckanOrganization(organization.name, `${organization.title.en} | ${organization.title.fr}`, ''),
    org_title_at_publication: { en: organization.title.en, fr: organization.title.fr },
    creator: header.org.title.fr,
    metadata_created: text(original.metadata_created),
    metadata_modified: ckanTimestamp(modifiedMs),
    date_published: `${isoDate(parseInstant(text(original.metadata_created)))} 00:00:00`,
    federated_date_modified: isoDate(modifiedMs - FEDERATION_DELAY_MS),
    locale: 'fr',
    file_id: original.id,
    ready_to_publish: 'true',
    imso_approval: 'true',
    restrictions: 'unrestricted',
    private: false,
    state: 'active',
    num_resources: resources.length,
    resources,
  };
}
