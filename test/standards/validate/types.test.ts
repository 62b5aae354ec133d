// Every Table Schema v2 type: what it accepts and what is a type-error.
import { describe, expect, it } from 'vitest';
import type { TableField } from '../../../src/standards/table-schema.js';
import { casterFor, INVALID } from '../../../src/standards/validate/cast/index.js';

function accepts(field: Omit<TableField, 'name'>, good: string[], bad: string[]): void {
  const cast = casterFor({ name: 'f', ...field });
  for (const cell of good) expect(cast(cell), `${field.type} ${field.format ?? ''} should accept "${cell}"`).not.toBe(INVALID);
  for (const cell of bad) expect(cast(cell), `${field.type} ${field.format ?? ''} should refuse "${cell}"`).toBe(INVALID);
}

describe('casting cells by type', () => {
  it('string formats', () => {
    accepts({ type: 'string' }, ['', 'anything'], []);
    accepts({ type: 'string', format: 'email' }, ['a@b.ca'], ['a@b', 'a b@c.ca', 'nobody']);
    accepts({ type: 'string', format: 'uri' }, ['https://open.canada.ca/data', 'mailto:x@y.ca'], ['open.canada.ca', 'http://a b']);
    accepts({ type: 'string', format: 'uuid' }, ['0b2a8e2e-2f1b-4c1e-9f0e-3d9c2b1a0f00'], ['0b2a8e2e-2f1b', 'not-a-uuid']);
    accepts({ type: 'string', format: 'binary' }, ['aGVsbG8=', ''], ['a?b=']);
  });

  it('number with decimalChar, groupChar and bareNumber', () => {
    accepts({ type: 'number' }, ['1', '-1.5', '.5', '1e3', 'NaN', 'INF', '-INF'], ['1,5', '$1', '1 000', 'abc', '']);
    accepts({ type: 'number', decimalChar: ',', groupChar: ' ' }, ['1 234,5', '-3,25'], ['1.5', '1,2,3']);
    accepts({ type: 'number', bareNumber: false }, ['$12.50', '95%', '€ 3'], ['dollars']);
    expect(casterFor({ name: 'f', type: 'number', decimalChar: ',', groupChar: '.' })('1.234,5')).toBe(1234.5);
    expect(casterFor({ name: 'f', type: 'number', bareNumber: false })('$12.50')).toBe(12.5);
  });

  it('integer', () => {
    accepts({ type: 'integer' }, ['0', '-12', '+7'], ['1.0', '1e3', 'one', '']);
    accepts({ type: 'integer', groupChar: ',' }, ['1,234,567'], ['1.5']);
    const integer = casterFor({ name: 'f', type: 'integer' });
    // Identifiers past 2^53 stay distinct (as numbers both would be 12345678901234567000).
    expect(String(integer('12345678901234567890'))).not.toBe(String(integer('12345678901234567891')));
  });

  it('boolean with trueValues and falseValues', () => {
    accepts({ type: 'boolean' }, ['true', 'FALSE', '1', '0'], ['yes', 'oui']);
    accepts({ type: 'boolean', trueValues: ['oui'], falseValues: ['non'] }, ['oui', 'non'], ['true', 'yes']);
  });

  it('date, time and datetime in the default, any and pattern formats', () => {
    accepts({ type: 'date' }, ['2024-02-29', '1999-12-31'], ['2023-02-29', '2024-13-01', '2024/01/01', '24-01-01']);
    accepts({ type: 'date', format: '%d/%m/%Y' }, ['31/12/2024', '1/2/2024'], ['2024-12-31', '31/13/2024', '30/02/2024']);
    accepts({ type: 'date', format: '%b %d %Y' }, ['Jan 05 2024'], ['Foo 05 2024']);
    accepts({ type: 'date', format: '%Y-%j' }, ['2024-366', '2023-001'], ['2023-366', '2023-000']);
    accepts({ type: 'date', format: 'any' }, ['2024-01-05', 'January 5, 2024'], ['someday']);
    accepts({ type: 'time' }, ['23:59:59', '08:00:00.5', '12:00:00Z'], ['24:00:00', '8:00', 'noon']);
    accepts({ type: 'time', format: '%I:%M %p' }, ['08:30 PM'], ['20:30']);
    accepts({ type: 'datetime' }, ['2024-01-05T10:00:00Z', '2024-01-05T10:00:00-05:00', '2024-01-05T10:00:00.123'], ['2024-01-05 10:00:00', '2024-01-05']);
    accepts({ type: 'datetime', format: '%Y-%m-%d %H:%M' }, ['2024-01-05 10:30'], ['2024-01-05T10:30']);
    const date = casterFor({ name: 'f', type: 'date' });
    expect(date('0050-06-01')).not.toBe(date('1950-06-01')); // years under 100 are not taken for 19xx
    expect(date('0004-02-29')).not.toBe(INVALID);
    const dt = casterFor({ name: 'f', type: 'datetime' });
    expect(dt('2024-01-05T10:00:00-05:00')).toBe(dt('2024-01-05T15:00:00Z'));
  });

  it('year, yearmonth and duration', () => {
    accepts({ type: 'year' }, ['2024', '1867'], ['24', '2024-01', 'MMXXIV']);
    accepts({ type: 'yearmonth' }, ['2024-01', '2024-12'], ['2024-13', '2024', '2024-1']);
    accepts({ type: 'duration' }, ['P1Y2M', 'PT36H', 'P3DT4H5M6.5S', 'P2W'], ['P', 'PT', '1Y', 'P1H']);
  });

  it('geopoint in its three formats, geojson and topojson', () => {
    accepts({ type: 'geopoint' }, ['-75.69, 45.42', '0,0'], ['45.42', '200, 10', 'a, b']);
    accepts({ type: 'geopoint', format: 'array' }, ['[-75.69, 45.42]'], ['[-75.69]', '{"lon":1,"lat":2}']);
    accepts({ type: 'geopoint', format: 'object' }, ['{"lon": -75.69, "lat": 45.42}'], ['[1, 2]', '{"lon": 1}']);
    accepts({ type: 'geojson' }, ['{"type":"Point","coordinates":[1,2]}'], ['{"type":"Circle"}', '[1,2]', 'not json']);
    accepts({ type: 'geojson', format: 'topojson' }, ['{"type":"Topology","objects":{},"arcs":[]}'], ['{"type":"Point","coordinates":[1,2]}']);
  });

  it('object, array, list and any', () => {
    accepts({ type: 'object' }, ['{}', '{"a":1}'], ['[]', '1', '{a:1}']);
    accepts({ type: 'array' }, ['[]', '[1,"a"]'], ['{}', '1,2']);
    accepts({ type: 'list' }, ['a,b,c', ''], []);
    accepts({ type: 'list', itemType: 'integer', delimiter: ';' }, ['1;2;3'], ['1;x', '1,2']);
    accepts({ type: 'any' }, ['', 'x', '{'], []);
  });
});
