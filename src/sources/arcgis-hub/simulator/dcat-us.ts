// An item as the Hub's DCAT-US 1.1 feed gives it (`/api/feed/dcat-us/1.1.json`), in the shape of
// the recorded Manitoba feed: the landing page as identifier, HTML description, licence URL or
// HTML, a "minx,miny,maxx,maxy" box (or `{{extent}}`), the Hub's distributions.
import { descriptionHtml, DISCLAIMER_HTML, licenceLinkHtml } from './html.js';
import { GEOSPATIAL_LICENCE_URL, MANITOBA_LICENCE_URL, type HubItem } from './items.js';
import { downloadsOf, landingPageOf } from './links.js';

export const CATALOGUE_HEAD = {
  '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
  '@type': 'dcat:Catalog',
  conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
  describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
};

function licenceOf(item: HubItem): string {
  switch (item.licence) {
    case 'url':
      return MANITOBA_LICENCE_URL;
    case 'html-link':
      return `<p>${licenceLinkHtml(MANITOBA_LICENCE_URL, 'Manitoba Open Data Licence')}</p>`;
    case 'disclaimer':
      return DISCLAIMER_HTML;
    case 'pdf':
      return GEOSPATIAL_LICENCE_URL;
    case 'none':
      return '';
  }
}

export function dcatUsDataset(item: HubItem, site: string): Record<string, unknown> {
  const landing = landingPageOf(site, item);
  const distribution: Array<Record<string, unknown>> = [
    { '@type': 'dcat:Distribution', title: 'ArcGIS Hub Dataset', format: 'Web Page', mediaType: 'text/html', accessURL: landing },
    item.url !== undefined
      ? { '@type': 'dcat:Distribution', title: 'ArcGIS GeoService', format: 'ArcGIS GeoServices REST API', mediaType: 'application/json', accessURL: item.url }
      : { '@type': 'dcat:Distribution', title: 'ArcGIS GeoService', format: 'ArcGIS GeoServices REST API', mediaType: 'application/json' },
    ...downloadsOf(item, landing).map((d) => ({ '@type': 'dcat:Distribution', title: d.title, format: d.format, mediaType: d.mediaType, accessURL: d.url })),
  ];
  return {
    '@type': 'dcat:Dataset',
    identifier: landing,
    license: licenceOf(item),
    landingPage: landing,
    title: item.title,
    description: descriptionHtml(item.paragraphs, `${site}/pages/${item.slug.replace(/^manitoba::/, '')}`),
    keyword: item.tags,
    issued: new Date(item.createdMs).toISOString(),
    modified: new Date(item.modifiedMs).toISOString(),
    publisher: { name: item.source },
    contactPoint: { '@type': 'vcard:Contact', fn: 'Manitoba_Government', hasEmail: 'mailto: manitobamaps@gov.mb.ca' },
    accessLevel: 'public',
    spatial: item.bbox === null ? '{{extent}}' : item.bbox.join(','),
    distribution,
    ...(item.index % 25 === 3 ? {} : { theme: ['geospatial'] }),
  };
}
