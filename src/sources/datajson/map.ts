// The pure mapping of one DCAT-US dataset onto the core record.
import { normalizeFrequency } from '../../core/frequencies.js';
import { datasetId } from '../../core/ids.js';
import { normalizeLanguages } from '../../core/languages.js';
import { normalizeSubjects } from '../../core/subjects.js';
import { dateOf, instantOf } from '../common/dates.js';
import { filterRejection } from '../common/field-filters.js';
import { readLicence } from '../common/licence-text.js';
import { parseLeniently } from '../common/tolerant-parse.js';
import type { SourceSettings } from '../settings.js';
import type { MapResult } from '../source.js';
import { accessRightsOf } from './access.js';
import { contactPoint } from './contact.js';
import { distributionsOf } from './distributions.js';
import { datasetRemoteId } from './identity.js';
import { jurisdictionOf, publisherChain, publisherOf } from './publisher.js';
import { spatialCoverage } from './spatial.js';
import { modifiedDate, repeatingDuration, temporalCoverage } from './temporal.js';
import { descriptionText, keywordList, langText, textTag, titleText } from './texts.js';
import { dataset as datasetShape } from './types.js';
import { describeValue, httpUrl, isObject, text, textList } from './values.js';

export interface DataJsonMapContext {
  settings: SourceSettings;
}

/** Maps a dataset of a DCAT-US catalogue (an element of its `dataset` array). */
export function mapDataJsonDataset(raw: unknown, context: DataJsonMapContext): MapResult {
  if (!isObject(raw)) return { kind: 'problem', reason: `the dataset is ${describeValue(raw)}, not a JSON object` };
  const who = datasetRemoteId(raw);
  if (who === undefined) return { kind: 'problem', reason: 'the dataset has no "identifier" (nor "landingPage"): it cannot be identified' };
  const parsed = parseLeniently(datasetShape, raw);
  if (!parsed) return { kind: 'problem', reason: `dataset "${who}" cannot be read` };
  const d = parsed.value;
  const { settings } = context;
  const rejection = filterRejection(raw, settings.filters);
  if (rejection !== undefined) return { kind: 'skip', reason: rejection };

  const notes: string[] = parsed.ignored.map((field) => `field left out, not as DCAT-US says: ${field}`);
  const languages = normalizeLanguages(textList(d.language, true));
  const tag = textTag(settings.primaryLanguage, languages);
  let title = langText(text(d.title), tag, titleText);
  if (Object.keys(title).length === 0) title = { [tag]: who };
  const chain = publisherChain(d.publisher);
  const publisher = publisherOf(chain, settings, tag);
  const { licence, note } = readLicence({ ...(text(d.license) !== undefined ? { text: text(d.license) } : {}) });
  if (note !== undefined) notes.push(note);
  const modifiedText = text(d.modified);
  const frequencyText = text(d.accrualPeriodicity) ?? repeatingDuration(modifiedText);
  const frequency = frequencyText !== undefined ? normalizeFrequency(frequencyText) : undefined;
  const issued = dateOf(text(d.issued));
  const modified = modifiedDate(modifiedText);
  const modifiedAtSource = instantOf(modifiedText);
  const temporal = temporalCoverage(text(d.temporal));
  const spatial = spatialCoverage(d.spatial);
  const contact = contactPoint(d, tag);
  const accessRights = accessRightsOf(text(d.accessLevel));
  const subjects = normalizeSubjects(textList(d.theme, true));
  const { distributions, skipped } = distributionsOf(d.distribution, tag);
  notes.push(...skipped);
  const landingPage = httpUrl(d.landingPage) ?? httpUrl(d.identifier);

  return {
    kind: 'record',
    record: {
      id: datasetId(settings.id, who),
      provenance: {
        sourceId: settings.id,
        remoteId: who,
        ...(landingPage !== undefined ? { landingPage } : {}),
        ...(modifiedAtSource !== undefined ? { modifiedAtSource } : {}),
        raw,
      },
      title,
      description: langText(text(d.description), tag, descriptionText),
      keywords: keywordList(textList(d.keyword, typeof d.keyword === 'string'), tag),
      ...(publisher ? { publisher } : {}),
      jurisdiction: jurisdictionOf(chain, settings),
      subjects,
      ...(licence ? { licence } : {}),
      ...(frequency !== undefined ? { frequency } : {}),
      ...(issued !== undefined ? { issued } : {}),
      ...(modified !== undefined ? { modified } : {}),
      ...(temporal ? { temporal } : {}),
      ...(spatial ? { spatial } : {}),
      ...(contact ? { contactPoint: contact } : {}),
      languages,
      ...(accessRights ? { accessRights } : {}),
      ...(text(d.conformsTo) !== undefined ? { conformsTo: [text(d.conformsTo) as string] } : {}),
      distributions,
    },
    ...(notes.length > 0 ? { notes } : {}),
  };
}
