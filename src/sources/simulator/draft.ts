// The meaning of a simulated record, before a portal profile gives it its JSON shape: who
// publishes it, about what and where, its title, description, keywords and resources, in both
// languages (the English-only and French-first profiles use one of them).
import type { Label } from '../../core/langstring.js';
import type { Rng } from './prng.js';
import { fill, slugify } from './text.js';
import { a, de } from './vocabulary/french.js';
import { BREAKDOWNS } from './vocabulary/breakdowns.js';
import type { FormatSpelling, FormatTable, ResourceKind } from './vocabulary/formats.js';
import { FREQUENCIES, type Frequency } from './vocabulary/frequencies.js';
import type { Organization } from './vocabulary/organizations.js';
import type { Place } from './vocabulary/places.js';
import {
  COORDINATE_SYSTEMS,
  DETAILS,
  LIST_EXTRAS,
  LIST_LEADS,
  NOTES,
  OPENINGS,
  PURPOSES,
  RESOURCE_TITLES,
  TITLE_PATTERNS,
} from './vocabulary/sentences.js';
import { topicById, type DataShape, type Level, type Topic } from './vocabulary/topics.js';

/** What the catalogue keeps for every record: enough to sort and filter without generating it. */
export interface Stamp {
  index: number;
  id: string;
  type: string;
  createdMs: number;
  modifiedMs: number;
  /** Sub-millisecond digits of `metadata_modified`, as CKAN prints microseconds. */
  micros: number;
}

export interface Header {
  org: Organization;
  topic: Topic;
  place: Place;
  level: Level;
  breakdown: Label;
  y0: number;
  y1: number;
  yMid: number;
  title: Label;
  shape: DataShape;
}

export interface DraftResource {
  id: string;
  kind: ResourceKind;
  spelling: FormatSpelling;
  title: Label;
  fileName: string;
  year: number;
  createdMs: number;
  modifiedMs: number;
  /** Bytes, for files. */
  size?: number;
}

export interface Body {
  paragraphs: Label[];
  keywords: Label[];
  frequency: Frequency;
  resources: DraftResource[];
}

function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

/** Draws the topic, breakdown, years and title of a record whose publisher and place are chosen. */
export function drawHeader(rng: Rng, org: Organization, place: Place, level: Level, stamp: Stamp): Header {
  const topic = topicById(rng.zipf(org.topics, 0.9));
  const breakdown = rng.zipf(BREAKDOWNS[level], 1.1);
  const y1 = yearOf(stamp.modifiedMs) - (rng.chance(0.6) ? 1 : 0);
  const y0 = y1 - rng.zipfIndex(20, 0.6);
  const yMid = y0 + rng.int(y1 - y0 + 1);
  const shape: DataShape = rng.chance(0.08) ? 'report' : topic.shape;
  const pattern = rng.zipf(TITLE_PATTERNS, 0.9);
  const years = { y0: String(y0), y1: String(y1) };
  const title = {
    en: fill(pattern.en, { Topic: topic.title.en, breakdown: breakdown.en, place: place.name.en, placeIn: place.in.en, ...years }),
    fr: fill(pattern.fr, { Topic: topic.title.fr, breakdown: breakdown.fr, place: place.name.fr, placeIn: place.in.fr, ...years }),
  };
  return { org, topic, place, level, breakdown, y0, y1, yMid, title, shape };
}

type MutableSlots = Record<string, string>;

function slotsFor(lang: 'en' | 'fr', header: Header, purpose: Label, crs: Label): MutableSlots {
  const { topic, org, place, breakdown } = header;
  return {
    the: topic.the[lang],
    deThe: lang === 'fr' ? de(topic.the.fr) : topic.the.en,
    aThe: lang === 'fr' ? a(topic.the.fr) : topic.the.en,
    fact: topic.facts[0]?.[lang] ?? '',
    place: place.name[lang],
    placeIn: place.in[lang],
    y0: String(header.y0),
    y1: String(header.y1),
    yMid: String(header.yMid),
    orgThe: org.the[lang],
    deOrg: lang === 'fr' ? de(org.the.fr) : org.the.en,
    breakdown: breakdown[lang],
    email: org.email,
    crs: crs[lang],
    purpose: purpose[lang],
    freq: '',
  };
}

const PARAGRAPH_COUNTS = [
  [1, 26],
  [2, 30],
  [3, 22],
  [4, 13],
  [5, 9],
] as const;

const RESOURCE_COUNTS = [
  [1, 20],
  [2, 28],
  [3, 22],
  [4, 14],
  [5, 9],
  [6, 7],
] as const;

function sentence(template: Label, en: MutableSlots, fr: MutableSlots): Label {
  return { en: fill(template.en, en), fr: fill(template.fr, fr) };
}

/** A detail sentence the description has not said yet (people do not repeat themselves). */
function unusedDetail(rng: Rng, used: Set<number>): number {
  let index = rng.zipfIndex(DETAILS.length, 0.7);
  for (let tries = 0; used.has(index) && tries < 4; tries++) index = rng.zipfIndex(DETAILS.length, 0.7);
  while (used.has(index) && used.size < DETAILS.length) index = (index + 1) % DETAILS.length;
  used.add(index);
  return index;
}

function setFact(rng: Rng, topic: Topic, en: MutableSlots, fr: MutableSlots): void {
  const fact = rng.zipf(topic.facts);
  en.fact = fact.en;
  fr.fact = fact.fr;
}

