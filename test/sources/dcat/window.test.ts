import { describe, expect, it } from 'vitest';
import { DataFactory } from 'rdf-data-factory';
import { DatasetWindow, type EmittedDataset } from '../../../src/sources/dcat/graph/window.js';
import { PREFIXES, readDocument } from './helpers/fixtures.js';

const f = new DataFactory();
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

function dataset(i: number, publisher: string): string {
  return `<http://x.test/d/${i}> a dcat:Dataset ; dct:title "Dataset ${i}"@en ; dct:publisher <${publisher}> ;
  dct:temporal [ a dct:PeriodOfTime ; dcat:startDate "2020-01-01"^^xsd:date ] ;
  dcat:distribution <http://x.test/d/${i}/r/1> .
<http://x.test/d/${i}/r/1> a dcat:Distribution ; dcat:downloadURL <http://x.test/files/${i}.csv> ; dct:title "File ${i}" .
`;
}

describe('grouping quads into datasets', () => {
  it('embeds blank nodes and described IRIs, shared or not, and refers to other datasets by IRI', async () => {
    const doc = `${PREFIXES}
<http://x.test/org> a foaf:Organization ; foaf:name "Org"@en .
${dataset(1, 'http://x.test/org')}
${dataset(2, 'http://x.test/org')}
<http://x.test/d/2> dct:relation <http://x.test/d/1> .`;
    const { datasets } = await readDocument(doc, { contentType: 'text/turtle' });
    expect(datasets.map((d) => d.key)).toEqual(['http://x.test/d/1', 'http://x.test/d/2']);
    const second = datasets[1]?.raw as Record<string, unknown>;
    expect(second[`${DCT}publisher`]).toEqual([{ '@id': 'http://x.test/org', '@type': ['http://xmlns.com/foaf/0.1/Organization'], 'http://xmlns.com/foaf/0.1/name': [{ '@value': 'Org', '@language': 'en' }] }]);
    expect(second[`${DCT}temporal`]).toEqual([{ '@type': [`${DCT}PeriodOfTime`], [`${DCAT}startDate`]: [{ '@value': '2020-01-01', '@type': 'http://www.w3.org/2001/XMLSchema#date' }] }]);
    expect(second[`${DCT}relation`]).toEqual([{ '@id': 'http://x.test/d/1' }]);
    expect((second[`${DCAT}distribution`] as unknown[])[0]).toMatchObject({ '@id': 'http://x.test/d/2/r/1', [`${DCAT}downloadURL`]: [{ '@id': 'http://x.test/files/2.csv' }] });
  });

  it('gives the same raw record whatever the blank-node labels and the order of statements', async () => {
    const a = `${PREFIXES}
<http://x.test/d/1> a dcat:Dataset ; dct:title "B"@fr, "A"@en ; dcat:keyword "z", "y" ;
  dct:publisher _:p1 ; dcat:contactPoint [ vcard:fn "Desk" ; vcard:hasEmail <mailto:a@x.test> ] .
_:p1 foaf:name "Org" .`;
    const b = `${PREFIXES}
_:other foaf:name "Org" .
<http://x.test/d/1> dcat:contactPoint [ vcard:hasEmail <mailto:a@x.test> ; vcard:fn "Desk" ] ;
  dcat:keyword "y", "z" ; dct:publisher _:other ; dct:title "A"@en, "B"@fr ; a dcat:Dataset .`;
    const [first, second] = await Promise.all([readDocument(a, { contentType: 'text/turtle' }), readDocument(b, { contentType: 'text/turtle' })]);
    expect(JSON.stringify(second.datasets[0]?.raw)).toBe(JSON.stringify(first.datasets[0]?.raw));
  });

  it('waits for distributions described after every dataset (udata writes them at the end)', async () => {
    const datasets = Array.from({ length: 40 }, (_, i) => `<http://x.test/d/${i}> a dcat:Dataset ; dct:title "D${i}" ; dcat:distribution <http://x.test/d/${i}/r> .`).join('\n');
    const distributions = Array.from({ length: 40 }, (_, i) => `<http://x.test/d/${i}/r> dcat:downloadURL <http://x.test/${i}.csv> .`).join('\n');
    const { datasets: read } = await readDocument(`${PREFIXES}${datasets}\n${distributions}`, { contentType: 'text/turtle', window: 10 });
    expect(read).toHaveLength(40);
    for (const d of read) expect((d.raw as Record<string, unknown[]>)[`${DCAT}distribution`]?.[0]).toHaveProperty([`${DCAT}downloadURL`]);
  });

  it('holds a bounded number of nodes on a long document whose datasets come one after the other', () => {
    const emitted: EmittedDataset[] = [];
    const window = new DatasetWindow({ window: 200, onDataset: (d) => emitted.push(d) });
    let largest = 0;
    const publisher = f.namedNode('http://x.test/org');
    for (let i = 0; i < 5000; i++) {
      const d = f.namedNode(`http://x.test/d/${i}`);
      const period = f.blankNode(`p${i}`);
      const dist = f.namedNode(`http://x.test/d/${i}/r`);
      window.add(f.quad(d, f.namedNode(TYPE), f.namedNode(`${DCAT}Dataset`)));
      window.add(f.quad(d, f.namedNode(`${DCT}title`), f.literal(`Dataset ${i}`, 'en')));
      window.add(f.quad(d, f.namedNode(`${DCT}publisher`), publisher));
      window.add(f.quad(d, f.namedNode(`${DCT}temporal`), period));
      window.add(f.quad(period, f.namedNode(`${DCAT}startDate`), f.literal('2020-01-01')));
      window.add(f.quad(d, f.namedNode(`${DCAT}distribution`), dist));
      window.add(f.quad(dist, f.namedNode(`${DCAT}downloadURL`), f.namedNode(`http://x.test/${i}.csv`)));
      largest = Math.max(largest, window.size);
    }
    window.end();
    expect(emitted).toHaveLength(5000);
    // About two windows of quads (7 quads, 5 nodes per dataset), not 5,000 datasets' worth.
    expect(largest).toBeLessThan(600);
    expect(emitted[4999]?.raw[`${DCT}temporal`]).toEqual([{ [`${DCAT}startDate`]: [{ '@value': '2020-01-01' }] }]);
  });

  it('lists what a catalogue names as datasets without describing them', async () => {
    const { datasets, end } = await readDocument(
      `${PREFIXES}<http://x.test/c> a dcat:Catalog ; dct:title "Cat"@en ; dcat:dataset <http://x.test/d/1>, <http://x.test/d/2> .
<http://x.test/d/1> dct:title "Typed by the catalogue only" .`,
      { contentType: 'text/turtle' },
    );
    expect(datasets.map((d) => d.key)).toEqual(['http://x.test/d/1']);
    expect(end.undescribed).toEqual(['http://x.test/d/2']);
    expect(end.catalogues).toEqual([{ iri: 'http://x.test/c', titles: [{ text: 'Cat', language: 'en' }] }]);
  });
});
