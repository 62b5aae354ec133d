// The pure mapping of one DCAT dataset (its raw JSON-LD node, see raw.ts) onto the core record.
import type { LicenceRef } from '../../../core/dataset.js';
import { datasetId } from '../../../core/ids.js';
import type { LangString } from '../../../core/langstring.js';
import { collapseWhitespace, descriptionToText } from '../../../core/text.js';
import { dateOf, instantOf } from '../../common/dates.js';
import { untaggedLanguage } from '../../common/lang.js';
import type { SourceSettings } from '../../settings.js';
import type { MapResult } from '../../source.js';
import { rawNode } from '../raw.js';
import { DC, DCAT, DCT, FOAF, RDFS, SKOS } from '../rdf/namespaces.js';
import { contactPointOf, jurisdictionOf, publisherOf } from './agents.js';
import { spatialOf, temporalOf } from './coverage.js';
import { distributionsOf } from './distributions.js';
import { filterRejection } from './filters.js';
import { httpUrl, RdfNode } from './node.js';
import { isEmpty, keywordListsOf, langStringOf } from './texts.js';
import { accessRightsOf, frequencyOf, languagesOf, licenceOf, subjectsOf } from './vocabularies.js';

const IDENTIFIER = `${DCT}identifier`;
const PRIMARY_TOPIC = `${FOAF}primaryTopic`;

/** A dataset's remote id: its IRI, or for a blank node its `dct:identifier`. */
export function datasetRemoteId(dataset: RdfNode): string | undefined {
  return dataset.iri ?? dataset.firstText(IDENTIFIER);
}

/** The catalogue record's `dct:modified` (the metadata's own stamp), as an instant. */
export function recordModified(dataset: RdfNode): string | undefined {
  for (const record of dataset.reverse(PRIMARY_TOPIC)) {
    const stamp = instantOf(record.firstText(`${DCT}modified`));
    if (stamp !== undefined) return stamp;
  }
  return undefined;
}

function licenceOfDataset(dataset: RdfNode, distributionLicences: { ref: LicenceRef; recognized: boolean }[]): LicenceRef | undefined {
  const own = licenceOf(dataset, `${DCT}license`);
  if (own?.recognized) return own.ref;
  // Rights statements name a licence now and then ("Licence Ouverte Version 2.0"): only a recognized one counts.
  const rights = licenceOf(dataset, `${DCT}rights`);
  if (rights?.recognized) return rights.ref;
  return distributionLicences.find((l) => l.recognized)?.ref ?? own?.ref ?? distributionLicences[0]?.ref;
}

function landingPageOf(dataset: RdfNode): string | undefined {
  for (const text of dataset.texts(`${DCAT}landingPage`, `${FOAF}homepage`)) {
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
  const parsed = rawNode.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'problem', reason: `the dataset is not a JSON-LD node (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'})` };
  }
  const dataset = new RdfNode(parsed.data);
  const remoteId = datasetRemoteId(dataset);
  if (remoteId === undefined) return { kind: 'problem', reason: 'the dataset is a blank node without dct:identifier: it cannot be identified' };
  const { settings } = context;
  const untaggedTag = untaggedLanguage(settings.primaryLanguage);

  const publisher = publisherOf(dataset, settings, untaggedTag);
  const rejection = filterRejection(dataset, settings.filters, publisher?.id);
  if (rejection !== undefined) return { kind: 'skip', reason: rejection };

  let title: LangString = langStringOf(dataset.literals(`${DCT}title`), untaggedTag, collapseWhitespace);
  if (isEmpty(title)) title = langStringOf(dataset.literals(`${DC}title`, `${RDFS}label`, `${SKOS}prefLabel`), untaggedTag, collapseWhitespace);
  if (isEmpty(title)) title = { [untaggedTag]: dataset.firstText(IDENTIFIER) ?? remoteId };
  let description = langStringOf(dataset.literals(`${DCT}description`), untaggedTag, descriptionToText);
  if (isEmpty(description)) description = langStringOf(dataset.literals(`${DCT}abstract`, `${DC}description`, `${RDFS}comment`), untaggedTag, descriptionToText);

  const distributions = distributionsOf(dataset, untaggedTag);
  const licence = licenceOfDataset(
    dataset,
    distributions.flatMap((d) => (d.licence ? [d.licence] : [])),
  );
  const frequency = frequencyOf(dataset);
  const modifiedAtSource = recordModified(dataset);
  const issued = dateOf(dataset.firstText(`${DCT}issued`)) ?? dateOf(dataset.firstText(`${DCT}created`));
  const modified = dateOf(dataset.firstText(`${DCT}modified`)) ?? modifiedAtSource;
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
      keywords: keywordListsOf(dataset.literals(`${DCAT}keyword`), untaggedTag),
      ...(publisher ? { publisher } : {}),
      jurisdiction: jurisdictionOf(publisher, settings),
      subjects: subjectsOf(dataset, `${DCAT}theme`, `${DCT}subject`),
      ...(licence ? { licence } : {}),
      ...(frequency !== undefined ? { frequency } : {}),
      ...(issued !== undefined ? { issued } : {}),
      ...(modified !== undefined ? { modified } : {}),
      ...(temporal ? { temporal } : {}),
      ...(spatial ? { spatial } : {}),
      ...(contactPoint ? { contactPoint } : {}),
      languages,
      ...(accessRights ? { accessRights } : {}),
      distributions: distributions.map((d) => d.distribution),
    },
  };
}
