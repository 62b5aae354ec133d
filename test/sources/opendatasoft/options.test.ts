import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../../src/sources/kind.js';
import { catalogExportUrl, catalogUrl, odsEndpoint } from '../../../src/sources/opendatasoft/endpoint.js';
import { parseOdsOptions } from '../../../src/sources/opendatasoft/options.js';

describe('Opendatasoft options and endpoint', () => {
  it('takes a licence for datasets that name none, and nothing else', () => {
    expect(parseOdsOptions({})).toEqual({});
    expect(parseOdsOptions({ licence: 'Open Government Licence - Vancouver' })).toEqual({ licence: 'Open Government Licence - Vancouver' });
    expect(() => parseOdsOptions({ licence: 'Mystery licence' })).toThrow(OptionsError);
    try {
      parseOdsOptions({ where: 'x' });
    } catch (error) {
      expect(error).toMatchObject({ field: 'where', message: 'unknown option (Opendatasoft sources take licence)' });
    }
  });

  it('finds the API at the root of the portal, whatever page is configured', () => {
    for (const url of ['https://opendata.vancouver.ca', 'https://opendata.vancouver.ca/pages/home/', 'https://opendata.vancouver.ca/api/explore/v2.1/']) {
      expect(odsEndpoint(url)).toEqual({ portal: 'https://opendata.vancouver.ca', api: 'https://opendata.vancouver.ca/api/explore/v2.1' });
    }
    const endpoint = odsEndpoint('https://opendata.vancouver.ca');
    expect(catalogUrl(endpoint, { limit: 100, offset: 200 })).toBe('https://opendata.vancouver.ca/api/explore/v2.1/catalog/datasets?limit=100&offset=200');
    expect(catalogExportUrl(endpoint)).toBe('https://opendata.vancouver.ca/api/explore/v2.1/catalog/exports/json');
    expect(() => odsEndpoint('opendata.vancouver.ca')).toThrow('the Opendatasoft URL "opendata.vancouver.ca" is not a valid URL');
  });
});
