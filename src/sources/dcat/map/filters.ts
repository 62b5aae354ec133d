// `filters:` of a DCAT source: a dataset is kept when, for every field, one of its values is
// listed. Fields are `publisher` (the publisher id the mapping derives), the DCAT names `theme`,
// `keyword`, `type`, `accessRights`, or any property as a CURIE (`dct:spatial`) or an IRI; values
// are IRIs, literal texts or labels.
import { ADMS, DC, DCAT, DCT, FOAF, SCHEMA } from '../rdf/namespaces.js';
import { RdfNode, vocabularyTexts } from './node.js';
import { P } from './predicates.js';

const PREFIXES: Readonly<Record<string, string>> = { dcat: DCAT, dct: DCT, dcterms: DCT, dc: DC, foaf: FOAF, adms: ADMS, schema: SCHEMA };
const NAMES: Readonly<Record<string, string>> = {
  theme: P.DCAT_theme,
  keyword: P.DCAT_keyword,
  type: P.DCT_type,
  accessRights: P.DCT_accessRights,
  language: P.DCT_language,
  spatial: P.DCT_spatial,
};

function propertyOf(field: string): string | undefined {
  if (/^https?:\/\//.test(field)) return field;
  const named = NAMES[field];
  if (named !== undefined) return named;
  const [prefix, local] = field.split(':');
  const ns = prefix !== undefined ? PREFIXES[prefix] : undefined;
  return ns !== undefined && local !== undefined && local !== '' ? ns + local : undefined;
}

/** Why the dataset is filtered out, or undefined when every filter admits it. */
export function filterRejection(dataset: RdfNode, filters: Record<string, string[]>, publisherId: string | undefined): string | undefined {
  for (const [field, wanted] of Object.entries(filters)) {
    if (wanted.length === 0) continue;
    const property = propertyOf(field);
    const values = field === 'publisher' ? (publisherId !== undefined ? [publisherId] : []) : property !== undefined ? vocabularyTexts(dataset, property) : [];
    if (!values.some((v) => wanted.includes(v))) {
      return `${field}: ${values.length === 0 ? 'the dataset has no value' : `${values.slice(0, 3).join(', ')} is not`} among ${wanted.join(', ')}`;
    }
  }
  return undefined;
}
