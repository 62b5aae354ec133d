// The pure mapping of one Hub v3 record onto the core record.
//
// What the v3 API gives that the Hub's DCAT-US feed lacks: the item's language (`culture`),
// its categories (→ subjects; the feed's only theme is "geospatial"), its creation instant to
// the millisecond, its kind (`type`: layer, table, map, app) and geometry, its extent as numbers
// even where the feed leaves `{{extent}}` unfilled, a structured licence (`structuredLicense.url`
// beside the HTML `licenseInfo`), its owner, its access (`public`, `org`, `private`) and whether
// it is shared as open data (`openData`, usable as a filter), and its `recordCount`.
import type { AccessRights, Distribution, Jurisdiction, Publisher } from '../../core/dataset.js';
import { datasetId } from '../../core/ids.js';
import { normalizeLanguage } from '../../core/languages.js';
import { normalizeSubjects } from '../../core/subjects.js';
import { collapseWhitespace } from '../../core/text.js';
import { epochInstant } from '../common/dates.js';
import { filterRejection } from '../common/field-filters.js';
import { validBox, type BBox } from '../common/geometry.js';
import { untaggedLanguage } from '../common/lang.js';
import { readLicence } from '../common/licence-text.js';
import { parseLeniently } from '../common/tolerant-parse.js';
import { numberOf } from '../common/numbers.js';
import type { SourceSettings } from '../settings.js';
import type { MapResult } from '../source.js';
// The Hub's two APIs describe the same items: texts and names are cleaned alike.
import { emailOf } from '../datajson/contact.js';
import { descriptionText, keywordList, titleText } from '../datajson/texts.js';
import { slugOf, text } from '../datajson/values.js';
import type { HubSite } from './api.js';
import { hubDistributions } from './distributions.js';
import { itemFile } from './item-file.js';
import { stampOf } from './record.js';
import { hubAttributes, type HubAttributes } from './types.js';

export interface HubMapContext {
  settings: SourceSettings;
  site: HubSite;
}

function textList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s*,\s*/).filter((x) => x !== '');
  if (!Array.isArray(value)) return [];
  return value.map(text).filter((t): t is string => t !== undefined);
}


function withFile(distributions: Distribution[], file: Distribution | undefined): Distribution[] {
  return file && !distributions.some((d) => d.url === file.url) ? [...distributions, file] : distributions;
}

/** The page of the item on the Hub site, under the path Hub gives its kind. */
export function landingPageOf(site: HubSite, type: string | undefined, slug: string): string {
  const t = (type ?? '').toLowerCase();
  const section = t === 'web map' ? 'maps' : /application|app$|dashboard|storymap|story map|experience|site page|hub page/.test(t) ? (t.includes('page') ? 'pages' : 'apps') : t === 'pdf' || t.includes('document') ? 'documents' : 'datasets';
  return `${site.root}/${section}/${slug}`;
}

// Some records give their extent as an Esri envelope in degrees rather than as coordinates.
function esriEnvelope(value: unknown): BBox | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  const [w, s, east, n] = [e['xmin'], e['ymin'], e['xmax'], e['ymax']].map(numberOf);
  const wkid = numberOf((e['spatialReference'] as Record<string, unknown> | undefined)?.['wkid']);
  if (w === undefined || s === undefined || east === undefined || n === undefined || (wkid !== undefined && wkid !== 4326)) return undefined;
  return validBox(w, s, east, n);
}

function bboxOf(a: HubAttributes): BBox | undefined {
  const envelope = esriEnvelope(a.extent);
  if (envelope && !envelope.every((x) => x === 0)) return envelope;
  for (const candidate of [a.extent?.coordinates, a.itemExtent]) {
    if (!Array.isArray(candidate) || candidate.length !== 2) continue;
    const [sw, ne] = candidate as unknown[];
    if (!Array.isArray(sw) || !Array.isArray(ne)) continue;
    const [w, s] = sw.map(numberOf);
    const [e, n] = ne.map(numberOf);
    if (w === undefined || s === undefined || e === undefined || n === undefined) continue;
    if (w === 0 && s === 0 && e === 0 && n === 0) continue;
    const box = validBox(w, s, e, n);
    if (box) return box;
  }
  return undefined;
}

const ACCESS: Record<string, AccessRights> = { public: 'public', org: 'restricted', shared: 'restricted', private: 'non-public' };

function publisherOf(a: HubAttributes, settings: SourceSettings, tag: string): { publisher?: Publisher; keys: string[] } {
  // `source` is who the item credits (its metadata's point of contact, else the Hub's
  // organization): the publisher the Hub's DCAT-US feed names too.
  const name = text(a.source) ?? text(a.orgName) ?? text(a.organization);
  const keys = [name, text(a.orgName), text(a.owner)].filter((k): k is string => k !== undefined);
  if (name === undefined) return settings.publisher ? { publisher: settings.publisher, keys } : { keys };
  return { publisher: { id: slugOf(name), name: { [tag]: collapseWhitespace(name) } }, keys };
}