/** Markdown paragraphs (lists, emphasized notes, links) where the portal writes Markdown. */
function markdownParagraph(rng: Rng, header: Header, en: MutableSlots, fr: MutableSlots, linkUrl: string): Label | undefined {
  const roll = rng.next();
  if (roll < 0.14) {
    const lead = rng.zipf(LIST_LEADS);
    const items = rng.zipfDistinct(header.topic.facts, 1 + rng.int(header.topic.facts.length), 1);
    const list = [...items, ...rng.zipfDistinct(LIST_EXTRAS, 1 + rng.int(2), 1)];
    return {
      en: `${lead.en}\n\n${list.map((item) => `- ${item.en}`).join('\n')}`,
      fr: `${lead.fr}\n\n${list.map((item) => `- ${item.fr}`).join('\n')}`,
    };
  }
  if (roll < 0.24) return sentence(rng.zipf(NOTES), en, fr);
  if (roll < 0.3) {
    return {
      en: `More information is available on [the program page](${linkUrl}).`,
      fr: `Plus d'information est disponible sur [la page du programme](${linkUrl}).`,
    };
  }
  return undefined;
}

export interface BodyOptions {
  markdown: boolean;
  formats: FormatTable;
  /** Where links in descriptions point. */
  siteUrl: string;
}

export function drawBody(rng: Rng, header: Header, stamp: Stamp, options: BodyOptions): Body {
  const { topic } = header;
  const purpose = rng.zipf(PURPOSES);
  const crs = rng.zipf(COORDINATE_SYSTEMS);
  const en = slotsFor('en', header, purpose, crs);
  const fr = slotsFor('fr', header, purpose, crs);
  const frequency = rng.zipf(FREQUENCIES, 0.8);
  en.freq = frequency.sentence.en;
  fr.freq = frequency.sentence.fr;

  const paragraphCount = rng.weighted(PARAGRAPH_COUNTS);
  const used = new Set<number>();
  const paragraphs: Label[] = [];
  for (let p = 0; p < paragraphCount; p++) {
    if (p > 0 && options.markdown) {
      const special = markdownParagraph(rng, header, en, fr, `${options.siteUrl}/programs/${topic.id}`);
      if (special) {
        paragraphs.push(special);
        continue;
      }
    }
    const sentences: Label[] = [];
    const count = p === 0 ? rng.between(2, 4) : rng.between(2, 5);
    for (let s = 0; s < count; s++) {
      setFact(rng, topic, en, fr);
      const template = p === 0 && s === 0 ? rng.zipf(OPENINGS, 0.8) : (DETAILS[unusedDetail(rng, used)] as Label);
      sentences.push(sentence(template, en, fr));
    }
    paragraphs.push({ en: sentences.map((x) => x.en).join(' '), fr: sentences.map((x) => x.fr).join(' ') });
  }

  const keywords = rng.zipfDistinct(topic.keywords, rng.between(2, topic.keywords.length), 0.8);
  if (rng.chance(0.35)) keywords.push(header.place.name);

  const resourceCount = rng.weighted(RESOURCE_COUNTS);
  const resources: DraftResource[] = [];
  const baseName = slugify(topic.title.en, 40);
  for (let r = 0; r < resourceCount; r++) {
    const spelling = rng.weighted(options.formats[header.shape]);
    const year = Math.max(header.y0, header.y1 - r);
    const titleTemplate = rng.zipf(RESOURCE_TITLES[spelling.kind]);
    const titleSlots = (lang: 'en' | 'fr'): Record<string, string> => ({
      Topic: topic.title[lang],
      the: topic.the[lang],
      deThe: lang === 'fr' ? de(topic.the.fr) : topic.the.en,
      breakdown: header.breakdown[lang],
      format: spelling.format.replace(/^\./, '').toUpperCase() || 'CSV',
      y: String(year),
    });
    const createdMs = stamp.createdMs + Math.floor(rng.next() * (stamp.modifiedMs - stamp.createdMs));
    const modifiedMs = createdMs + Math.floor(rng.next() * (stamp.modifiedMs - createdMs));
    const resource: DraftResource = {
      id: rng.uuid(),
      kind: spelling.kind,
      spelling,
      title: { en: fill(titleTemplate.en, titleSlots('en')), fr: fill(titleTemplate.fr, titleSlots('fr')) },
      fileName: `${baseName}-${year}${spelling.extension ? `.${spelling.extension}` : ''}`,
      year,
      createdMs,
      modifiedMs,
    };
    // Log-uniform sizes from 2 KB to about 60 MB, as real downloads spread.
    if (spelling.kind === 'data' || spelling.kind === 'document') resource.size = Math.round(2048 * Math.pow(30000, rng.next()));
    resources.push(resource);
  }
  return { paragraphs, keywords, frequency, resources };
}

/** Creation and modification instants spread over the years before `untilMs`, recent ones more often. */
export function drawDates(rng: Rng, sinceMs: number, untilMs: number): { createdMs: number; modifiedMs: number; micros: number } {
  const span = untilMs - sinceMs;
  const createdMs = sinceMs + Math.floor(Math.sqrt(rng.next()) * span * 0.97);
  // Most records are touched again later: harvests, new resources, corrections.
  const touched = rng.chance(0.85) ? Math.pow(rng.next(), 0.7) : 0;
  const modifiedMs = createdMs + Math.floor(touched * (untilMs - createdMs)) + rng.int(3_600_000);
  return { createdMs, modifiedMs: Math.min(modifiedMs, untilMs), micros: rng.int(1000) };
}

