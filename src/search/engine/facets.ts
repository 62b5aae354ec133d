// Facet counts to the response's lists: every value with a bilingual label, by count then label
// (accent-insensitive, in the UI language), the top N, and the selected values always shown.
import type { Label, UiLang } from '../../core/langstring.js';
import { FILTER_KEYS, type FacetValue, type FilterKey } from '../types.js';
import type { Evaluation } from './evaluate.js';
import { facetLabel } from './labels.js';
import { topK } from './top-k.js';
import type { SearchColumns } from './search-columns.js';
import { LANG_BITS } from './value-dictionary.js';

export const FACET_LIMITS: Record<FilterKey, number> = {
  jurisdictionLevel: 50,
  jurisdiction: 50,
  publisher: 50,
  source: 50,
  format: 50,
  licence: 50,
  open: 50,
  subject: 50,
  keyword: 30,
  language: 50,
};

const collators: Record<UiLang, Intl.Collator> = {
  en: new Intl.Collator('en-CA', { sensitivity: 'base', numeric: true }),
  fr: new Intl.Collator('fr-CA', { sensitivity: 'base', numeric: true }),
};

export function facetLists(
  evaluation: Evaluation,
  columns: SearchColumns,
  selected: ReadonlyMap<FilterKey, readonly string[]>,
  lang: UiLang | undefined,
  sources: ReadonlyMap<string, Label>,
): Record<FilterKey, FacetValue[]> {
  const uiLang = lang ?? 'en';
  const collator = collators[uiLang];
  const out: Partial<Record<FilterKey, FacetValue[]>> = {};
  for (const key of FILTER_KEYS) {
    const { dictionary } = columns.facets[key];
    const counts = evaluation.counts[key];
    // Keywords are words of a language: show those of the query language (and unknown ones).
    const langMask = key === 'keyword' && lang ? LANG_BITS[lang]! | LANG_BITS.und! : 0;
    const ids: number[] = [];
    for (let id = 0; id < counts.length; id++) {
      if (counts[id] === 0) continue;
      if (langMask !== 0 && ((dictionary.langs[id] ?? 0) & langMask) === 0) continue;
      ids.push(id);
    }
    // Only the top N need labels and the collator: select them by count first, with every
    // value tied with the last one, then order those by label.
    const limit = FACET_LIMITS[key];
    let chosen = ids;
    if (ids.length > limit) {
      const threshold = topK(ids.length, limit, (a, b) => counts[ids[a]!]! > counts[ids[b]!]!).map((i) => counts[ids[i]!]!).at(-1) ?? 0;
      chosen = ids.filter((id) => counts[id]! >= threshold);
    }
    const values = chosen.map((id) => ({
      value: dictionary.values[id]!,
      label: facetLabel(key, dictionary.values[id]!, dictionary.labels[id], sources),
      count: counts[id]!,
    }));
    values.sort((a, b) => b.count - a.count || collator.compare(a.label[uiLang], b.label[uiLang]) || (a.value < b.value ? -1 : 1));
    const top = values.slice(0, limit);
    for (const value of selected.get(key) ?? []) {
      if (top.some((v) => v.value === value)) continue;
      const id = dictionary.idOf(value);
      top.push({
        value,
        label: facetLabel(key, value, id === undefined ? undefined : dictionary.labels[id], sources),
        count: id === undefined ? 0 : (counts[id] ?? 0),
      });
    }
    out[key] = top;
  }
  return out as Record<FilterKey, FacetValue[]>;
}


