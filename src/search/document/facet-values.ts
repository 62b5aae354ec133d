// The facet values of a record. Jurisdiction values are hierarchical: every record carries its
// code (`CA`, `CA-QC`) and a municipal or regional record also `<code>/<place>` (`CA-QC/Laval`),
// so that filtering on `CA-QC` includes the cities of Quebec and `CA-QC/Laval` only Laval.
import type { DatasetRecord, Jurisdiction } from '../../core/dataset.js';
import { jurisdictionLabel } from '../../core/jurisdictions.js';
import { baseLanguage, pickText, type Label } from '../../core/langstring.js';
import { licenceById } from '../../core/licences.js';
import { collapseWhitespace } from '../../core/text.js';
import type { IndexedFacetValue } from '../../store/index-document.js';
import type { FilterKey } from '../types.js';

export type FacetKey = FilterKey;

export function jurisdictionValues(j: Jurisdiction): IndexedFacetValue[] {
  const code = j.code.trim().toUpperCase();
  const values: IndexedFacetValue[] = [{ value: code }];
  const place = j.municipality === undefined ? '' : collapseWhitespace(j.municipality);
  if (place !== '') values.push({ value: `${code}/${place}` });
  return values;
}

/** The label of a jurisdiction facet value (`CA`, `CA-QC`, `CA-QC/Laval`). */
export function jurisdictionValueLabel(value: string): Label {
  const slash = value.indexOf('/');
  if (slash >= 0) {
    const code = value.slice(0, slash);
    const place = jurisdictionLabel({ level: 'municipal', code, municipality: value.slice(slash + 1) });
    // A city may share its province's name (Québec): the facet says where it is.
    const region = /^CA-([A-Z]{2})$/.exec(code)?.[1];
    return region ? { en: `${place.en} (${region})`, fr: `${place.fr} (${region})` } : place;
  }
  return jurisdictionLabel({ level: value === 'CA' ? 'federal' : 'provincial', code: value });
}

/** Keyword values are compared lower-cased, with single spaces. */
export function keywordValue(keyword: string): string {
  return collapseWhitespace(keyword).toLocaleLowerCase('fr-CA');
}

function keywordValues(record: DatasetRecord): IndexedFacetValue[] {
  const values: IndexedFacetValue[] = [];
  const seen = new Set<string>();
  for (const [tag, list] of Object.entries(record.keywords)) {
    const base = baseLanguage(tag);
    const lang = base === 'en' || base === 'fr' ? base : 'und';
    for (const keyword of list ?? []) {
      const value = keywordValue(keyword);
      if (value === '' || seen.has(`${lang}\n${value}`)) continue;
      seen.add(`${lang}\n${value}`);
      const text = collapseWhitespace(keyword);
      // Stored with every record: no label when it would only repeat the value.
      values.push(text === value ? { value, lang } : { value, label: { en: text, fr: text }, lang });
    }
  }
  return values;
}

function publisherLabel(record: DatasetRecord): Label | undefined {
  const name = record.publisher?.name;
  const en = pickText(name, 'en')?.text;
  const fr = pickText(name, 'fr')?.text;
  if (en === undefined || fr === undefined) return undefined;
  return { en: collapseWhitespace(en), fr: collapseWhitespace(fr) };
}

const distinct = (values: (string | undefined)[]): IndexedFacetValue[] =>
  [...new Set(values.filter((v): v is string => v !== undefined && v.trim() !== ''))].map((value) => ({ value }));

export function facetValues(record: DatasetRecord): Record<FacetKey, IndexedFacetValue[]> {
  const licenceId = record.licence?.id;
  const publisher = record.publisher;
  const label = publisherLabel(record);
  return {
    jurisdictionLevel: [{ value: record.jurisdiction.level }],
    jurisdiction: jurisdictionValues(record.jurisdiction),
    publisher: publisher && publisher.id.trim() !== '' ? [{ value: publisher.id, ...(label ? { label } : {}) }] : [],
    source: [{ value: record.provenance.sourceId }],
    format: distinct(record.distributions.map((d) => d.format)),
    licence: distinct([licenceId]),
    // A licence the vocabulary does not know is not shown to be open.
    open: [{ value: licenceId !== undefined && licenceById(licenceId)?.open === true ? 'true' : 'false' }],
    subject: distinct(record.subjects),
    keyword: keywordValues(record),
    language: distinct(record.languages),
  };
}
