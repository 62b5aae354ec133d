// The meaning of simulated record `i` of a federal geospatial catalogue (the Federal Geospatial
// Platform): most records are published by federal departments in both languages; about a
// fifth are provincial records federated into it, whose second language is a machine
// translation (with the Amazon notice), a `Translation of …` placeholder, or both.
import type { Label } from '../../../core/langstring.js';
import { drawBody, drawDates, drawHeader, type Body, type Header, type Stamp } from '../../simulator/draft.js';
import { mix, rngFor } from '../../simulator/prng.js';
import { FEDERAL_FORMATS } from '../../simulator/vocabulary/formats.js';
import { FEDERAL_ORGANIZATIONS, FEDERATED_GOVERNMENTS, type FederatedGovernment } from '../../simulator/vocabulary/organizations.js';
import { CANADA, PROVINCES } from '../../simulator/vocabulary/places.js';
import { CANADA_BOX, REGION_BOXES, SUBJECT_TOPICS, type Box } from './geography.js';

export const DEFAULT_SEED = 20_241_127;
export const SINCE = new Date('2012-01-01T00:00:00Z');
export const UNTIL = new Date('2025-06-30T00:00:00Z');

const STREAM = { stamp: 1, header: 2, body: 3, oddities: 4 } as const;

/** How the record's two languages were written. */
export type Translation = 'human' | 'machine' | 'placeholder';

export interface DraftRecord {
  stamp: Stamp;
  header: Header;
  body: Body;
  government?: FederatedGovernment;
  /** The record's own language (its main texts); the other is in PT_FreeText. */
  main: 'en' | 'fr';
  translation: Translation;
  /** `Government of Canada; Natural Resources Canada` or `Government of Alberta; Government of Alberta; <unit>`. */
  organisation: Label;
  unit: Label;
  topics: string[];
  box: Box;
  /** Some catalogues write records in the default namespace. */
  defaultNamespace: boolean;
}

/** Seeds per catalogue, so that the CSW catalogue never shares ids with the CKAN ones. */
export function catalogueSeed(seed: number): number {
  return mix(seed, 0xc5);
}

export function drawStamp(seed: number, index: number): Stamp {
  const rng = rngFor(seed, index, STREAM.stamp);
  const id = rng.uuid();
  const dates = drawDates(rng, SINCE.getTime(), UNTIL.getTime());
  return { index, id, type: 'dataset', ...dates };
}

const UNITS: readonly Label[] = [
  { en: 'Geospatial Data Services', fr: 'Services de données géospatiales' },
  { en: 'Information Management Branch', fr: "Direction de la gestion de l'information" },
  { en: 'Mapping and Surveys', fr: 'Cartographie et levés' },
  { en: 'Science and Research Division', fr: 'Division des sciences et de la recherche' },
];

export function drawRecord(seed: number, index: number, siteUrl: string): DraftRecord {
  const stamp = drawStamp(seed, index);
  const rng = rngFor(seed, index, STREAM.header);
  const odd = rngFor(seed, index, STREAM.oddities);
  let header: Header;
  let government: FederatedGovernment | undefined;
  let organisation: Label;
  let translation: Translation;
  let main: 'en' | 'fr' = 'en';
  const unit = odd.pick(UNITS);
  if (rng.chance(0.2)) {
    government = rng.zipf(FEDERATED_GOVERNMENTS, 0.8);
    const province = PROVINCES.find((p) => p.code === government?.code);
    header = drawHeader(rng, government.organization, province?.place ?? CANADA, 'provincial', stamp);
    const title = government.organization.title;
    organisation = { en: `${title.en}; ${title.en}; ${unit.en}`, fr: `${title.fr}; ${title.fr}; ${unit.fr}` };
    main = government.language;
    translation = odd.chance(0.5) ? 'placeholder' : 'machine';
  } else {
    const org = rng.zipf(FEDERAL_ORGANIZATIONS, 0.9);
    const place = rng.chance(0.7) ? CANADA : rng.zipf(PROVINCES).place;
    header = drawHeader(rng, org, place, 'federal', stamp);
    organisation = { en: `Government of Canada; ${org.title.en}; ${unit.en}`, fr: `Gouvernement du Canada; ${org.title.fr}; ${unit.fr}` };
    translation = odd.chance(0.04) ? 'machine' : 'human';
  }
  const body = drawBody(rngFor(seed, index, STREAM.body), header, stamp, { markdown: false, formats: FEDERAL_FORMATS, siteUrl });
  const candidates = SUBJECT_TOPICS[header.topic.subject] ?? ['society'];
  const topics = [odd.zipf(candidates)];
  if (odd.chance(0.2)) topics.push(odd.pick(['location', 'boundaries', 'imageryBaseMapsEarthCover']));
  const region = PROVINCES.find((p) => p.place === header.place)?.code;
  const box = region !== undefined ? (REGION_BOXES[region] ?? CANADA_BOX) : CANADA_BOX;
  return {
    stamp,
    header,
    body,
    ...(government ? { government } : {}),
    main,
    translation,
    organisation,
    unit,
    topics: [...new Set(topics)],
    box,
    defaultNamespace: odd.chance(0.1),
  };
}
