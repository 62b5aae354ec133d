// Caps on a record's fields: a portal may send a 10 MB description or 50,000 keywords (by
// mistake or not), which would bloat the store and the search index for one record. Far above
// anything real portals publish in good faith; what is cut is named, to be reported.
import type { DatasetRecord } from './dataset.js';
import type { LangString, LangStrings } from './langstring.js';

export const RECORD_CAPS = {
  titleChars: 2_000,
  descriptionChars: 100_000,
  keywordsPerLanguage: 1_000,
  keywordChars: 300,
  distributions: 5_000,
} as const;

type CappedFields = Pick<DatasetRecord, 'title' | 'description' | 'keywords' | 'distributions'>;

export interface CappedRecord<T extends CappedFields> {
  record: T;
  /** One line per field cut, e.g. `keywords (en): 50000, kept the first 1000`. */
  cuts: string[];
}

function cutText(text: LangString, max: number, field: string, cuts: string[]): LangString {
  let out: LangString | undefined;
  for (const [tag, value] of Object.entries(text)) {
    if (value === undefined || value.length <= max) continue;
    out ??= { ...text };
    out[tag] = `${value.slice(0, max - 1)}…`;
    cuts.push(`${field} (${tag}): ${value.length} characters, cut to ${max}`);
  }
  return out ?? text;
}

function cutKeywords(keywords: LangStrings, cuts: string[]): LangStrings {
  let out: LangStrings | undefined;
  for (const [tag, list] of Object.entries(keywords)) {
    if (list === undefined) continue;
    const tooLong = list.filter((k) => k.length > RECORD_CAPS.keywordChars).length;
    if (list.length <= RECORD_CAPS.keywordsPerLanguage && tooLong === 0) continue;
    out ??= { ...keywords };
    out[tag] = list.filter((k) => k.length <= RECORD_CAPS.keywordChars).slice(0, RECORD_CAPS.keywordsPerLanguage);
    if (tooLong > 0) cuts.push(`keywords (${tag}): ${tooLong} longer than ${RECORD_CAPS.keywordChars} characters, left out`);
    if (list.length - tooLong > RECORD_CAPS.keywordsPerLanguage) cuts.push(`keywords (${tag}): ${list.length - tooLong}, kept the first ${RECORD_CAPS.keywordsPerLanguage}`);
  }
  return out ?? keywords;
}

/** The record with its oversized fields cut, and what was cut (empty for nearly every record). */
export function capRecord<T extends CappedFields>(record: T): CappedRecord<T> {
  const cuts: string[] = [];
  const title = cutText(record.title, RECORD_CAPS.titleChars, 'title', cuts);
  const description = cutText(record.description, RECORD_CAPS.descriptionChars, 'description', cuts);
  const keywords = cutKeywords(record.keywords, cuts);
  let distributions = record.distributions;
  if (distributions.length > RECORD_CAPS.distributions) {
    cuts.push(`distributions: ${distributions.length}, kept the first ${RECORD_CAPS.distributions}`);
    distributions = distributions.slice(0, RECORD_CAPS.distributions);
  }
  if (cuts.length === 0) return { record, cuts };
  return { record: { ...record, title, description, keywords, distributions }, cuts };
}
