import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CatalogueError, CatalogueReader, type DatasetElement } from '../../../src/sources/datajson/catalogue-stream.js';

/** A 20 MB catalogue, as bytes (its text is garbage once made). */
function catalogueOf(n: number): Buffer {
  const datasets = Array.from({ length: n }, (_, i) => ({ identifier: `https://example.ca/datasets/a-rather-long-slug-${i}`, title: `Dataset number ${i} of many`, description: `${i} ${'x'.repeat(5000)}` }));
  return Buffer.from(JSON.stringify({ dataset: datasets }));
}

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

  it('keeps no chunk of the document alive through the strings it hands over', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const n = 4000;
    const doc = catalogueOf(n);
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    const reader = new CatalogueReader('u');
    // What the harvester keeps for the whole run: each record's id (and here its title).
    const kept: string[] = [];
    for (let i = 0; i < doc.length; i += 65536) for (const e of reader.write(doc.subarray(i, i + 65536))) {
      const value = e.value as { identifier: string; title: string };
      kept.push(value.identifier, value.title);
    }
    reader.end();
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(kept).toHaveLength(2 * n);
    // The document is 20 MB; what is kept is under 1 MB of text. Slices of the parser's chunks
    // would keep most of the 20 MB.
    expect(doc.length).toBeGreaterThan(20_000_000);
    expect(grown).toBeLessThan(8_000_000);
  });
});

