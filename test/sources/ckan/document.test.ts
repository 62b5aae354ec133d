import { describe, expect, it } from 'vitest';
import { readPackageDocument } from '../../../src/sources/ckan/document.js';

describe('readPackageDocument', () => {
  it('reads a package_show answer', () => {
    const doc = readPackageDocument('{"success": true, "result": {"id": "a", "metadata_modified": "2020-01-01T00:00:00"}}', 'a.json');
    expect(doc).toEqual({ items: [{ remoteId: 'a', raw: { id: 'a', metadata_modified: '2020-01-01T00:00:00' }, modified: '2020-01-01T00:00:00.000Z' }], problems: [] });
  });

  it('reads a bare package and identifies it by name when it has no id', () => {
    expect(readPackageDocument('\uFEFF{"name": "only-name"}', 'b.json').items.map((i) => i.remoteId)).toEqual(['only-name']);
  });

  it('reads JSON lines, naming the line of a bad one', () => {
    const doc = readPackageDocument('{"id": "a"}\n\n{"id": \n{"id": "c"}\n', 'dump.jsonl');
    expect(doc.items.map((i) => i.remoteId)).toEqual(['a', 'c']);
    expect(doc.problems).toEqual([{ reason: expect.stringMatching(/^dump\.jsonl, line 3: not JSON/) }]);
  });

  it('reads a list of packages', () => {
    const doc = readPackageDocument('[{"id": "a"}, 3]', 'list.json');
    expect(doc.items.map((i) => i.remoteId)).toEqual(['a']);
    expect(doc.problems).toEqual([{ reason: 'list.json [1]: expected a CKAN package (a JSON object), got number' }]);
  });

  it('names the file of an empty or non-JSON document', () => {
    expect(readPackageDocument('', 'ON/fauxfichier.txt').problems).toEqual([{ reason: 'ON/fauxfichier.txt: the document is empty, not CKAN JSON' }]);
    expect(readPackageDocument('id,title\n1,x', 'x.csv').problems[0]?.reason).toMatch(/^x\.csv: not JSON \(.*\); it starts with: id,title 1,x$/);
  });

  it('reports a failed action and a package without identity', () => {
    expect(readPackageDocument('{"success": false, "result": null, "error": {"message": "Not found"}}', 'e.json').problems).toEqual([
      { reason: 'e.json: a failed CKAN action response (Not found), not a package' },
    ]);
    expect(readPackageDocument('{"title": "x"}', 'f.json').problems).toEqual([{ reason: 'f.json: the package has no "id" (nor "name")' }]);
  });
});
