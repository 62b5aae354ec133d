// The pure mapping of one DCAT dataset (its raw JSON-LD node, see raw.ts) onto the core record.
import type { LicenceRef } from '../../../core/dataset.js';
import { datasetId } from '../../../core/ids.js';
import type { LangString } from '../../../core/langstring.js';
import { collapseWhitespace, descriptionToText } from '../../../core/text.js';
import { dateOf, instantOf } from '../../common/dates.js';
import { untaggedLanguage } from '../../common/lang.js';
import type { SourceSettings } from '../../settings.js';
import type { MapResult } from '../../source.js';
import { checkRawNode } from '../raw.js';
import { DCAT } from '../rdf/namespaces.js';
import { contactPointOf, jurisdictionOf, publisherOf } from './agents.js';
import { spatialOf, temporalOf } from './coverage.js';
import { distributionsOf } from './distributions.js';
import { filterRejection } from './filters.js';
import { conformsToOf, httpUrl, RdfNode } from './node.js';
import { isEmpty, keywordListsOf, langStringOf } from './texts.js';
import { accessRightsOf, frequencyOf, languagesOf, licenceOf, subjectsOf } from './vocabularies.js';
import { P } from './predicates.js';

const IDENTIFIER = P.DCT_identifier;
const PRIMARY_TOPIC = P.FOAF_primaryTopic;

/** A dataset's remote id: its IRI, or for a blank node its `dct:identifier`. */
export function datasetRemoteId(dataset: RdfNode): string | undefined {
  return dataset.iri ?? dataset.firstText(IDENTIFIER);
}

/** The catalogue record's `dct:modified` (the metadata's own stamp), as an instant. */
export function recordModified(dataset: RdfNode): string | undefined {
  for (const record of dataset.reverse(PRIMARY_TOPIC)) {
    const stamp = instantOf(record.firstText(P.DCT_modified));
    if (stamp !== undefined) return stamp;
  }
  return undefined;
}

function licenceOfDataset(dataset: RdfNode, distributionLicences: { ref: LicenceRef; recognized: boolean }[]): LicenceRef | undefined {
  const own = licenceOf(dataset, P.DCT_license);
  if (own?.recognized) return own.ref;
  // Rights statements name a licence now and then ("Licence Ouverte Version 2.0"): only a recognized one counts.
  const rights = licenceOf(dataset, P.DCT_rights);
  if (rights?.recognized) return rights.ref;
  return distributionLicences.find((l) => l.recognized)?.ref ?? own?.ref ?? distributionLicences[0]?.ref;
}

function landingPageOf(dataset: RdfNode): string | undefined {
  for (const text of dataset.texts(P.DCAT_landingPage, P.FOAF_homepage)) {
    const url = httpUrl(text);
    if (url !== undefined) return url;
  }
  // Dataset IRIs of catalogues usually dereference to the dataset's page.
  return httpUrl(dataset.iri);
}

export interface DcatMapContext {
  settings: SourceSettings;
}

export function mapDcatDataset(raw: unknown, context: DcatMapContext): MapResult {
  const checked = checkRawNode(raw);
  if (!checked.ok) return { kind: 'problem', reason: `the dataset is not a JSON-LD node as this kind keeps them (${checked.issue})` };
  const dataset = new RdfNode(checked.node);
  const remoteId = datasetRemoteId(dataset);
  if (remoteId === undefined) return { kind: 'problem', reason: 'the dataset is a blank node without dct:identifier: it cannot be identified' };
  const { settings } = context;
  const untaggedTag = untaggedLanguage(settings.primaryLanguage);

  const publisher = publisherOf(dataset, settings, untaggedTag);
  const rejection = filterRejection(dataset, settings.filters, publisher?.id);
  if (rejection !== undefined) return { kind: 'skip', reason: rejection };

  let title: LangString = langStringOf(dataset.literals(P.DCT_title), untaggedTag, collapseWhitespace);
  if (isEmpty(title)) title = langStringOf(dataset.literals(P.DC_title, P.RDFS_label, P.SKOS_prefLabel), untaggedTag, collapseWhitespace);
  if (isEmpty(title)) title = { [untaggedTag]: dataset.firstText(IDENTIFIER) ?? remoteId };
  let description = langStringOf(dataset.literals(P.DCT_description), untaggedTag, descriptionToText);
  if (isEmpty(description)) description = langStringOf(dataset.literals(P.DCT_abstract, P.DC_description, P.RDFS_comment), untaggedTag, descriptionToText);

  const distributions = distributionsOf(dataset, untaggedTag);
  const licence = licenceOfDataset(
    dataset,
    distributions.flatMap((d) => (d.licence ? [d.licence] : [])),
  );
  const frequency = frequencyOf(dataset);
  const modifiedAtSource = recordModified(dataset);
  const issued = dateOf(dataset.firstText(P.DCT_issued)) ?? dateOf(dataset.firstText(P.DCT_created));
  const modified = dateOf(dataset.firstText(P.DCT_modified)) ?? modifiedAtSource;
  const temporal = temporalOf(dataset);
  const spatial = spatialOf(dataset);
  const contactPoint = contactPointOf(dataset, untaggedTag);
  const accessRights = accessRightsOf(dataset);
  let languages = languagesOf(dataset);
  if (languages.length === 0) {
    for (const { distribution } of distributions) for (const code of distribution.languages) if (!languages.includes(code)) languages = [...languages, code];
  }
  const landingPage = landingPageOf(dataset);

  return {
    kind: 'record',
    record: {
      id: datasetId(settings.id, remoteId),
      provenance: {
        sourceId: settings.id,
        remoteId,
        ...(landingPage !== undefined ? { landingPage } : {}),
        ...(modifiedAtSource !== undefined ? { modifiedAtSource } : {}),
        raw,
      },
      title,
      description,
      keywords: keywordListsOf(dataset.literals(P.DCAT_keyword), untaggedTag),
      ...(publisher ? { publisher } : {}),
      jurisdiction: jurisdictionOf(publisher, settings),
      subjects: subjectsOf(dataset, P.DCAT_theme, P.DCT_subject),
      ...(licence ? { licence } : {}),
      ...(frequency !== undefined ? { frequency } : {}),
      ...(issued !== undefined ? { issued } : {}),
      ...(modified !== undefined ? { modified } : {}),
      ...(temporal ? { temporal } : {}),
      ...(spatial ? { spatial } : {}),
      ...(contactPoint ? { contactPoint } : {}),
      languages,
      ...(accessRights ? { accessRights } : {}),
      ...conformsToOf(dataset),
      distributions: distributions.map((d) => d.distribution),
    },
  };
}
