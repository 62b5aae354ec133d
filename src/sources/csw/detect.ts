// Is there a CSW 2.0.2 catalogue behind this URL? It answers `GetCapabilities` with a
// `csw:Capabilities` document, at the URL itself or under the usual paths of a site root
// (`/csw`, GeoNetwork's `/geonetwork/srv/eng/csw`); a `GetRecords` with `resultType=hits` counts
// its records.
import type { HttpClient } from '../http.js';
import type { Detection } from '../kind.js';
import { DEFAULT_MAX_RECORDS } from './options.js';
import { fetchRecords } from './paginate.js';
import { capabilitiesUrl } from './request.js';
import { NS } from './xml/namespaces.js';
import { XmlSubtreeReader } from './xml/reader.js';
import { child, ownText, type XmlElement } from './xml/tree.js';

const ENDPOINT_PATHS = ['/csw', '/geonetwork/srv/eng/csw', '/geonetwork/srv/fre/csw'];

/** The URL itself (without its CSW parameters), then the usual endpoints under it. */
export function candidateEndpoints(url: string): string[] {
  const u = new URL(url);
  for (const key of [...u.searchParams.keys()]) {
    if (['service', 'request', 'version', 'acceptversions'].includes(key.toLowerCase())) u.searchParams.delete(key);
  }
  u.hash = '';
  const base = u.href.replace(/\?$/, '');
  const out = [base];
  const root = `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
  if (u.search === '' && !/\/csw$/i.test(u.pathname)) for (const path of ENDPOINT_PATHS) out.push(`${root}${path}`);
  return [...new Set(out)];
}

interface Capabilities {
  root?: string;
  identification?: XmlElement;
}

function readCapabilities(body: string, where: string): Capabilities {
  let identification: XmlElement | undefined;
  const reader = new XmlSubtreeReader({
    where,
    select: (name, depth) => depth === 1 && name === 'ows:ServiceIdentification',
    onSubtree: (tree) => (identification = tree),
  });
  reader.write(body.replace(/^[\s\uFEFF]+/, ''));
  const { root } = reader.end();
  return { ...(root !== undefined ? { root } : {}), ...(identification ? { identification } : {}) };
}

export async function detectCsw(url: string, http: HttpClient, signal?: AbortSignal): Promise<Detection | undefined> {
  for (const endpoint of candidateEndpoints(url)) {
    const asked = capabilitiesUrl(endpoint);
    let capabilities: Capabilities;
    try {
      const response = await http.get(asked, { accept: 'application/xml, text/xml;q=0.9, */*;q=0.5', ...(signal ? { signal } : {}) });
      capabilities = readCapabilities(response.body, asked);
    } catch {
      continue;
    }
    if (capabilities.root !== 'csw:Capabilities') continue;
    const title = ownText(child(capabilities.identification, 'ows:Title'));
    let count: number | undefined;
    try {
      const hits = await fetchRecords(
        {
          endpoint,
          http,
          method: 'GET',
          params: { maxRecords: DEFAULT_MAX_RECORDS, outputSchema: NS.gmd, typeNames: 'csw:Record', elementSetName: 'brief' },
          ...(signal ? { signal } : {}),
        },
        1,
        'hits',
      );
      count = hits.searchResults?.matched;
    } catch {
      // GetCapabilities is proof enough; the count is a nicety
    }
    return {
      kind: 'csw',
      url: endpoint,
      ...(title !== undefined ? { title: title.replace(/\s+/g, ' ') } : {}),
      ...(count !== undefined ? { count } : {}),
      evidence: `${asked} answered a CSW 2.0.2 csw:Capabilities document`,
    };
  }
  return undefined;
}
