import { describe, expect, it } from 'vitest';
import { CatalogueError, CatalogueReader, type DatasetElement } from '../../../src/sources/datajson/catalogue-stream.js';

/** Reads a document fed in chunks of `size` bytes. */
function readAll(doc: string | Buffer, size: number): { elements: DatasetElement[]; reader: CatalogueReader } {
  const bytes = typeof doc === 'string' ? Buffer.from(doc) : doc;
  const reader = new CatalogueReader('https://example.ca/data.json');
  const elements: DatasetElement[] = [];
  for (let i = 0; i < bytes.length; i += size) elements.push(...reader.write(bytes.subarray(i, i + size)));
  elements.push(...reader.end());
  return { elements, reader };
}

const catalogue = {
  '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
  '@type': 'dcat:Catalog',
  conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
  dataset: [
    { identifier: 'a', title: 'Routes « été » 🚲', keyword: ['x', 'y'], distribution: [{ accessURL: 'https://e.ca/a' }], n: 1.5, ok: true, no: null },
    { identifier: 'b', title: 'Second', nested: { deep: [[1, 2], { z: 'é' }] } },
    'not a dataset',
    7,
  ],
  describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
};

describe('CatalogueReader', () => {
  it('hands over each dataset whole, whatever the chunk boundaries (multi-byte characters split included)', () => {
    const doc = JSON.stringify(catalogue, null, 1);
    for (const size of [1, 2, 3, 7, 64, 100_000]) {
      const { elements, reader } = readAll(doc, size);
      expect(elements.map((e) => e.value)).toEqual(catalogue.dataset);
      expect(elements.map((e) => e.index)).toEqual([0, 1, 2, 3]);
      expect(reader.datasets).toBe(4);
      expect(reader.shape).toBe('catalogue');
      expect(reader.header['conformsTo']).toBe(catalogue.conformsTo);
      expect(reader.header['describedBy']).toBe(catalogue.describedBy);
      expect(reader.header['@context']).toBe(catalogue['@context']);
    }
  });

  it('hands datasets over as soon as they are complete, before the document ends', () => {
    const doc = JSON.stringify(catalogue);
    const reader = new CatalogueReader('u');
    const cut = doc.indexOf('"identifier":"b"');
    const first = reader.write(Buffer.from(doc.slice(0, cut)));
    expect(first.map((e) => (e.value as { identifier: string }).identifier)).toEqual(['a']);
  });

  it('reads a bare list of datasets (Project Open Data 1.0) and skips a byte-order mark', () => {
    const { elements, reader } = readAll(`\uFEFF${JSON.stringify([{ identifier: 'x', title: 'X' }])}`, 5);
    expect(elements).toEqual([{ index: 0, value: { identifier: 'x', title: 'X' } }]);
    expect(reader.shape).toBe('list');
  });

  it('ignores fields around the dataset list, containers included', () => {
    const doc = JSON.stringify({ dataset: [{ identifier: 'x' }], extra: { dataset: [{ identifier: 'no' }] }, list: [[{ identifier: 'no' }]] });
    expect(readAll(doc, 3).elements.map((e) => e.value)).toEqual([{ identifier: 'x' }]);
  });

  it('keeps a "__proto__" key as a property, never as the prototype', () => {
    const { elements } = readAll('{"dataset":[{"identifier":"p","__proto__":{"polluted":true}}]}', 4);
    const value = elements[0]?.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value['_' + '__proto__']).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('says clearly what is wrong with a document that is not a readable catalogue', () => {
    const cases: Array<[string, RegExp]> = [
      ['<!DOCTYPE html><html>', /not JSON \(it is HTML or XML\): it starts with: <!DO/],
      ['', /is empty/],
      ['   ', /is empty/],
      ['{"conformsTo": "x", "title": "T"}', /not a DCAT-US catalogue: it has no "dataset" list \(its fields: conformsTo, title\)/],
      ['{"dataset": {"a": 1}}', /its "dataset" is an object, not a list/],
      ['{"dataset": null}', /its "dataset" is null, not a list/],
      ['{"dataset": [{"identifier": "a"}, {"identifier": "b"', /ends before the JSON does .*1 datasets/],
      ['{"dataset": [{"identifier": "a"},, ]}', /not valid JSON after \d+ bytes \(1 datasets read\)/],
      ['{"dataset": []} trailing', /not valid JSON/],
    ];
    for (const [doc, message] of cases) {
      expect(() => readAll(doc, 4), doc).toThrowError(CatalogueError);
      expect(() => readAll(doc, 4), doc).toThrowError(message);
    }
  });

  it('accepts an empty catalogue', () => {
    expect(readAll('{"dataset": []}', 2).elements).toEqual([]);
  });
});
