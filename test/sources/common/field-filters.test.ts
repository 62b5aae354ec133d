import { describe, expect, it } from 'vitest';
import { fieldValues, filterRejection } from '../../../src/sources/common/field-filters.js';

describe('field filters on a record', () => {
  const record = { accessLevel: 'public', publisher: { name: 'Parks', subOrganizationOf: { name: 'City' } }, keyword: ['a', 'b'], openData: true, n: 3 };

  it('reads values at dotted paths, through lists', () => {
    expect(fieldValues(record, 'publisher.subOrganizationOf.name')).toEqual(['City']);
    expect(fieldValues(record, 'keyword')).toEqual(['a', 'b']);
    expect(fieldValues(record, 'openData')).toEqual(['true']);
    expect(fieldValues({ d: [{ f: 'x' }, { f: 'y' }] }, 'd.f')).toEqual(['x', 'y']);
    expect(fieldValues(record, 'missing.path')).toEqual([]);
    expect(fieldValues(record, '__proto__')).toEqual([]);
  });

  it('passes a record whose field has one of the values, case aside; says why it does not otherwise', () => {
    expect(filterRejection(record, { accessLevel: ['PUBLIC'], keyword: ['b', 'z'] })).toBeUndefined();
    expect(filterRejection(record, { keyword: ['z', 'y'] })).toBe('filter: keyword is "a", "b", not one of z, y');
    expect(filterRejection(record, { theme: ['x'] })).toBe('filter: theme is missing, not x');
    expect(filterRejection(record, { theme: [] })).toBeUndefined();
  });
});
