// The resource's dates from its citation (`CI_Date` with a `CI_DateTypeCode`: creation,
// publication, revision; HNAP codes `RI_366`–`RI_368`), and the metadata's `gmd:dateStamp`.
import { dateOf, instantOf } from '../../common/dates.js';
import { allAt, child, type XmlElement } from '../xml/tree.js';
import { codeOf, propertyText } from './values.js';

const HNAP_DATE_TYPES: Readonly<Record<string, string>> = { RI_366: 'creation', RI_367: 'publication', RI_368: 'revision' };

export interface CitationDates {
  creation?: string;
  publication?: string;
  revision?: string;
}

/** The latest date of each type (a citation may list several revisions). */
export function citationDates(citation: XmlElement | undefined): CitationDates {
  const out: CitationDates = {};
  for (const ciDate of allAt(citation, 'gmd:date', 'gmd:CI_Date')) {
    const date = dateOf(propertyText(child(ciDate, 'gmd:date')));
    if (date === undefined) continue;
    const code = codeOf(child(ciDate, 'gmd:dateType'));
    const raw = code.value ?? code.text;
    const type = raw === undefined ? undefined : (HNAP_DATE_TYPES[raw] ?? raw.toLowerCase());
    if (type !== 'creation' && type !== 'publication' && type !== 'revision') continue;
    const before = out[type];
    if (before === undefined || date > before) out[type] = date;
  }
  return out;
}

export interface DateStamp {
  /** As a date or instant (`2016-03-29`, `2016-02-22T09:01:20.000Z`). */
  date: string;
  /** The instant, midnight UTC for a plain date. */
  instant: string;
  /** Whether the stamp has a time: only then can it tell that a record did not change. */
  precise: boolean;
}

export function dateStampOf(record: XmlElement): DateStamp | undefined {
  const text = propertyText(child(record, 'gmd:dateStamp'));
  const date = dateOf(text);
  const instant = instantOf(text);
  if (date === undefined || instant === undefined) return undefined;
  return { date, instant, precise: date.includes('T') };
}
