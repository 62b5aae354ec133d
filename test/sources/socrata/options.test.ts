import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../../src/sources/kind.js';
import { socrataEndpoint } from '../../../src/sources/socrata/endpoint.js';
import { parseSocrataOptions } from '../../../src/sources/socrata/options.js';

function failure(options: Record<string, unknown>): { field: string; message: string } {
  try {
    parseSocrataOptions(options);
  } catch (error) {
    if (error instanceof OptionsError) return { field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected an OptionsError');
}

describe('Socrata options', () => {
  it('defaults to datasets, and keeps a domain, types and a licence', () => {
    expect(parseSocrataOptions({})).toEqual({ types: ['dataset'] });
    expect(parseSocrataOptions({ domain: 'Data.Edmonton.ca', types: ['dataset', 'map', 'map'], licence: 'OGL-Edmonton' })).toEqual({
      domain: 'data.edmonton.ca',
      types: ['dataset', 'map'],
      licence: 'OGL-Edmonton',
    });
  });

  it('names the field that is wrong', () => {
    expect(failure({ domain: 'https://data.edmonton.ca' })).toEqual({ field: 'domain', message: 'must be a host name such as data.novascotia.ca' });
    expect(failure({ types: ['datasets'] })).toMatchObject({ field: 'types.0', message: expect.stringContaining('must be one of dataset, map') });
    expect(failure({ types: [] })).toEqual({ field: 'types', message: 'must list at least one type' });
    expect(failure({ licence: 'Whatever Licence 9' })).toEqual({ field: 'licence', message: 'is not a licence Federa recognizes (see src/core/licences.ts)' });
    expect(failure({ pageSize: 10 })).toEqual({ field: 'pageSize', message: 'unknown option (Socrata sources take domain, types, licence)' });
  });
});

describe('Socrata endpoint', () => {
  it('takes the site, its catalogue URL or the global catalogue with a domain', () => {
    expect(socrataEndpoint('https://data.edmonton.ca/', undefined)).toEqual({ catalogUrl: 'https://data.edmonton.ca/api/catalog/v1', domain: 'data.edmonton.ca' });
    expect(socrataEndpoint('https://data.edmonton.ca/api/catalog/v1', undefined).catalogUrl).toBe('https://data.edmonton.ca/api/catalog/v1');
    expect(socrataEndpoint('https://api.us.socrata.com/api/catalog/v1', 'data.calgary.ca')).toEqual({ catalogUrl: 'https://api.us.socrata.com/api/catalog/v1', domain: 'data.calgary.ca' });
    expect(() => socrataEndpoint('ftp://data.edmonton.ca', undefined)).toThrow('must use http or https');
    expect(() => socrataEndpoint('not a url', undefined)).toThrow('is not a valid URL');
  });
});