function jurisdictionOf(keys: readonly string[], settings: SourceSettings): Jurisdiction {
  for (const key of keys) {
    const found = settings.organizationJurisdictions[slugOf(key)] ?? settings.organizationJurisdictions[key];
    if (found) return found;
  }
  return settings.jurisdiction;
}

/** Categories are paths on some Hubs (`/Categories/Health/Vaccines`): each segment may name a subject. */
function subjectsOf(categories: unknown): string[] {
  const words = textList(categories).flatMap((c) => c.split('/').filter((s) => s !== '' && s.toLowerCase() !== 'categories'));
  return words.length === 0 ? [] : normalizeSubjects(words);
}

export function mapHubRecord(raw: unknown, context: HubMapContext): MapResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'problem', reason: 'the Hub record is not a JSON object' };
  const record = raw as Record<string, unknown>;
  const id = text(record['id']);
  if (id === undefined) return { kind: 'problem', reason: 'the Hub record has no "id": it cannot be identified' };
  const given = record['attributes'];
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return { kind: 'problem', reason: `Hub record "${id}" has no "attributes" object` };
  const parsed = parseLeniently(hubAttributes, given as Record<string, unknown>);
  if (!parsed) return { kind: 'problem', reason: `Hub record "${id}" cannot be read` };
  const { settings, site } = context;
  const a = parsed.value;
  const rejection = filterRejection(given, settings.filters);
  if (rejection !== undefined) return { kind: 'skip', reason: rejection };

  const culture = text(a.culture);
  const cultureLanguage = culture !== undefined ? normalizeLanguage(culture) : undefined;
  const tag = settings.primaryLanguage !== 'bilingual' ? settings.primaryLanguage : cultureLanguage === 'en' || cultureLanguage === 'fr' ? cultureLanguage : untaggedLanguage('bilingual');
  const notes: string[] = parsed.ignored.map((field) => `attribute left out, not as the Hub API gives it: ${field}`);
  const name = text(a.name) ?? text(a.title);
  const descriptionSource = text(a.description) ?? text(a.snippet);
  const description = descriptionSource !== undefined ? descriptionText(descriptionSource) : '';
  const licenseId = text(a.license);
  const licenceText = text(a.licenseInfo) ?? text(a.structuredLicense?.text);
  const licenceUrl = text(a.structuredLicense?.url);
  // `custom` says only that the licence is in `licenseInfo`; `none`, that none was chosen: no
  // licence, as the Hub's DCAT-US feed says (an empty `license`).
  const idForVocabulary = licenseId !== undefined && !/^(?:custom|none)$/i.test(licenseId) ? licenseId : undefined;
  const { licence, note } = readLicence({
    ...(idForVocabulary !== undefined ? { id: idForVocabulary } : {}),
    ...(licenceUrl !== undefined ? { url: licenceUrl } : {}),
    ...(licenceText !== undefined ? { text: licenceText } : {}),
  });
  if (note !== undefined) notes.push(note);
  const { publisher, keys } = publisherOf(a, settings, tag);
  const contactEmail = emailOf(a.orgContactEmail);
  const slug = text(a.slug) ?? id;
  const landingPage = landingPageOf(site, text(a.type), slug);
  const issued = epochInstant(numberOf(a.created));
  const modified = epochInstant(numberOf(a.modified)) ?? epochInstant(numberOf(a.itemModified));
  const modifiedAtSource = stampOf(a as Record<string, unknown>);
  const bbox = bboxOf(a);
  const access = text(a.access)?.toLowerCase();
  const accessRights = access !== undefined ? ACCESS[access] : undefined;

  return {
    kind: 'record',
    record: {
      id: datasetId(settings.id, id),
      provenance: {
        sourceId: settings.id,
        remoteId: id,
        landingPage,
        ...(modifiedAtSource !== undefined ? { modifiedAtSource } : {}),
        raw,
      },
      title: { [tag]: (name !== undefined ? titleText(name) : '') || slug },
      description: description === '' ? {} : { [tag]: description },
      keywords: keywordList(textList(a.tags), tag),
      ...(publisher ? { publisher } : {}),
      jurisdiction: jurisdictionOf(keys, settings),
      subjects: subjectsOf(a.categories),
      ...(licence ? { licence } : {}),
      ...(issued !== undefined ? { issued } : {}),
      ...(modified !== undefined ? { modified } : {}),
      ...(bbox ? { spatial: { bbox } } : {}),
      // The organization's address: Hub has no contact per item.
      ...(contactEmail !== undefined ? { contactPoint: { ...(publisher ? { name: publisher.name } : {}), email: contactEmail } } : {}),
      languages: cultureLanguage !== undefined ? [cultureLanguage] : [],
      ...(accessRights ? { accessRights } : {}),
      // An item with a URL has its file there already.
      distributions: withFile(hubDistributions(a, landingPage, tag), text(a.url) === undefined ? itemFile(text(a.type), id, record['links'], tag) : undefined),
    },
    ...(notes.length > 0 ? { notes } : {}),
  };
}
