// `dcat:distribution`s onto the core's distributions: the download URL (else the access URL, else
// the access service's endpoint), the format from `dct:format` (EU file-type IRI, IANA IRI, text,
// `dct:IMT` node), `dcat:mediaType` and the URL, byte size, languages, and the licence each one
// carries (DCAT-AP puts licences on distributions).
import type { Distribution, LicenceRef } from '../../../core/dataset.js';
import { normalizeFormat } from '../../../core/formats.js';
import { collapseWhitespace, descriptionToText } from '../../../core/text.js';
import { dateOf } from '../../common/dates.js';
import { numberOf } from '../../common/numbers.js';
import { isLiteral } from '../raw.js';
import { DCAT } from '../rdf/namespaces.js';
import { conformsToOf, labelLiterals, RdfNode } from './node.js';
import { isEmpty, langStringOf } from './texts.js';
import { languagesOf, licenceOf, mediaTypeOf } from './vocabularies.js';
import { P } from './predicates.js';

export interface MappedDistribution {
  distribution: Distribution;
  licence?: { ref: LicenceRef; recognized: boolean };
}

function resourceUrl(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/^(?:https?|ftp):\/\//i.test(trimmed)) return undefined;
  try {
    new URL(trimmed);
    return trimmed;
  } catch {
    return undefined;
  }
}

/** Every text a `dct:format` value offers: a literal, an IRI, a node's `rdf:value` and labels. */
function formatTexts(node: RdfNode): string[] {
  const out: string[] = [];
  for (const value of node.values(P.DCT_format)) {
    if (isLiteral(value)) {
      if (value['@value'].trim() !== '') out.push(value['@value'].trim());
      continue;
    }
    const inner = new RdfNode(value);
    if (inner.iri !== undefined) out.push(inner.iri);
    out.push(...inner.texts(P.RDF_value), ...labelLiterals(inner).map((l) => l['@value'].trim()));
  }
  return out.filter((t) => t !== '');
}

function fileName(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    return last !== undefined ? decodeURIComponent(last) : url;
  } catch {
    return url;
  }
}

function mapDistribution(node: RdfNode, index: number, untaggedTag: string): MappedDistribution | undefined {
  const services = node.nodes(P.DCAT_accessService);
  const download = node.texts(P.DCAT_downloadURL).map(resourceUrl).find((u) => u !== undefined);
  const access = node.texts(P.DCAT_accessURL).map(resourceUrl).find((u) => u !== undefined);
  const endpoint = services.flatMap((s) => s.texts(P.DCAT_endpointURL)).map(resourceUrl).find((u) => u !== undefined);
  const url = download ?? access ?? endpoint;
  if (url === undefined) return undefined;

  const formats = formatTexts(node);
  const mediaTexts = node.texts(P.DCAT_mediaType);
  const mediaType = mediaTypeOf([...mediaTexts, ...formats]);
  let format: string | undefined;
  for (const text of formats.length > 0 ? formats : [undefined]) {
    format = normalizeFormat({ ...(text !== undefined ? { format: text } : {}), ...(mediaType !== undefined ? { mediaType } : {}), url });
    if (format !== undefined) break;
  }
  // As for every kind: an unknown format keeps the source's text, upper-cased.
  const literalFormat = node.literals(P.DCT_format)[0]?.['@value'].trim();
  if (format === undefined && literalFormat !== undefined && literalFormat !== '' && literalFormat.length <= 40) format = literalFormat.toUpperCase();

  let title = langStringOf(node.literals(P.DCT_title, P.RDFS_label, P.SKOS_prefLabel), untaggedTag, collapseWhitespace);
  if (isEmpty(title)) title = { [untaggedTag]: fileName(url) };
  const description = langStringOf(node.literals(P.DCT_description), untaggedTag, descriptionToText);
  const size = numberOf(node.firstText(P.DCAT_byteSize));
  const modified = dateOf(node.firstText(P.DCT_modified));
  const id = node.iri ?? node.firstText(P.DCT_identifier) ?? (download ?? access ?? url) ?? `distribution-${index}`;
  const distribution: Distribution = {
    id,
    title,
    ...(isEmpty(description) ? {} : { description }),
    url,
    ...(format !== undefined ? { format } : {}),
    ...(mediaType !== undefined ? { mediaType } : {}),
    ...(size !== undefined && size >= 0 ? { size: Math.round(size) } : {}),
    languages: languagesOf(node),
    ...(download === undefined && access === undefined ? { resourceType: 'api' } : {}),
    ...(modified !== undefined ? { modified } : {}),
    ...conformsToOf(node),
  };
  const licence = licenceOf(node, P.DCT_license) ?? services.map((s) => licenceOf(s, P.DCT_license)).find((l) => l !== undefined);
  return licence ? { distribution, licence } : { distribution };
}

/** The distributions that have a URL (a distribution without one cannot be used), in the record's order. */
export function distributionsOf(dataset: RdfNode, untaggedTag: string): MappedDistribution[] {
  const out: MappedDistribution[] = [];
  const ids = new Set<string>();
  dataset.nodes(P.DCAT_distribution).forEach((node, index) => {
    const mapped = mapDistribution(node, index, untaggedTag);
    if (mapped === undefined || ids.has(mapped.distribution.id)) return;
    ids.add(mapped.distribution.id);
    out.push(mapped);
  });
  return out;
}
