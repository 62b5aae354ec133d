// Recognizing a CSW: GetCapabilities at the URL or under a site root's usual paths, the title
// from ows:ServiceIdentification, the count from a hits request; anything else is not a CSW.
import { afterEach, describe, expect, it } from 'vitest';
import { candidateEndpoints, detectCsw } from '../../../src/sources/csw/detect.js';
import { loopbackClient, startCswServer, type CswReply, type CswRequest, type CswTestServer } from './helpers/csw-server.js';
import { getRecordsResponse } from './helpers/records.js';

const CAPABILITIES = `<?xml version="1.0"?>
<csw:Capabilities xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" xmlns:ows="http://www.opengis.net/ows" version="2.0.2">
  <ows:ServiceIdentification><ows:Title>Federal Geospatial
    Platform</ows:Title><ows:ServiceType>CSW</ows:ServiceType></ows:ServiceIdentification>
</csw:Capabilities>`;

let server: CswTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function geonetwork(request: CswRequest): CswReply {
  if (request.path !== '/geonetwork/srv/eng/csw') return { status: 404, contentType: 'text/html', body: '<html><body>Not found</body></html>' };
  if (request.params.get('request') === 'GetCapabilities') return { body: CAPABILITIES };
  if (request.params.get('resultType') === 'hits') return { body: getRecordsResponse({ matched: 1234, next: 1, records: [], returned: 0 }) };
  return { status: 400, body: 'unexpected' };
}

describe('CSW detection', () => {
  it('finds the endpoint under a site root, with its title and count', async () => {
    server = await startCswServer(geonetwork);
    const root = server.url.replace(/\/csw$/, '');
    const found = await detectCsw(`${root}/`, loopbackClient());
    expect(found).toEqual({
      kind: 'csw',
      url: `${root}/geonetwork/srv/eng/csw`,
      title: 'Federal Geospatial Platform',
      count: 1234,
      evidence: expect.stringMatching(/GetCapabilities.*answered a CSW 2\.0\.2 csw:Capabilities document$/),
    });
  });

  it('takes a URL that is already the endpoint, GetCapabilities parameters and all', async () => {
    server = await startCswServer((request) => (request.params.get('request') === 'GetCapabilities' ? { body: CAPABILITIES } : { body: getRecordsResponse({ matched: 3, records: [] }) }));
    const found = await detectCsw(`${server.url}?service=CSW&request=GetCapabilities`, loopbackClient());
    expect(found?.url).toBe(server.url);
    expect(found?.count).toBe(3);
    expect(server.requests.filter((r) => r.params.get('request') === 'GetCapabilities')).toHaveLength(1);
  });

  it('says no to a portal that is not a CSW', async () => {
    server = await startCswServer(() => ({ contentType: 'application/json', body: '{"success": true}' }));
    expect(await detectCsw(server.url.replace(/\/csw$/, ''), loopbackClient())).toBeUndefined();
  });

  it('lists the URL first, then the usual endpoints of a site root', () => {
    expect(candidateEndpoints('https://geo.example.ca/')).toEqual([
      'https://geo.example.ca/',
      'https://geo.example.ca/csw',
      'https://geo.example.ca/geonetwork/srv/eng/csw',
      'https://geo.example.ca/geonetwork/srv/fre/csw',
    ]);
    expect(candidateEndpoints('https://maps.canada.ca/geonetwork/srv/csw?SERVICE=CSW&REQUEST=GetCapabilities')).toEqual(['https://maps.canada.ca/geonetwork/srv/csw']);
  });
});
