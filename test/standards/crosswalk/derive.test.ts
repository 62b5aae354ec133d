// The crosswalk is derived by running a mapping: a field feeds the elements that move when it is
// taken out or changed; fields read but absent are found by tracing and a probe value.
import { describe, expect, it } from 'vitest';
import type { MapResult, RemoteItem } from '../../../src/sources/source.js';
import { deriveCrosswalk, type MapFn } from '../../../src/standards/crosswalk/derive.js';
import { JSON_MODEL } from '../../../src/standards/crosswalk/path-model.js';
import { CKAN_MODEL, DCAT_MODEL, XML_MODEL } from '../../../src/standards/crosswalk/path-models.js';

type Raw = Record<string, unknown>;

/** A fake mapping: `read` turns the raw record into the core fields it sets. */
function fakeMap(read: (raw: Raw) => { title?: string; issued?: string; keywords?: string[]; url?: string[] } | undefined): MapFn {
  return (item: RemoteItem): MapResult => {
    const out = read(item.raw as Raw);
    if (out === undefined) return { kind: 'problem', reason: 'no id' };
    return {
      kind: 'record',
      record: {
        id: `fake:${item.remoteId}`,
        provenance: { sourceId: 'fake', remoteId: item.remoteId, raw: item.raw },
        title: out.title !== undefined ? { en: out.title } : {},
        description: {},
        keywords: out.keywords ? { en: out.keywords } : {},
        jurisdiction: { level: 'federal', code: 'CA' },
        subjects: [],
        languages: [],
        distributions: (out.url ?? []).map((url, i) => ({ id: String(i), title: {}, url, languages: [] })),
        ...(out.issued !== undefined ? { issued: out.issued } : {}),
      },
    };
  };
}

const item = (raw: unknown): RemoteItem => ({ remoteId: '1', raw });

describe('deriving from a mapping', () => {
  it('names the field a mapping reads into an element, and a changed mapping changes the table', () => {
    const raw = { foo: 'Roads', bar: 'Routes', id: 'x' };
    const fromFoo = deriveCrosswalk(fakeMap((r) => ({ title: r['foo'] as string })), [item(raw)], JSON_MODEL);
    expect(fromFoo.rows.find((r) => r.path === 'foo')).toEqual({ path: 'foo', elements: ['title.en'], evidence: 'removed', required: false, seen: 1 });
    expect(fromFoo.rows.find((r) => r.path === 'bar')).toBeUndefined();
    expect(fromFoo.unused).toEqual(['bar', 'id']);
    const fromBar = deriveCrosswalk(fakeMap((r) => ({ title: r['bar'] as string })), [item(raw)], JSON_MODEL);
    expect(fromBar.rows.find((r) => r.path === 'bar')?.elements).toEqual(['title.en']);
    expect(fromBar.rows.find((r) => r.path === 'foo')).toBeUndefined();
  });

  it('finds a fallback hidden by an equal value by changing it, and an absent alternative by a probe', () => {
    const map = fakeMap((r) => ({ issued: (r['issued'] ?? r['date_published'] ?? r['created']) as string | undefined, title: (r['title'] ?? r['name']) as string }));
    const cw = deriveCrosswalk(map, [item({ created: '2020-01-02', title: 'Same', name: 'Same' })], JSON_MODEL);
    const row = (path: string) => cw.rows.find((r) => r.path === path);
    expect(row('created')).toMatchObject({ elements: ['issued'], evidence: 'removed', seen: 1 });
    expect(row('issued')).toMatchObject({ elements: ['issued'], evidence: 'probe', seen: 0 });
    expect(row('date_published')).toMatchObject({ elements: ['issued'], evidence: 'probe', seen: 0 });
    // Taking `title` out leaves `name`'s equal value: only a changed value shows that it is read.
    expect(row('title')).toMatchObject({ elements: ['title.en'], evidence: 'perturbed' });
    // `name` is never read while `title` is there: this record shows nothing of it.
    expect(row('name')).toBeUndefined();
  });

  it('does not credit an absent field with what a probe of the wrong shape drops', () => {
    // A file whose `note` is not text is dropped; text in `note` feeds nothing.
    const map = fakeMap((r) => {
      const files = (r['files'] as Raw[]).filter((f) => f['note'] === undefined || typeof f['note'] === 'string');
      return { title: r['title'] as string, url: files.map((f) => f['url'] as string) };
    });
    const cw = deriveCrosswalk(map, [item({ title: 'T', files: [{ url: 'https://x.example/a.csv' }] })], JSON_MODEL);
    expect(cw.rows.find((r) => r.path === 'files[].note')).toMatchObject({ elements: [], evidence: 'read' });
    expect(cw.rows.find((r) => r.path === 'files[].url')?.elements).toEqual(['distribution.url']);
  });

  it('collapses array indices, marks required fields and counts records', () => {
    const map = fakeMap((r) => (typeof r['id'] === 'string' ? { title: r['id'], url: (r['resources'] as { url: string }[]).map((x) => x.url) } : undefined));
    const cw = deriveCrosswalk(
      map,
      [item({ id: 'a', resources: [{ url: 'https://x.example/1' }, { url: 'https://x.example/2' }] }), item({ id: 'b', resources: [], extra: 1 }), item('not an object')],
      JSON_MODEL,
    );
    expect(cw.records).toBe(3);
    expect(cw.unmapped).toBe(1);
    expect(cw.rows.find((r) => r.path === 'resources[].url')).toMatchObject({ elements: ['distribution.url'], seen: 1 });
    expect(cw.rows.find((r) => r.path === 'id')).toMatchObject({ elements: ['title.en'], required: true, seen: 2 });
  });

  it('names CKAN extras by key, CSW elements as paths of element names and DCAT predicates by prefix and language', () => {
    const ckan = deriveCrosswalk(
      fakeMap((r) => ({ issued: (r['extras'] as { key: string; value: string }[]).find((e) => e.key === 'dcat_issued')?.value })),
      [item({ extras: [{ key: 'other', value: 'x' }, { key: 'dcat_issued', value: '2020-01-01' }] })],
      CKAN_MODEL,
    );
    expect(ckan.rows.find((r) => r.elements.includes('issued'))?.path).toBe('extras[dcat_issued]');

    const xml = { name: 'gmd:MD_Metadata', children: [{ name: 'gmd:title', children: [{ name: 'gco:CharacterString', text: 'Roads' }] }] };
    const csw = deriveCrosswalk(
      fakeMap((r) => ({ title: ((r['children'] as Raw[])[0]!['children'] as Raw[])[0]!['text'] as string })),
      [item(xml)],
      XML_MODEL,
    );
    expect(csw.rows.map((r) => [r.path, r.elements])).toContainEqual(['gmd:title/gco:CharacterString', ['title.en']]);

    const DCT = 'http://purl.org/dc/terms/';
    const dcat = deriveCrosswalk(
      fakeMap((r) => ({ title: (r[`${DCT}title`] as { '@value': string; '@language'?: string }[]).find((l) => l['@language'] === 'en')?.['@value'] })),
      [item({ '@id': 'https://x.example/d/1', [`${DCT}title`]: [{ '@value': 'Roads', '@language': 'en' }, { '@value': 'Routes', '@language': 'fr' }] })],
      DCAT_MODEL,
    );
    expect(dcat.rows.find((r) => r.path === 'dct:title@en')?.elements).toEqual(['title.en']);
    expect(dcat.rows.find((r) => r.path === 'dct:title@fr')).toBeUndefined();
  });
});
