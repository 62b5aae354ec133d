// Labels of selected filter values in the page language, from the facet lists of the response
// (which always include the selected values).
import type { UiLang } from '../../../core/langstring.js';
import type { FacetValue, FilterKey } from '../../../search/types.js';
import type { SearchText } from '../search.messages.js';

export const FACET_HEADINGS: Record<FilterKey, Parameters<SearchText>[0]> = {
  jurisdictionLevel: 'facetJurisdictionLevel',
  jurisdiction: 'facetJurisdiction',
  publisher: 'facetPublisher',
  format: 'facetFormat',
  licence: 'facetLicence',
  subject: 'facetSubject',
  keyword: 'facetKeyword',
  source: 'facetSource',
  open: 'facetOpen',
  language: 'facetLanguage',
};

export function valueLabel(facets: Record<string, FacetValue[]>, key: FilterKey, value: string, lang: UiLang): string {
  return facets[key]?.find((f) => f.value === value)?.label[lang] ?? value;
}
