import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../../src/core/dataset.js';
import { globalIdentifier, identityKeys, titleEvidence, type IdentityKey } from '../../src/core/identity.js';
import { isSiteRoot, normalizeUrl } from '../../src/core/normalize-url.js';
import { compareMembers, DEFAULT_PRIORITY, isOriginalPublisher, type SourcePreference } from '../../src/core/preference.js';

function record(overrides: Partial<DatasetRecord> & { remoteId?: string; landingPage?: string } = {}): DatasetRecord {
  const { remoteId = 'roads', landingPage, ...rest } = overrides;
  return {
    id: `src:${remoteId}`,
    provenance: { sourceId: 'src', remoteId, harvestedAt: '2024-01-01T00:00:00Z', contentHash: 'h', raw: null, ...(landingPage ? { landingPage } : {}) },
    title: {},
    description: {},
    keywords: {},
    jurisdiction: { level: 'federal', code: 'CA' },
    subjects: [],
    languages: [],
    distributions: [],
    ...rest,
  };
}

const of = (keys: IdentityKey[], kind: IdentityKey['kind']): string[] => keys.filter((k) => k.kind === kind).map((k) => k.value).sort();

describe('globally unique remote ids', () => {
  it('recognizes UUIDs in any spelling, long hexadecimal digests and DOIs', () => {
    const canonical = 'uuid:0004129a-b50e-4a99-a10d-35c386903cbb';
    for (const id of ['0004129a-b50e-4a99-a10d-35c386903cbb', '0004129A-B50E-4A99-A10D-35C386903CBB', '{0004129a-b50e-4a99-a10d-35c386903cbb}', 'urn:uuid:0004129a-b50e-4a99-a10d-35c386903cbb', '0004129ab50e4a99a10d35c386903cbb', ' 0004129a-b50e-4a99-a10d-35c386903cbb ']) {
      expect(globalIdentifier(id), id).toBe(canonical);
    }
    expect(globalIdentifier('5f1a2b3c4d5e6f7a8b9c0d1e')).toBe('hex:5f1a2b3c4d5e6f7a8b9c0d1e');
    // An ArcGIS item with its layer: unique, and another layer is another dataset.
    expect(globalIdentifier('A1B2C3D4E5F60718293A4B5C6D7E8F90_0')).toBe('uuid:a1b2c3d4-e5f6-0718-293a-4b5c6d7e8f90_0');
    expect(globalIdentifier('a1b2c3d4e5f60718293a4b5c6d7e8f90_1')).not.toBe(globalIdentifier('a1b2c3d4e5f60718293a4b5c6d7e8f90_0'));
    expect(globalIdentifier('doi:10.5683/SP2/XYZ12')).toBe('doi:10.5683/sp2/xyz12');
    expect(globalIdentifier('https://doi.org/10.5683/SP2/XYZ12')).toBe('doi:10.5683/sp2/xyz12');
  });

  it('refuses ids that are only unique within their portal, and placeholders', () => {
    for (const id of ['1', '42', 'roads', 'abcd-1234', 'bridge-inspections-2020', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000000000000000000000000000_0', '0004129a-b50e', '']) {
      expect(globalIdentifier(id), id).toBeUndefined();
    }
  });
});

describe('URL normalization', () => {
  it('ignores scheme, www., host case, default port, trailing slash, fragment and tracking parameters', () => {
    const same = [
      'https://data.example.ca/dataset/Roads',
      'http://data.example.ca/dataset/Roads/',
      'https://WWW.Data.Example.CA:443/dataset/Roads#resources',
      'http://www.data.example.ca:80/dataset/Roads?utm_source=newsletter&utm_medium=email&fbclid=abc',
      '  https://data.example.ca/dataset/Roads//  ',
    ];
    for (const url of same) expect(normalizeUrl(url), url).toBe('data.example.ca/dataset/Roads');
  });

  it('keeps what changes the resource: path case, other ports, meaningful parameters (in any order)', () => {
    expect(normalizeUrl('https://data.example.ca/dataset/roads')).not.toBe(normalizeUrl('https://data.example.ca/dataset/Roads'));
    expect(normalizeUrl('https://data.example.ca:8443/x')).toBe('data.example.ca:8443/x');
    expect(normalizeUrl('https://geo.example.ca/wms?service=WMS&layers=roads&utm_campaign=x')).toBe(normalizeUrl('https://geo.example.ca/wms?layers=roads&service=WMS'));
    expect(normalizeUrl('https://geo.example.ca/wms?layers=roads')).not.toBe(normalizeUrl('https://geo.example.ca/wms?layers=rivers'));
    expect(normalizeUrl('ftp://ftp.example.ca/pub/x.zip')).toBe('ftp://ftp.example.ca/pub/x.zip');
  });

  it('refuses what is not an http(s) or ftp URL', () => {
    for (const text of ['', 'roads', '/dataset/roads', 'mailto:open@example.ca', 'urn:uuid:0004129a-b50e-4a99-a10d-35c386903cbb', 'javascript:alert(1)']) {
      expect(normalizeUrl(text), text).toBeUndefined();
    }
  });

  it('knows a bare site from a page', () => {
    expect(isSiteRoot(normalizeUrl('https://www.example.ca/')!)).toBe(true);
    expect(isSiteRoot(normalizeUrl('https://www.example.ca/data')!)).toBe(false);
    expect(isSiteRoot(normalizeUrl('https://www.example.ca/?id=3')!)).toBe(false);
  });
});

describe('identity keys of a record', () => {
  it('has the remote id, the landing page and distribution URLs, and titles with publisher names', () => {
    const keys = identityKeys(
      record({
        remoteId: '0004129a-b50e-4a99-a10d-35c386903cbb',
        landingPage: 'https://catalogue.example.ca/dataset/roads',
        title: { en: 'Road  Network, 2020', 'fr-t-en': 'Réseau routier — 2020' },
        publisher: { id: 'bc', name: { en: 'Government of British Columbia', fr: 'Gouvernement de la Colombie-Britannique' } },
        distributions: [
          { id: 'd1', title: {}, url: 'https://files.example.ca/roads.csv', languages: [] },
          { id: 'd2', title: {}, url: 'https://files.example.ca/roads.csv/', languages: [] },
          { id: 'd3', title: {}, url: 'https://www.example.ca/', languages: [] },
          { id: 'd4', title: {}, url: 'not a url', languages: [] },
        ],
      }),
    );
    expect(of(keys, 'id')).toEqual(['uuid:0004129a-b50e-4a99-a10d-35c386903cbb']);
    expect(of(keys, 'url')).toEqual(['catalogue.example.ca/dataset/roads', 'files.example.ca/roads.csv']);
    expect(of(keys, 'title')).toEqual([
      'reseau routier 2020 | gouvernement de la colombie britannique',
      'reseau routier 2020 | government of british columbia',
      'road network 2020 | gouvernement de la colombie britannique',
      'road network 2020 | government of british columbia',
    ]);
  });

  it('takes a remote id that is a URL as a URL, and has no title key without a publisher', () => {
    const keys = identityKeys(record({ remoteId: 'https://data.example.eu/dataset/air-quality', title: { en: 'Air quality' } }));
    expect(of(keys, 'url')).toEqual(['data.example.eu/dataset/air-quality']);
    expect(of(keys, 'id')).toEqual([]);
    expect(of(keys, 'title')).toEqual([]);
    expect(identityKeys(record({ remoteId: 'roads' }))).toEqual([]);
  });

  it('normalizes titles and publishers the same way for every language', () => {
    expect(titleEvidence('  Qualité de l’eau : ÉCOLES ', 'Ville de Québec')).toBe(titleEvidence('qualite de l eau ecoles', 'VILLE DE QUEBEC'));
    expect(titleEvidence('Œuvres d’art', 'Ville')).toBe('oeuvres d art | ville');
    expect(titleEvidence('!!!', 'Ville')).toBeUndefined();
  });
});

describe('the preferred copy', () => {
  const bc = { level: 'provincial' as const, code: 'CA-BC' };
  const prefs = new Map<string, SourcePreference>([
    ['open-canada', { jurisdiction: { level: 'federal', code: 'CA' }, priority: 200 }],
    ['british-columbia', { jurisdiction: bc, priority: 100 }],
    ['aggregator', { jurisdiction: { level: 'provincial', code: 'CA-QC' }, priority: 100 }],
    ['laval', { jurisdiction: { level: 'municipal', code: 'CA-QC', municipality: 'Laval' }, priority: 300 }],
  ]);
  const preferenceOf = (id: string): SourcePreference => prefs.get(id) ?? { priority: DEFAULT_PRIORITY };
  const order = (members: { sourceId: string; jurisdiction?: DatasetRecord['jurisdiction'] }[]): string[] =>
    [...members].sort((a, b) => compareMembers(a, b, preferenceOf)).map((m) => m.sourceId);

  it('knows the original publisher by level, code and municipality', () => {
    expect(isOriginalPublisher(bc, { level: 'provincial', code: 'ca-bc' })).toBe(true);
    expect(isOriginalPublisher(bc, { level: 'federal', code: 'CA' })).toBe(false);
    const laval = { level: 'municipal' as const, code: 'CA-QC', municipality: 'Laval' };
    expect(isOriginalPublisher(laval, { level: 'municipal', code: 'CA-QC', municipality: 'LAVAL' })).toBe(true);
    expect(isOriginalPublisher(laval, { level: 'municipal', code: 'CA-QC' })).toBe(false);
    expect(isOriginalPublisher(laval, { level: 'provincial', code: 'CA-QC' })).toBe(false);
  });

  it('puts the original publisher’s source first, then the lower priority, then the lower source id', () => {
    expect(order([{ sourceId: 'open-canada', jurisdiction: bc }, { sourceId: 'british-columbia', jurisdiction: bc }])).toEqual(['british-columbia', 'open-canada']);
    const laval = { level: 'municipal' as const, code: 'CA-QC', municipality: 'Laval' };
    // The city's own portal wins despite its priority.
    expect(order([{ sourceId: 'aggregator', jurisdiction: laval }, { sourceId: 'laval', jurisdiction: laval }, { sourceId: 'open-canada', jurisdiction: { level: 'provincial', code: 'CA-QC' } }])).toEqual(['laval', 'aggregator', 'open-canada']);
    // Neither is the publisher: priority.
    expect(order([{ sourceId: 'open-canada', jurisdiction: laval }, { sourceId: 'aggregator', jurisdiction: laval }])).toEqual(['aggregator', 'open-canada']);
    // Unknown sources, same priority: the source id.
    expect(order([{ sourceId: 'zeta' }, { sourceId: 'alpha' }])).toEqual(['alpha', 'zeta']);
  });
});
