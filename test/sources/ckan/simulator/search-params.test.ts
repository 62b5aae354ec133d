import { describe, expect, it } from 'vitest';
import { parseSearchParams, SearchParamError } from '../../../../src/sources/ckan/simulator/search-params.js';

function parse(query: string): ReturnType<typeof parseSearchParams> {
  return parseSearchParams(new URLSearchParams(query));
}

function errorOf(query: string): SearchParamError {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof SearchParamError) return error;
    throw error;
  }
  throw new Error(`no error for ${query}`);
}

describe('package_search parameters', () => {
  it('defaults like CKAN: 10 rows from 0, newest first', () => {
    expect(parse('q=*:*')).toEqual({ filter: { clauses: [] }, sort: { field: 'metadata_modified', direction: 'desc' }, start: 0, rows: 10 });
  });

  it('caps rows at 1000', () => {
    expect(parse('rows=5000').rows).toBe(1000);
    expect(parse('rows=250&start=750')).toMatchObject({ rows: 250, start: 750 });
  });

  it('rejects rows and start that are not whole numbers', () => {
    expect(errorOf('rows=-1').param).toBe('rows');
    expect(errorOf('start=abc').param).toBe('start');
  });

  it('reads an incremental window on metadata_modified', () => {
    const { filter } = parse('fq=metadata_modified:[2024-05-01T00:00:00Z TO *]');
    expect(filter).toEqual({ clauses: [], modifiedFrom: Date.UTC(2024, 4, 1) });
  });

  it('reads closed and exclusive ranges', () => {
    expect(parse('fq=metadata_modified:[2024-01-01T00:00:00Z TO 2024-02-01T00:00:00Z]').filter).toMatchObject({
      modifiedFrom: Date.UTC(2024, 0, 1),
      modifiedTo: Date.UTC(2024, 1, 1),
    });
    expect(parse('fq=metadata_modified:{2024-01-01T00:00:00Z TO *}').filter.modifiedFrom).toBe(Date.UTC(2024, 0, 1) + 1);
  });

  it('joins clauses with AND or spaces, across fq and q', () => {
    const { filter } = parse('q=organization:ville-de-laval&fq=type:opendata AND metadata_modified:[2020-01-01T00:00:00Z TO *] -res_format:PDF&fq=tags:"qualité de l\'eau"');
    expect(filter.clauses).toEqual([
      { field: 'organization', value: 'ville-de-laval', negate: false },
      { field: 'type', value: 'opendata', negate: false },
      { field: 'res_format', value: 'PDF', negate: true },
      { field: 'tags', value: "qualité de l'eau", negate: false },
    ]);
    expect(filter.modifiedFrom).toBe(Date.UTC(2020, 0, 1));
  });

  it('sorts by id, name or modified date, skipping relevance', () => {
    expect(parse('sort=id asc').sort).toEqual({ field: 'id', direction: 'asc' });
    expect(parse('sort=metadata_modified asc').sort).toEqual({ field: 'metadata_modified', direction: 'asc' });
    expect(parse('sort=score desc, metadata_modified desc').sort).toEqual({ field: 'metadata_modified', direction: 'desc' });
  });

  it('says what it cannot do', () => {
    expect(errorOf('sort=title_string asc').param).toBe('sort');
    expect(errorOf('sort=id sideways').param).toBe('sort');
    expect(errorOf('fq=type:a OR type:b').message).toMatch(/OR/);
    expect(errorOf('q=hospitals').message).toMatch(/free text/);
    expect(errorOf('fq=metadata_modified:[NOW-1DAY TO *]').message).toMatch(/NOW-1DAY/);
    expect(errorOf('fq=metadata_created:[* TO *]').message).toMatch(/metadata_modified only/);
    expect(errorOf('fq=metadata_modified:[2024-01-01 TO *').message).toMatch(/unbalanced/);
  });
});
