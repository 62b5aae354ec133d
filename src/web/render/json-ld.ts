// schema.org `Dataset` JSON-LD of a record, for search engines and dataset crawlers. Data, not
// script: the CSP allows it, and the JSON is escaped so that nothing in it can close the element.
import type { DatasetRecord } from '../../core/dataset.js';
import { pickList, pickText, type UiLang } from '../../core/langstring.js';
import { licenceById } from '../../core/licences.js';
import { descriptionToText } from '../../core/text.js';
import { safeUrl, trusted, type SafeHtml } from '../html.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

export interface JsonLdContext {
  lang: UiLang;
  /** The source's name, for `includedInDataCatalog`. */
  sourceName: string;
  /** Landing pages of the same dataset at other sources. */
  sameAs: string[];
}

function organization(name: string | undefined): Json | undefined {
  return name ? { '@type': 'Organization', name } : undefined;
}

function temporalCoverage(record: DatasetRecord): string | undefined {
  const { start, end } = record.temporal ?? {};
  if (!start && !end) return undefined;
  return `${start ?? '..'}/${end ?? '..'}`;
}

function spatialCoverage(record: DatasetRecord): Json | undefined {
  const { bbox, places } = record.spatial ?? {};
  if (!bbox && !places?.length) return undefined;
  const place: { [key: string]: Json | undefined } = { '@type': 'Place' };
  if (places?.length) place.name = places.join(', ');
  // schema.org boxes are "south west north east".
  if (bbox && bbox.every(Number.isFinite)) place.geo = { '@type': 'GeoShape', box: `${bbox[1]} ${bbox[0]} ${bbox[3]} ${bbox[2]}` };
  return place;
}

function licenceUrl(record: DatasetRecord, lang: UiLang): string | undefined {
  const known = record.licence?.id !== undefined ? licenceById(record.licence.id) : undefined;
  return safeUrl((lang === 'fr' ? known?.urlFr : undefined) ?? known?.url ?? record.licence?.url);
}

export function datasetJsonLd(record: DatasetRecord, context: JsonLdContext): Json {
  const { lang } = context;
  const title = pickText(record.title, lang);
  const description = pickText(record.description, lang);
  const keywords = pickList(record.keywords, lang)?.items ?? [];
  const publisher = pickText(record.publisher?.name, lang)?.text;
  const sameAs = [safeUrl(record.provenance.landingPage), ...context.sameAs.map(safeUrl)].filter((u): u is string => u !== undefined);
  const body: { [key: string]: Json | undefined } = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: title?.text,
    description: description ? descriptionToText(description.text) : undefined,
    inLanguage: title && title.lang !== 'und' ? title.lang : undefined,
    identifier: record.provenance.remoteId,
    url: sameAs[0],
    sameAs: sameAs.length > 1 ? sameAs.slice(1) : undefined,
    keywords: keywords.length ? keywords : undefined,
    license: licenceUrl(record, lang) ?? record.licence?.original ?? record.licence?.id,
    publisher: organization(publisher),
    creator: organization(publisher),
    datePublished: record.issued,
    dateModified: record.modified,
    temporalCoverage: temporalCoverage(record),
    spatialCoverage: spatialCoverage(record),
    includedInDataCatalog: { '@type': 'DataCatalog', name: context.sourceName },
    distribution: record.distributions
      .map((d): Json | undefined => {
        const contentUrl = safeUrl(d.url);
        if (!contentUrl) return undefined;
        return {
          '@type': 'DataDownload',
          name: pickText(d.title, lang)?.text,
          contentUrl,
          encodingFormat: d.mediaType ?? d.format,
          contentSize: d.size !== undefined ? `${d.size} B` : undefined,
        };
      })
      .filter((d): d is Json => d !== undefined),
  };
  return body;
}

/** JSON whose `<`, `>`, `&` and line separators are escaped: `</script>` cannot appear in it. */
export function scriptSafeJson(value: Json): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function jsonLdElement(value: Json): SafeHtml {
  return trusted(`<script type="application/ld+json">${scriptSafeJson(value)}</script>`);
}
