// Records the store tests write: a full one (every field set) and small variations.
import type { DatasetRecord } from '../../src/core/dataset.js';
import { contentHash } from '../../src/core/hash.js';
import { datasetId } from '../../src/core/ids.js';
import type { JobReport } from '../../src/harvest/report.js';
import type { SourceSettings } from '../../src/sources/settings.js';

export function fullRecord(sourceId = 'canada', remoteId = 'rec-1', title = 'Traffic collisions'): DatasetRecord {
  const body: Omit<DatasetRecord, 'provenance'> = {
    id: datasetId(sourceId, remoteId),
    title: { en: title, 'fr-t-en': `${title} (fr)` },
    description: { en: 'Road traffic collisions reported by police, by year.', fr: 'Collisions routières signalées.' },
    keywords: { en: ['roads', 'safety'], fr: ['routes', 'sécurité'] },
    publisher: { id: 'tc', name: { en: 'Transport Canada', fr: 'Transports Canada' } },
    jurisdiction: { level: 'federal', code: 'CA' },
    subjects: ['transport'],
    licence: { id: 'OGL-Canada-2.0', original: 'ca-ogl-lgo', url: 'https://open.canada.ca/en/open-government-licence-canada' },
    frequency: 'P1Y',
    issued: '2019-01-01',
    modified: '2024-03-05T10:00:00Z',
    temporal: { start: '2000-01-01', end: '2023-12-31' },
    spatial: { bbox: [-141, 41.7, -52.6, 83.1], places: ['Canada'] },
    contactPoint: { name: { en: 'Open data team' }, email: 'open@example.ca', url: 'https://example.ca/contact' },
    languages: ['en', 'fr'],
    accessRights: 'public',
    distributions: [
      {
        id: 'd1',
        title: { en: 'Collisions CSV', fr: 'Collisions CSV' },
        description: { en: 'All years' },
        url: 'https://example.ca/collisions.csv',
        format: 'CSV',
        mediaType: 'text/csv',
        size: 12345,
        languages: ['en', 'fr'],
        resourceType: 'dataset',
        modified: '2024-03-01',
      },
    ],
  };
  const raw = { id: remoteId, title, nested: { list: [1, 2, { deep: true }], nothing: null } };
  return {
    ...body,
    provenance: {
      sourceId,
      remoteId,
      landingPage: `https://example.ca/dataset/${remoteId}`,
      harvestedAt: '2024-04-01T00:00:00.000Z',
      modifiedAtSource: '2024-03-05T10:00:00Z',
      contentHash: contentHash({ body, raw }),
      raw,
    },
  };
}

export function sourceSettings(id = 'canada'): SourceSettings {
  return {
    id,
    name: { en: `Source ${id}`, fr: `Source ${id} (fr)` },
    type: 'ckan',
    url: `https://${id}.example.ca`,
    jurisdiction: { level: 'federal', code: 'CA' },
    primaryLanguage: 'bilingual',
    licenceGate: [],
    filters: {},
    organizationJurisdictions: {},
  };
}

export function jobReport(sourceId: string, id: string, startedAt: string): JobReport {
  return {
    id,
    sourceId,
    mode: 'full',
    status: 'succeeded',
    startedAt,
    finishedAt: startedAt,
    counts: { seen: 3, added: 2, updated: 1, unchanged: 0, withdrawn: 0, skippedByLicence: 0, skippedByFilter: 0, failed: 1 },
    problems: [{ sourceId, recordId: 'bad-1', reason: 'no title' }],
    problemsOmitted: 0,
    complete: true,
  };
}

export interface CopySpec {
  title?: Record<string, string>;
  publisher?: string;
  /** Distribution URLs (default: one of its own). */
  urls?: string[];
  landingPage?: string;
  jurisdiction?: DatasetRecord['jurisdiction'];
}

/** A record whose identity keys are its own unless the spec shares some (a UUID remote id, a
 * URL, a title with a publisher) with another record. */
export function copyOf(sourceId: string, remoteId: string, spec: CopySpec = {}): DatasetRecord {
  const base = fullRecord(sourceId, remoteId);
  const urls = spec.urls ?? [`https://${sourceId}.example.ca/files/${remoteId}.csv`];
  return {
    ...base,
    title: spec.title ?? { en: `Dataset ${remoteId} of ${sourceId}` },
    publisher: { id: 'pub', name: { en: spec.publisher ?? 'Transport Canada' } },
    jurisdiction: spec.jurisdiction ?? base.jurisdiction,
    distributions: urls.map((url, i) => ({ ...base.distributions[0]!, id: `d${i}`, url })),
    provenance: { ...base.provenance, landingPage: spec.landingPage ?? `https://${sourceId}.example.ca/dataset/${remoteId}`, contentHash: `hash-${JSON.stringify(spec).length}-${urls.join()}` },
  };
}
