// An item as the Hub v3 API gives it (`/api/v3/datasets`): epoch milliseconds, an envelope
// extent, `license: "custom"` with HTML `licenseInfo` and a structured licence, the organization,
// and the bulk real records carry (field definitions), so that transfers are of realistic size.
import { descriptionHtml, DISCLAIMER_HTML, licenceLinkHtml } from './html.js';
import { GEOSPATIAL_LICENCE_URL, HUB_ORGANIZATION, HUB_OWNER, MANITOBA_LICENCE_URL, type HubItem } from './items.js';
import { landingPageOf, serviceSpatialReference } from './links.js';

function licence(item: HubItem): Record<string, unknown> {
  switch (item.licence) {
    case 'url':
      return { license: 'custom', licenseInfo: licenceLinkHtml(MANITOBA_LICENCE_URL, 'Manitoba Open Data Licence'), structuredLicense: { type: 'custom', url: MANITOBA_LICENCE_URL } };
    case 'html-link':
      return { license: 'custom', licenseInfo: `<p>${licenceLinkHtml(MANITOBA_LICENCE_URL, 'Manitoba Open Data Licence')}</p>`, structuredLicense: { type: 'custom', text: licenceLinkHtml(MANITOBA_LICENCE_URL, 'Manitoba Open Data Licence') } };
    case 'disclaimer':
      return { license: 'custom', licenseInfo: DISCLAIMER_HTML, structuredLicense: { type: 'custom', text: DISCLAIMER_HTML.replace(/<[^>]+>/g, '') } };
    case 'pdf':
      return { license: 'custom', licenseInfo: licenceLinkHtml(GEOSPATIAL_LICENCE_URL, 'Geospatial Open Data Licence'), structuredLicense: { type: 'custom', url: GEOSPATIAL_LICENCE_URL } };
    case 'none':
      return { license: 'none', licenseInfo: null, structuredLicense: { type: 'none' } };
  }
}

function fieldsOf(item: HubItem): Array<Record<string, unknown>> {
  return item.fields.map((name, i) => ({
    sqlType: i === 0 ? 'sqlTypeInteger' : 'sqlTypeOther',
    nullable: i !== 0,
    editable: i !== 0,
    defaultValue: null,
    domain: null,
    name,
    alias: name.replace(/_/g, ' '),
    type: i === 0 ? 'esriFieldTypeOID' : i === item.fields.length - 1 ? 'esriFieldTypeDate' : 'esriFieldTypeString',
    length: i === 0 ? undefined : 256,
  }));
}

export function v3Record(item: HubItem, site: string): Record<string, unknown> {
  const sr = serviceSpatialReference(item);
  return {
    id: item.id,
    type: 'dataset',
    attributes: {
      access: 'public',
      categories: item.categories,
      collection: [item.type === 'PDF' ? 'Document' : item.type.startsWith('Web') ? 'App,Map' : 'Dataset'],
      created: item.createdMs,
      culture: 'en-us',
      description: descriptionHtml(item.paragraphs, `${site}/pages/${item.slug.replace(/^manitoba::/, '')}`),
      downloadable: item.type === 'Feature Layer' || item.type === 'Table',
      extent: item.bbox === null ? null : { coordinates: [[item.bbox[0], item.bbox[1]], [item.bbox[2], item.bbox[3]]], type: 'envelope' },
      fields: fieldsOf(item),
      ...(item.geometryType ? { geometryType: item.geometryType } : {}),
      hubType: item.type,
      id: item.id,
      itemModified: item.itemModifiedMs,
      ...licence(item),
      modified: item.modifiedMs,
      modifiedProvenance: item.type === 'Feature Layer' || item.type === 'Table' ? 'layer.editingInfo.lastEditDate' : 'item.modified',
      name: item.title,
      openData: true,
      orgContactEmail: 'mailto: manitobamaps@gov.mb.ca',
      orgId: 'mMUesHYPkXjaFGfS',
      orgName: HUB_ORGANIZATION,
      organization: HUB_ORGANIZATION,
      owner: HUB_OWNER,
      ...(item.recordCount !== undefined ? { recordCount: item.recordCount } : {}),
      region: 'CA',
      searchDescription: item.paragraphs.join(' ').slice(0, 400),
      serviceSpatialReference: sr,
      slug: item.slug,
      snippet: item.snippet,
      source: item.source,
      sourceProvenance: item.source === HUB_ORGANIZATION ? 'org.name' : 'metadata.metadata.dataIdInfo.idPoC.rpOrgName',
      tags: item.tags,
      type: item.type,
      typeKeywords: item.type === 'Feature Layer' ? ['ArcGIS Server', 'Data', 'Feature Access', 'Feature Service', 'Service', 'Hosted Service'] : ['Map', 'Online'],
      ...(item.url !== undefined ? { url: item.url } : {}),
    },
    links: {
      self: `${site}/api/v3/datasets/${item.id}`,
      itemPage: `https://www.arcgis.example/home/item.html?id=${item.itemId}`,
      landingPage: landingPageOf(site, item),
    },
  };
}
